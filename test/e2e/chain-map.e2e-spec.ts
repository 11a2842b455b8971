import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';
import { factories, Factories, uniq } from '../support/factories';

type Agent = Awaited<ReturnType<TestApi['as']>>;

describe('chains, chain links and the chain map over HTTP', () => {
  let api: TestApi;
  let f: Factories;
  let admin: Agent;
  let planId: number;
  // chain A: managed by a fresh chain manager; chain B: not
  let chainA: { id: number; version: number };
  let chainB: { id: number; version: number };
  const links: Record<'local' | 'live' | 'empty' | 'landed', number> = { local: 0, live: 0, empty: 0, landed: 0 };
  let manager: { username: string; password: string; token: string };
  let ownerFirmName: string;
  let liveTargetId: number;

  const asManagerAgent = () => ({
    get: (u: string) => api.http.get(u).set('Authorization', `Bearer ${manager.token}`),
    post: (u: string) => api.http.post(u).set('Authorization', `Bearer ${manager.token}`),
    put: (u: string) => api.http.put(u).set('Authorization', `Bearer ${manager.token}`),
    delete: (u: string) => api.http.delete(u).set('Authorization', `Bearer ${manager.token}`),
  });

  beforeAll(async () => {
    api = await startApi();
    f = factories(api.app.get(DataSource));
    admin = await api.as('admin');
    planId = (await f.plan()).id;
    const u = uniq();
    chainA = (
      await admin
        .post('/api/chains')
        .send({ planId, code: `a-${u}`, name: `工业软件${u}`, kind: '重点方向', action: '强链' })
        .expect(201)
    ).body;
    chainB = (
      await admin
        .post('/api/chains')
        .send({ planId, code: `b-${u}`, name: `人工智能${u}`, kind: '重点方向' })
        .expect(201)
    ).body;
    for (const [i, key] of (['local', 'live', 'empty', 'landed'] as const).entries()) {
      const res = await admin
        .post('/api/chain-links')
        .send({ chainId: chainA.id, code: `${key}-${u}`, name: `环节${key}${u}`, position: 'midstream', sortOrder: i })
        .expect(201);
      links[key] = res.body.id;
    }
    await admin
      .post('/api/chain-links')
      .send({ chainId: chainB.id, code: `b1-${u}`, name: `环节B${u}`, position: 'upstream' })
      .expect(201);

    // a local chain-owner firm covers the first link, through the firms API
    ownerFirmName = `链主本地企业${u}`;
    await admin
      .post('/api/firms')
      .send({ name: ownerFirmName, isLocal: true, tags: ['链主'], chainLinkIds: [links.local] })
      .expect(201);
    // a live target (owned by promoter2, another team than promoter) on the second link
    liveTargetId = (await f.target({ chainLinkId: links.live, owner: 'promoter2', stage: 'contact' })).id;
    // a paused target does not cover the empty link; a landed one covers the last
    await f.target({ chainLinkId: links.empty, owner: 'promoter2', stage: 'paused' });
    await f.target({ chainLinkId: links.landed, owner: 'promoter2', stage: 'landed' });

    const username = `cm_${u.replace('-', '_')}`;
    const password = 'Chain2025x';
    await admin
      .post('/api/users')
      .send({ username, displayName: '测试链长', role: 'chain_manager', password, chainIds: [chainA.id] })
      .expect(201);
    manager = { username, password, token: await api.token(username, password) };
  });
  afterAll(() => api.close());

  it('lists chains by plan with Content-Range', async () => {
    const res = await (
      await api.as('promoter')
    )
      .get(`/api/chains?filter=${encodeURIComponent(JSON.stringify({ planId }))}&sort=${encodeURIComponent('["name","ASC"]')}`)
      .expect(200);
    expect(res.headers['content-range']).toBe('chains 0-1/2');
    expect(res.body.map((c: { id: number }) => c.id).sort()).toEqual([chainA.id, chainB.id].sort());
  });

  it('filters chain links by chain and action', async () => {
    await admin.put(`/api/chain-links/${links.live}`).send({ version: 1, action: '补链' }).expect(200);
    const filter = encodeURIComponent(JSON.stringify({ chainId: chainA.id, action: '补链' }));
    const res = await admin.get(`/api/chain-links?filter=${filter}`).expect(200);
    expect(res.body.map((l: { id: number }) => l.id)).toEqual([links.live]);
    expect(res.headers['content-range']).toBe('chain-links 0-0/1');
    await admin.get(`/api/chain-links?filter=${encodeURIComponent('{"action":"乱链"}')}`).expect(400);
  });

  it('flags gaps and coverage per link, with a chain summary', async () => {
    const res = await (await api.as('leader')).get(`/api/chains/${chainA.id}/map`).expect(200);
    const byId = new Map(res.body.links.map((l: { id: number }) => [l.id, l]));
    expect(byId.get(links.local)).toMatchObject({
      coverage: 'local',
      gap: false,
      localFirms: [expect.objectContaining({ name: ownerFirmName })],
      liveCount: 0,
    });
    expect(byId.get(links.live)).toMatchObject({
      coverage: 'in_progress',
      gap: false,
      liveByStage: { lead: 0, contact: 1, signed: 0 },
      liveCount: 1,
      localFirms: [],
    });
    expect(byId.get(links.empty)).toMatchObject({ coverage: 'gap', gap: true, liveCount: 0, landedCount: 0, localFirms: [] });
    expect(byId.get(links.landed)).toMatchObject({ coverage: 'landed', gap: false, landedCount: 1 });
    // 4 links, 1 gap → 3/4 = 75 % covered
    expect(res.body.summary).toMatchObject({ links: 4, covered: 3, gaps: 1, coveredPct: 75, byCoverage: { landed: 1, local: 1, in_progress: 1, gap: 1 } });
    expect(res.body.summary.ownerFirms.map((x: { name: string }) => x.name)).toEqual([ownerFirmName]);
    expect(res.body.links.map((l: { id: number }) => l.id)).toEqual([links.local, links.live, links.empty, links.landed]);
  });

  it('缺口清单: uncovered links across chains, an uncontacted lead still a gap, with who may act on each', async () => {
    const gaps = async (agent: Agent | ReturnType<typeof asManagerAgent>, q: string) =>
      (await agent.get(`/api/chain-gaps?planId=${planId}${q}`).expect(200)).body;
    // chain A: only the empty link is uncovered (its paused target does not count); the action is the chain's (强链)
    const a = await gaps(admin, `&chainId=${chainA.id}`);
    expect(a).toEqual([
      expect.objectContaining({ linkId: links.empty, coverage: 'gap', action: '强链', leadTargets: 0, chainId: chainA.id, planId, mayCreateTarget: true }),
    ]);
    // chain B's only link gets a lead nobody has contacted: still listed, as lead_only
    const [bLink] = await gaps(admin, `&chainId=${chainB.id}`);
    await f.target({ chainLinkId: bLink.linkId, owner: 'promoter', stage: 'lead' });
    expect(await gaps(admin, `&chainId=${chainB.id}`)).toEqual([
      expect.objectContaining({ linkId: bLink.linkId, coverage: 'lead_only', leadTargets: 1, action: null }),
    ]);
    // the manager of chain A may start targets there only; a leader never; a promoter anywhere
    const byManager = await gaps(asManagerAgent(), '');
    expect(byManager.map((g: { chainId: number; mayCreateTarget: boolean }) => [g.chainId, g.mayCreateTarget])).toEqual([
      [chainA.id, true],
      [chainB.id, false],
    ]);
    expect((await gaps(await api.as('leader'), '')).every((g: { mayCreateTarget: boolean }) => !g.mayCreateTarget)).toBe(true);
    expect((await gaps(await api.as('promoter'), '')).every((g: { mayCreateTarget: boolean }) => g.mayCreateTarget)).toBe(true);
    // by action: 强链 keeps chain A's gap; 补链 (the covered link's action) lists nothing
    expect((await gaps(admin, '&action=%E5%BC%BA%E9%93%BE')).map((g: { linkId: number }) => g.linkId)).toEqual([links.empty]);
    expect(await gaps(admin, '&action=%E8%A1%A5%E9%93%BE')).toEqual([]);
    await admin.get('/api/chain-gaps?action=%E4%B9%B1%E9%93%BE').expect(400);
    await admin.get('/api/chain-gaps?chainId=abc').expect(400);
  });

  it('counts every target but names only those the caller may read', async () => {
    const asPromoter = await (await api.as('promoter')).get(`/api/chains/${chainA.id}/map`).expect(200);
    const live = asPromoter.body.links.find((l: { id: number }) => l.id === links.live);
    expect(live.liveCount).toBe(1);
    expect(live.targets).toEqual([]); // promoter2's target, another team
    const asOwner = await (await api.as('promoter2')).get(`/api/chains/${chainA.id}/map`).expect(200);
    expect(asOwner.body.links.find((l: { id: number }) => l.id === links.live).targets).toEqual([
      expect.objectContaining({ id: liveTargetId, stage: 'contact' }),
    ]);
    // a chain manager reads every target of the chains they manage, none of other chains
    const asManager = await asManagerAgent().get(`/api/chains/${chainA.id}/map`).expect(200);
    expect(asManager.body.links.find((l: { id: number }) => l.id === links.live).targets).toEqual([
      expect.objectContaining({ id: liveTargetId, firmId: expect.any(Number), firmName: expect.any(String) }),
    ]);
    const demoChain = await (await api.as('chain')).get(`/api/chains/${chainA.id}/map`).expect(200);
    expect(demoChain.body.links.flatMap((l: { targets: unknown[] }) => l.targets)).toEqual([]);
  });

  it('answers an unknown chain with 404 and a malformed id with 400', async () => {
    await admin.get('/api/chains/2147483000/map').expect(404);
    await admin.get('/api/chains/abc/map').expect(400);
  });

  it('lets leaders and promoters read but not edit chains or links', async () => {
    const before = (await admin.get(`/api/chains/${chainA.id}`).expect(200)).body;
    for (const who of ['leader', 'promoter']) {
      const agent = await api.as(who);
      await agent.get(`/api/chains/${chainA.id}`).expect(200);
      const res = await agent.put(`/api/chains/${chainA.id}`).send({ version: chainA.version, name: 'x' }).expect(403);
      expect(res.body.code).toBe('forbidden');
      await agent.put(`/api/chain-links/${links.empty}`).send({ version: 1, action: '建链' }).expect(403);
      await agent
        .post('/api/chain-links')
        .send({ chainId: chainA.id, code: `p-${uniq()}`, name: 'p', position: 'upstream' })
        .expect(403);
    }
    expect((await admin.get(`/api/chains/${chainA.id}`).expect(200)).body).toEqual(before);
  });

  it('lets a chain manager edit only the chains they manage', async () => {
    const cm = asManagerAgent();
    const current = (await cm.get(`/api/chains/${chainA.id}`).expect(200)).body;
    const edited = await cm.put(`/api/chains/${chainA.id}`).send({ version: current.version, description: '链长办更新' }).expect(200);
    expect(edited.body).toMatchObject({ description: '链长办更新', version: current.version + 1 });
    const link = (await cm.get(`/api/chain-links/${links.empty}`).expect(200)).body;
    await cm.put(`/api/chain-links/${links.empty}`).send({ version: link.version, action: '建链' }).expect(200);
    await cm
      .post('/api/chain-links')
      .send({ chainId: chainA.id, code: `cm-${uniq()}`, name: '链长新增环节', position: 'downstream' })
      .expect(201);

    const other = (await cm.get(`/api/chains/${chainB.id}`).expect(200)).body;
    await cm.put(`/api/chains/${chainB.id}`).send({ version: other.version, description: '越权' }).expect(403);
    await cm
      .post('/api/chain-links')
      .send({ chainId: chainB.id, code: `cm-${uniq()}`, name: '越权环节', position: 'downstream' })
      .expect(403);
    // creating and deleting chains is for admins only
    await cm
      .post('/api/chains')
      .send({ planId, code: `cm-${uniq()}`, name: '链长新链', kind: '重点方向' })
      .expect(403);
    await cm.delete(`/api/chains/${chainA.id}`).expect(403);
    expect((await admin.get(`/api/chains/${chainB.id}`)).body.description).toBeNull();
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const before = (await admin.get(`/api/chains/${chainB.id}`).expect(200)).body;
    await admin
      .put(`/api/chains/${chainB.id}`)
      .send({ version: before.version, name: `${before.name}-改` })
      .expect(200);
    const stale = await admin.put(`/api/chains/${chainB.id}`).send({ version: before.version, name: '过期的修改' }).expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, code: 'stale_version', messageZh: expect.any(String) });
    const after = (await admin.get(`/api/chains/${chainB.id}`).expect(200)).body;
    expect(after).toMatchObject({ name: `${before.name}-改`, version: before.version + 1 });
  });

  it('lets exactly one of two simultaneous saves of the same version win', async () => {
    const link = (await admin.get(`/api/chain-links/${links.landed}`).expect(200)).body;
    const [a, b] = await Promise.all([
      admin.put(`/api/chain-links/${link.id}`).send({ version: link.version, notes: '甲的修改' }),
      admin.put(`/api/chain-links/${link.id}`).send({ version: link.version, notes: '乙的修改' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? '甲的修改' : '乙的修改';
    expect((await admin.get(`/api/chain-links/${link.id}`).expect(200)).body).toMatchObject({ notes: winner, version: link.version + 1 });
  });

  it('validates chain bodies per field', async () => {
    const res = await admin.post('/api/chains').send({ planId, code: 'has space', kind: '', action: '乱链', extra: 1 }).expect(400);
    const fields = new Set(res.body.fields.map((x: { field: string }) => x.field));
    for (const field of ['code', 'name', 'kind', 'action', 'extra']) expect(fields).toContain(field);
    await admin
      .post('/api/chains')
      .send({ planId: 2147483000, code: `x-${uniq()}`, name: 'x', kind: 'x' })
      .expect(400);
    const dup = await admin
      .post('/api/chains')
      .send({ planId, code: (await admin.get(`/api/chains/${chainA.id}`)).body.code, name: 'dup', kind: 'x' })
      .expect(409);
    expect(dup.body.fields[0].field).toBe('code');
    await admin.put(`/api/chains/${chainA.id}`).send({ version: 1, name: null }).expect(400);
  });

  it('refuses to delete a chain or link that targets still use', async () => {
    expect((await admin.delete(`/api/chain-links/${links.live}`).expect(409)).body.code).toBe('in_use');
    await admin.delete(`/api/chains/${chainA.id}`).expect(409);
    const spare = (
      await admin
        .post('/api/chains')
        .send({ planId, code: `del-${uniq()}`, name: '待删除', kind: '赛道' })
        .expect(201)
    ).body;
    await admin.delete(`/api/chains/${spare.id}`).expect(200);
    await admin.get(`/api/chains/${spare.id}`).expect(404);
  });
});
