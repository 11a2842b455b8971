import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Carrier } from '@crm/carriers';
import { ChainLink } from '@crm/chain-map';
import { Landing, PipelineHooksRegistry, StageChange, Target } from '@crm/pipeline';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';
import { waitFor } from '../support/wait';

describe('pipeline transitions over HTTP', () => {
  let api: TestApi;
  let f: Factories;
  let ds: DataSource;
  let link: ChainLink;
  const hookCalls: { hook: string; targetId: number; inTx: boolean; to?: string }[] = [];

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
    link = await f.chainLink();
    api.app.get(PipelineHooksRegistry).register({
      stageChanged: async (em, target, change) =>
        void hookCalls.push({ hook: 'stageChanged', targetId: target.id, inTx: !!em.queryRunner?.isTransactionActive, to: change.toStage }),
      activity: async (em, target) => void hookCalls.push({ hook: 'activity', targetId: target.id, inTx: !!em.queryRunner?.isTransactionActive }),
    });
  });
  afterAll(() => api.close());

  const history = (targetId: number) => ds.getRepository(StageChange).find({ where: { targetId }, order: { id: 'ASC' } });
  const move = async (user: string, id: number, body: Record<string, unknown>) => (await api.as(user)).post(`/api/targets/${id}/transitions`).send(body);

  it('walks a target lead → contact → signed → landed with 4 history rows, the carrier space taken and time in stage', async () => {
    const carrier = await f.carrier({ availableAreaM2: 5000 });
    const firm = await f.firm();
    const promoter = await api.as('promoter');
    const created = await promoter
      .post('/api/targets')
      .send({ firmId: firm.id, chainLinkId: link.id, expectedInvestment: 20000, method: '以商招商' })
      .expect(201);
    expect(created.body).toMatchObject({
      stage: 'lead',
      probability: 10,
      chainId: link.chainId,
      firmName: firm.name,
      chainLinkName: link.name,
      ownerName: '张专员（演示）',
      version: 1,
    });
    const id = created.body.id;

    // so the lead stage lasts at least a second (by the database's clock, which stamps the stage change)
    await waitFor(
      'a second in lead',
      async () => (await ds.query(`SELECT now() - stage_entered_at >= interval '1 second' AS ok FROM target WHERE id = $1`, [id]))[0].ok as boolean,
    );
    const contact = await move('promoter', id, { to: 'contact', version: 1 });
    expect(contact.status).toBe(201);
    expect(contact.body).toMatchObject({ stage: 'contact', probability: 30, version: 2 });

    const signed = await move('promoter', id, { to: 'signed', version: 2, signedInvestment: 18000, signedOutput: 50000, signedJobs: 120, signedSpace: 1500 });
    expect(signed.status).toBe(201);
    expect(signed.body).toMatchObject({ stage: 'signed', probability: 80, signedInvestment: 18000, signedOutput: 50000, signedJobs: 120, signedSpace: 1500 });
    expect(signed.body.signedAt).toEqual(expect.any(String));

    const landed = await move('promoter', id, { to: 'landed', version: 3, carrierId: carrier.id, area: 1200.5, landedOn: '2026-11-20' });
    expect(landed.status).toBe(201);
    expect(landed.body).toMatchObject({
      stage: 'landed',
      probability: 100,
      landing: { carrierId: carrier.id, carrierName: carrier.name, area: 1200.5, landedOn: '2026-11-20' },
    });

    const rows = await history(id);
    expect(rows.map((r) => [r.fromStage, r.toStage])).toEqual([
      [null, 'lead'],
      ['lead', 'contact'],
      ['contact', 'signed'],
      ['signed', 'landed'],
    ]);
    expect(new Set(rows.map((r) => r.byUserId)).size).toBe(1);
    // 5000 - 1200.5
    expect((await ds.getRepository(Carrier).findOneByOrFail({ id: carrier.id })).availableAreaM2).toBe(3799.5);

    const detail = await promoter.get(`/api/targets/${id}`).expect(200);
    expect(detail.body.stageDurations.lead).toBeGreaterThanOrEqual(1);
    expect(detail.body.stageDurations.lead).toBeLessThan(60);
    expect(Object.keys(detail.body.stageDurations).sort()).toEqual(['contact', 'landed', 'lead', 'lost', 'paused', 'signed']);

    const timeline = await promoter.get(`/api/targets/${id}/timeline`).expect(200);
    expect(timeline.body.filter((e: { kind: string }) => e.kind === 'stage_change').map((e: { toStage: string }) => e.toStage)).toEqual([
      'landed',
      'signed',
      'contact',
      'lead',
    ]);
    expect(timeline.body[0]).toMatchObject({ kind: 'stage_change', toStage: 'landed', carrierName: carrier.name, area: 1200.5, byName: '张专员（演示）' });

    // every hook ran inside the transaction: create + 3 moves
    const mine = hookCalls.filter((c) => c.targetId === id);
    expect(mine.filter((c) => c.hook === 'stageChanged').map((c) => c.to)).toEqual(['lead', 'contact', 'signed', 'landed']);
    expect(mine.filter((c) => c.hook === 'activity')).toHaveLength(4);
    expect(mine.every((c) => c.inTx)).toBe(true);

    // landed is final
    const out = await move('admin', id, { to: 'signed', version: 4, reason: '录入错误' });
    expect(out.status).toBe(400);
    expect(out.body.code).toBe('landed_is_final');
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const t = await f.target({ chainLinkId: (await f.chainLink()).id });
    await move('promoter', t.id, { to: 'contact', version: 1 }).then((r) => expect(r.status).toBe(201));
    const stale = await move('promoter', t.id, { to: 'signed', version: 1, signedInvestment: 100 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', messageZh: expect.stringContaining('其他人已修改') });
    const after = await ds.getRepository(Target).findOneByOrFail({ id: t.id });
    expect(after).toMatchObject({ stage: 'contact', version: 2, signedInvestment: null });
    expect(await history(t.id)).toHaveLength(2);

    const staleEdit = await (await api.as('promoter')).put(`/api/targets/${t.id}`).send({ version: 1, notes: '覆盖' });
    expect(staleEdit.status).toBe(409);
    expect((await ds.getRepository(Target).findOneByOrFail({ id: t.id })).notes).toBeNull();
  });

  it('lets only one of two concurrent moves with the same version through', async () => {
    const t = await f.target();
    const [a, b] = await Promise.all([
      move('promoter', t.id, { to: 'contact', version: 1 }),
      move('promoter', t.id, { to: 'lost', version: 1, reason: '对方放弃' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await history(t.id)).toHaveLength(2);
  });

  it('refuses a skip without a reason (400, rule in code, both languages) and takes it with one', async () => {
    const t = await f.target();
    const res = await move('promoter', t.id, { to: 'signed', version: 1, signedInvestment: 500 });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'reason_required_skip', message: expect.stringMatching(/reason/), messageZh: expect.stringMatching(/原因/) });
    expect(res.body.fields[0].field).toBe('reason');
    expect((await ds.getRepository(Target).findOneByOrFail({ id: t.id })).stage).toBe('lead');
    const ok = await move('promoter', t.id, { to: 'signed', version: 1, signedInvestment: 500, reason: '已通过上级谈妥，直接签约' });
    expect(ok.status).toBe(201);
    expect((await history(t.id)).at(-1)).toMatchObject({ fromStage: 'lead', toStage: 'signed', reason: '已通过上级谈妥，直接签约' });
  });

  it.each([
    [{ to: 'signed', version: 1 }, 'signing_needs_investment', 'signedInvestment'],
    [{ to: 'lost', version: 1, reason: '放弃', carrierId: 1 }, 'stage_field_not_expected', 'carrierId'],
    [{ to: 'contact', version: 1, reason: 7 }, 'validation_failed', 'reason'],
    [{ to: 'won', version: 1 }, 'validation_failed', 'to'],
    [{ to: 'contact' }, 'validation_failed', 'version'],
    [{ to: 'contact', version: 1, stage: 'x' }, 'validation_failed', 'stage'],
  ])('refuses %j with 400 %s naming %s', async (body, code, field) => {
    const t = await f.target({ stage: 'contact' });
    const res = await move('promoter', t.id, body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(code);
    expect(res.body.fields.map((x: { field: string }) => x.field)).toContain(field);
  });

  it('pauses with a reason, remembers the stage left and resumes only there', async () => {
    const t = await f.target({ stage: 'contact' });
    const paused = await move('promoter', t.id, { to: 'paused', version: 1, reason: '企业年底冻结投资' });
    expect(paused.body).toMatchObject({ stage: 'paused', pausedFromStage: 'contact', probability: 5 });
    const wrong = await move('promoter', t.id, { to: 'lead', version: 2, reason: '重新开始' });
    expect(wrong.body.code).toBe('resume_to_left_stage');
    const back = await move('promoter', t.id, { to: 'contact', version: 2 });
    expect(back.body).toMatchObject({ stage: 'contact', pausedFromStage: null });
  });

  it('a jump from 线索 straight to 落地 asks for the signing figures too; 签约日期 is recorded as given', async () => {
    const carrier = await f.carrier({ availableAreaM2: 500 });
    const t = await f.target({ stage: 'lead' });
    const refused = await move('promoter', t.id, { to: 'landed', version: 1, reason: '直接落地', carrierId: carrier.id, area: 50 });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('landing_needs_investment');
    expect(refused.body.fields).toEqual([expect.objectContaining({ field: 'signedInvestment' })]);
    const landed = await move('promoter', t.id, {
      to: 'landed',
      version: 1,
      reason: '直接落地',
      carrierId: carrier.id,
      area: 50,
      signedInvestment: 3000,
      signedOn: '2026-11-02',
    });
    expect(landed.status).toBe(201);
    // 2026-11-02 00:00 in Shanghai is 2026-11-01 16:00 UTC
    expect(landed.body).toMatchObject({ stage: 'landed', signedInvestment: 3000, signedAt: '2026-11-01T16:00:00.000Z' });
    const bad = await move('promoter', (await f.target({ stage: 'contact' })).id, { to: 'signed', version: 1, signedInvestment: 10, signedOn: '2026-13-40' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('signedOn');
  });

  it('refuses landing more than the carrier has free (400), and a carrier without recorded space', async () => {
    const carrier = await f.carrier({ availableAreaM2: 800 });
    const t = await f.target({ stage: 'signed', signedInvestment: 100 });
    const res = await move('promoter', t.id, { to: 'landed', version: 1, carrierId: carrier.id, area: 800.01 });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'carrier_area_exceeded', messageZh: expect.stringContaining('可用面积') });
    expect((await ds.getRepository(Carrier).findOneByOrFail({ id: carrier.id })).availableAreaM2).toBe(800);
    expect(await ds.getRepository(Target).findOneByOrFail({ id: t.id })).toMatchObject({ stage: 'signed', version: 1 });
    expect(await ds.getRepository(Landing).countBy({ targetId: t.id })).toBe(0);
    expect(await history(t.id)).toHaveLength(1);

    const unknown = await f.carrier({ availableAreaM2: null });
    const res2 = await move('promoter', t.id, { to: 'landed', version: 1, carrierId: unknown.id, area: 10 });
    expect(res2.status).toBe(400);
    expect(res2.body.code).toBe('carrier_area_unknown');

    const missing = await move('promoter', t.id, { to: 'landed', version: 1, carrierId: 2 ** 31 - 1, area: 10 });
    expect(missing.status).toBe(400);
  });

  it('never over-allocates a carrier when two landings race', async () => {
    const carrier = await f.carrier({ availableAreaM2: 1000 });
    const [a, b] = await Promise.all([f.target({ stage: 'signed' }), f.target({ stage: 'signed' })]);
    const results = await Promise.all([a, b].map((t) => move('promoter', t.id, { to: 'landed', version: 1, carrierId: carrier.id, area: 600 })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
    // 1000 - 600
    expect((await ds.getRepository(Carrier).findOneByOrFail({ id: carrier.id })).availableAreaM2).toBe(400);
    expect(await ds.getRepository(Landing).countBy({ carrierId: carrier.id })).toBe(1);
  });

  it('hides another team’s target (404) and refuses moving a visible target one does not own (403)', async () => {
    const mine = await f.target({ owner: 'promoter' });
    const p2 = await api.as('promoter2');
    expect((await p2.get(`/api/targets/${mine.id}`)).status).toBe(404);
    expect((await move('promoter2', mine.id, { to: 'contact', version: 1 })).status).toBe(404);
    expect((await p2.get(`/api/targets/${mine.id}/timeline`)).status).toBe(404);

    // owned by the team's leader: the promoter sees it (same team) but may not move it
    const teammates = await f.target({ owner: 'leader' });
    expect((await (await api.as('promoter')).get(`/api/targets/${teammates.id}`)).status).toBe(200);
    const res = await move('promoter', teammates.id, { to: 'contact', version: 1 });
    expect(res.status).toBe(403);
    expect(await ds.getRepository(Target).findOneByOrFail({ id: teammates.id })).toMatchObject({ stage: 'lead', version: 1 });
  });

  it('lets a leader read but not create or move (403)', async () => {
    const t = await f.target();
    const leader = await api.as('leader2');
    expect((await leader.get(`/api/targets/${t.id}`)).status).toBe(200);
    const create = await leader.post('/api/targets').send({ firmId: (await f.firm()).id, chainLinkId: link.id });
    expect(create.status).toBe(403);
    const res = await move('leader2', t.id, { to: 'contact', version: 1 });
    expect(res.status).toBe(403);
    expect(res.body.messageZh).toMatch(/领导/);
  });

  it('lets a chain manager move targets in their chains only', async () => {
    const managed = await f.chainLink();
    await f.manageChain('chain', managed.chainId);
    const inChain = await f.target({ chainLinkId: managed.id, owner: 'promoter2' });
    const elsewhere = await f.target({ owner: 'promoter2' });
    expect((await move('chain', inChain.id, { to: 'contact', version: 1 })).status).toBe(201);
    expect((await move('chain', elsewhere.id, { to: 'contact', version: 1 })).status).toBe(404);
  });
});
