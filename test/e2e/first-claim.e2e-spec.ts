import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { ChainLink } from '@crm/chain-map';
import { Target } from '@crm/pipeline';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';

/** 首报首谈: the first team to register a firm holds it; others are told only the 首报 date and may ask. */
describe('first claim (首报首谈) over HTTP', () => {
  let api: TestApi;
  let ds: DataSource;
  let f: Factories;
  let linkA: ChainLink;
  let linkB: ChainLink;
  const day = /^\d{4}-\d{2}-\d{2}$/;

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
    linkA = await f.chainLink();
    linkB = await f.chainLink({ chainId: linkA.chainId });
    await f.manageChain('chain', linkA.chainId);
  });
  afterAll(() => api.close());

  /** POST /api/targets as `user`; with `status`, fails (showing the body) on any other answer. */
  const create = async (user: string, firmId: number, chainLinkId: number, status?: number, body: object = {}) => {
    const res = await (await api.as(user)).post('/api/targets').send({ firmId, chainLinkId, ...body });
    if (status !== undefined && res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res;
  };
  const targetsOf = (firmId: number) => ds.getRepository(Target).find({ where: { firmId }, order: { id: 'ASC' } });

  it('the first team holds the firm; another team gets 409 first_claim naming only the 首报 date, and nothing is written', async () => {
    const firm = await f.firm();
    const first = await create('promoter', firm.id, linkA.id, 201);
    const refused = await create('promoter2', firm.id, linkB.id, 409);
    expect(refused.body).toMatchObject({ code: 'first_claim', messageZh: expect.stringMatching(/^已由其他小组跟进（首报 \d{4}-\d{2}-\d{2}）/) });
    // nothing of the first team's work: no owner, team, target or log
    const promoter = await f.user('promoter');
    const text = JSON.stringify(refused.body);
    for (const secret of [promoter.displayName, promoter.username, `"${first.body.id}"`, String(promoter.id) + ',']) expect(text).not.toContain(secret);
    expect(Object.keys(refused.body).sort()).toEqual(['code', 'error', 'message', 'messageZh', 'statusCode']);
    expect((await targetsOf(firm.id)).map((t) => t.id)).toEqual([first.body.id]);
    // an admin registering it for the other team is held to the same rule
    await create('admin', firm.id, linkB.id, 409, { ownerId: (await f.user('promoter2')).id });
    // the holder's own team may add links
    await create('promoter', firm.id, linkB.id, 201);
  });

  it('tells anyone whether a firm is held, by them or not, and since when — never by whom', async () => {
    const firm = await f.firm();
    expect((await (await api.as('promoter2')).get(`/api/firms/${firm.id}/claim`).expect(200)).body).toEqual({
      firmId: firm.id,
      claimed: false,
      mine: false,
      joint: false,
      firstClaimedOn: null,
      pendingRequestId: null,
    });
    await create('promoter', firm.id, linkA.id, 201);
    const mine = (await (await api.as('promoter')).get(`/api/firms/${firm.id}/claim`).expect(200)).body;
    expect(mine).toMatchObject({ claimed: true, mine: true, firstClaimedOn: expect.stringMatching(day) });
    const theirs = (await (await api.as('promoter2')).get(`/api/firms/${firm.id}/claim`).expect(200)).body;
    expect(theirs).toEqual({ firmId: firm.id, claimed: true, mine: false, joint: false, firstClaimedOn: mine.firstClaimedOn, pendingRequestId: null });
    await (await api.as('promoter')).get('/api/firms/2147483647/claim').expect(404);
  });

  it('a claim lapses when the holder let every target of the firm go to 流失', async () => {
    const firm = await f.firm();
    await f.target({ firmId: firm.id, chainLinkId: linkA.id, stage: 'lost' });
    await create('promoter2', firm.id, linkB.id, 201);
  });

  it('two teams registering one firm at the same moment: exactly one holds it', async () => {
    for (let round = 0; round < 5; round++) {
      const firm = await f.firm();
      const [a, b] = await Promise.all([create('promoter', firm.id, linkA.id), create('promoter2', firm.id, linkB.id)]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      expect(await targetsOf(firm.id)).toHaveLength(1);
    }
  });

  describe('a transfer request', () => {
    let firmId: number;
    let targetId: number;
    beforeAll(async () => {
      firmId = (await f.firm()).id;
      targetId = (await create('promoter', firmId, linkA.id, 201)).body.id;
    });

    it('is refused for a firm nobody else holds, to leaders, and twice at once', async () => {
      const free = await f.firm();
      const notHeld = await (
        await api.as('promoter2')
      )
        .post('/api/claim-requests')
        .send({ firmId: free.id, kind: 'transfer', reason: '我方先接触' })
        .expect(400);
      expect(notHeld.body.code).toBe('not_claimed_by_other');
      await (await api.as('promoter')).post('/api/claim-requests').send({ firmId, kind: 'transfer', reason: '自己的' }).expect(400);
      await (await api.as('leader')).post('/api/claim-requests').send({ firmId, kind: 'transfer', reason: '领导' }).expect(403);
      const bad = await (await api.as('promoter2')).post('/api/claim-requests').send({ firmId, kind: 'steal', reason: '' }).expect(400);
      expect(bad.body.fields.map((x: { field: string }) => x.field).sort()).toEqual(['kind', 'reason']);
    });

    it('refused: nothing moves; granted: the target moves to the requester, audited, and the claim with it', async () => {
      const p2 = await api.as('promoter2');
      const req = (await p2.post('/api/claim-requests').send({ firmId, kind: 'transfer', reason: '对方已停止跟进，我方有董事长联系方式' }).expect(201)).body;
      expect(req).toMatchObject({ state: 'pending', holderName: null, canDecide: false, firstClaimedOn: expect.stringMatching(day) });
      await p2.post('/api/claim-requests').send({ firmId, kind: 'transfer', reason: '再次申请' }).expect(409);
      expect((await p2.get(`/api/firms/${firmId}/claim`).expect(200)).body.pendingRequestId).toBe(req.id);

      // the holder's team does not see the other team's request; the chain manager does, with the holder
      const seenByHolder = (await (await api.as('promoter')).get(`/api/claim-requests?filter=${encodeURIComponent(JSON.stringify({ firmId }))}`).expect(200))
        .body;
      expect(seenByHolder).toEqual([]);
      const chain = await api.as('chain');
      const seen = (await chain.get(`/api/claim-requests/${req.id}`).expect(200)).body;
      expect(seen).toMatchObject({ canDecide: true, holderName: expect.any(String), requesterName: expect.any(String) });

      await p2.post(`/api/claim-requests/${req.id}/decision`).send({ grant: true, version: req.version }).expect(403);
      await (await api.as('leader')).post(`/api/claim-requests/${req.id}/decision`).send({ grant: true, version: req.version }).expect(403);
      await chain
        .post(`/api/claim-requests/${req.id}/decision`)
        .send({ grant: false, version: req.version + 1 })
        .expect(409);
      const refused = (
        await chain.post(`/api/claim-requests/${req.id}/decision`).send({ grant: false, note: '原小组仍在接洽', version: req.version }).expect(201)
      ).body;
      expect(refused).toMatchObject({ state: 'refused', decisionNote: '原小组仍在接洽', decidedByName: expect.any(String) });
      await chain.post(`/api/claim-requests/${req.id}/decision`).send({ grant: true, version: refused.version }).expect(409);
      expect((await ds.getRepository(Target).findOneByOrFail({ id: targetId })).ownerId).toBe((await f.user('promoter')).id);

      const again = (await p2.post('/api/claim-requests').send({ firmId, kind: 'transfer', reason: '补充材料后再次申请' }).expect(201)).body;
      const granted = (await (await api.as('admin')).post(`/api/claim-requests/${again.id}/decision`).send({ grant: true, version: again.version }).expect(201))
        .body;
      expect(granted.state).toBe('granted');
      const moved = await ds.getRepository(Target).findOneByOrFail({ id: targetId });
      expect(moved.ownerId).toBe((await f.user('promoter2')).id);
      const audit: { changes: { ownerId: number[] } }[] = await ds.query(
        `SELECT changes FROM audit_log WHERE entity = 'target' AND entity_id = $1 AND action = 'update' AND changes ? 'ownerId'`,
        [String(targetId)],
      );
      expect(audit.map((a) => a.changes.ownerId)).toEqual([[(await f.user('promoter')).id, (await f.user('promoter2')).id]]);
      const decisions: { n: number }[] = await ds.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'claim_request' AND entity_id IN ($1, $2) AND action = 'update'`,
        [String(req.id), String(again.id)],
      );
      expect(decisions[0].n).toBe(2);
      // the claim moved with the target
      expect((await p2.get(`/api/firms/${firmId}/claim`).expect(200)).body.mine).toBe(true);
      expect((await create('promoter', firmId, linkB.id, 409)).body.code).toBe('first_claim');
    });
  });

  it('a granted joint pursuit lets the second team register its own target while the first still holds the firm', async () => {
    const firmId = (await f.firm()).id;
    await create('promoter', firmId, linkA.id, 201);
    const req = (await (await api.as('promoter2')).post('/api/claim-requests').send({ firmId, kind: 'joint', reason: '我方负责其华南业务' }).expect(201)).body;
    await (await api.as('chain')).post(`/api/claim-requests/${req.id}/decision`).send({ grant: true, version: req.version }).expect(201);
    await create('promoter2', firmId, linkB.id, 201);
    expect((await (await api.as('promoter2')).get(`/api/firms/${firmId}/claim`).expect(200)).body).toMatchObject({ mine: false, joint: true });
    expect((await (await api.as('promoter')).get(`/api/firms/${firmId}/claim`).expect(200)).body).toMatchObject({ mine: true });
    const again = await (await api.as('promoter2')).post('/api/claim-requests').send({ firmId, kind: 'joint', reason: '重复' }).expect(400);
    expect(again.body.code).toBe('already_joint');
  });
});
