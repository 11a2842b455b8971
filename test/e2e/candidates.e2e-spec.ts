import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import type { CandidateList, CandidateView, FitWeights } from '@crm/contracts';
import { Target } from '@crm/pipeline';
import { startApi, TestApi } from '../support/api';
import { factories, Factories, uniq } from '../support/factories';

/** 候选企业: the ranked candidates of a link with the reasons of each score, per-plan weights, and 加入招商目标. */
describe('candidates (候选企业) over HTTP', () => {
  let api: TestApi;
  let ds: DataSource;
  let f: Factories;
  let cad: { id: number; chainId: number; planId: number };
  let fit: { id: number; name: string };
  let big: { id: number; name: string };

  const rank = async (user: string, linkId: number, query = 'take=100'): Promise<CandidateList> =>
    (await (await api.as(user)).get(`/api/chain-links/${linkId}/candidates?${query}`).expect(200)).body;
  const put = async (user: string, planId: number, body: Partial<FitWeights> & { version?: number | null }, status = 200) => {
    const res = await (await api.as(user)).put(`/api/fit-weights/${planId}`).send(body);
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const at = (list: CandidateList, firmId: number) => list.data.findIndex((c) => c.firmId === firmId);
  const component = (c: CandidateView, key: string) => c.components.find((x) => x.component === key)!;

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
    // The seeded Yuzhong plan's 工业软件 chain and its CAD link (notes: 计算机辅助设计；研发设计类工业软件).
    const [row] = await ds.query(
      `SELECT l.id, l.chain_id AS "chainId", c.plan_id AS "planId" FROM chain_link l JOIN chain c ON c.id = l.chain_id WHERE c.name = '工业软件' AND l.code = 'cad'`,
    );
    cad = row;
    await ds.query('DELETE FROM fit_weights WHERE plan_id = $1', [cad.planId]);
    // On topic: 专精特新 + 上市, 所属行业 and 经营范围 name the link's technologies.
    fit = await f.firm({
      name: `${uniq()}CAD软件`,
      tags: ['专精特新', '上市'],
      industry: '软件和信息技术服务业（工业软件）',
      businessScope: 'CAD、CAE等研发设计类工业软件开发；技术服务',
      registeredCapital: 5000,
      hqCity: '重庆',
    });
    // Big and near, but only sells 工业软件: wins only when capital, city and relationship weigh most.
    big = await f.firm({
      name: `${uniq()}商贸`,
      industry: '批发业',
      businessScope: '工业软件销售；计算机设备批发',
      registeredCapital: 500_000,
      hqCity: '上海',
      isLocal: true,
    });
  });
  afterAll(async () => {
    await ds.query('DELETE FROM fit_weights WHERE plan_id = $1', [cad.planId]);
    await api.close();
  });

  it('puts the firm with matching tags and industry first for a 工业软件 link, each component with its points and source', async () => {
    const list = await rank('leader', cad.id);
    expect(list).toMatchObject({ linkId: cad.id, linkName: 'CAD', chainName: '工业软件', weightsFromDefaults: true });
    expect(list.terms).toEqual(
      expect.arrayContaining([
        { text: 'CAD', from: 'link' },
        { text: '工业软件', from: 'tech' },
      ]),
    );
    const first = list.data[0];
    expect(first).toMatchObject({ rank: 1, firmId: fit.id, claim: 'free' });
    // 0.8×20 (上市 + 专精特新) + 0.8×20 (工业软件) + 1×20 (CAD + 2 more) + 1×10 (name: CAD) + 0.6×10 (5,000 万元) + 0.3×5 (重庆, the plan's city)
    expect(first.score).toBe(69.5);
    expect(first.components).toEqual([
      {
        component: 'tags',
        points: 16,
        max: 20,
        source: 'firm.tags: 专精特新, 上市',
        noData: false,
        fact: { kind: 'tags', tags: ['专精特新', '上市'] },
      },
      {
        component: 'industry',
        points: 16,
        max: 20,
        source: 'firm.industry: 软件和信息技术服务业（工业软件） ∋ 工业软件 (tech)',
        noData: false,
        fact: { kind: 'text', text: '软件和信息技术服务业（工业软件）', hits: [{ text: '工业软件', from: 'tech' }], terms: [] },
      },
      {
        component: 'scope',
        points: 20,
        max: 20,
        source: expect.stringMatching(/^firm\.businessScope: CAD、CAE等研发设计类工业软件开发；技术服务 ∋ CAD \(link\)/),
        noData: false,
        fact: expect.objectContaining({ kind: 'text', hits: expect.arrayContaining([{ text: 'CAD', from: 'link' }]) }),
      },
      {
        component: 'profile',
        points: 10,
        max: 10,
        source: expect.stringContaining('CAD (link)'),
        noData: false,
        fact: expect.objectContaining({ kind: 'text' }),
      },
      {
        component: 'capital',
        points: 6,
        max: 10,
        source: 'firm.registeredCapital: 5000 万元 (≥ 5000 万元)',
        noData: false,
        fact: { kind: 'capital', capital: 5000, bandMin: 5000 },
      },
      {
        component: 'city',
        points: 1.5,
        max: 5,
        source: expect.stringMatching(/^firm\.hqCity: 重庆 \(plan region /),
        noData: false,
        fact: { kind: 'city', city: '重庆', tier: 'region', region: expect.stringContaining('重庆') },
      },
      { component: 'relationship', points: 0, max: 15, source: '无数据', noData: true, fact: null },
    ]);
    const other = list.data[at(list, big.id)];
    expect(component(other, 'tags')).toEqual({ component: 'tags', points: 0, max: 20, source: '无数据', noData: true, fact: null });
    expect(component(other, 'relationship').source).toBe('firm.isLocal');
    expect(component(other, 'relationship').fact).toEqual({ kind: 'relationship', isLocal: true, targets: 0, firstClaimedOn: null, logs: 0, lastLogOn: null });
    expect(list.data.map((c) => c.score)).toEqual([...list.data.map((c) => c.score)].sort((a, b) => b - a));
  });

  it('changing a weight changes the order; a stale edit gets 409; 恢复默认 restores it', async () => {
    const before = await rank('leader', cad.id);
    expect(at(before, fit.id)).toBeLessThan(at(before, big.id));
    const saved = await put('admin', cad.planId, { capital: 100, city: 100, relationship: 100, tags: 0, industry: 0, profile: 0, scope: 5, version: null });
    expect(saved).toMatchObject({ planId: cad.planId, overridden: true, capital: 100, version: 1 });
    const after = await rank('leader', cad.id);
    expect(after).toMatchObject({ weightsFromDefaults: false, weights: { capital: 100, city: 100, relationship: 100, tags: 0 } });
    expect(at(after, big.id)).toBeLessThan(at(after, fit.id));
    // someone saved since version 1 was read elsewhere: a second edit from "nothing" is stale
    const stale = await (await api.as('admin')).put(`/api/fit-weights/${cad.planId}`).send({ tags: 10, version: null });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale_version');
    // every change is audited
    const audited = async () => (await ds.query(`SELECT action FROM audit_log WHERE entity = 'fit_weights' ORDER BY id DESC LIMIT 1`))[0]?.action;
    expect(await audited()).toBe('insert');
    const reset = (await (await api.as('admin')).delete(`/api/fit-weights/${cad.planId}?version=1`).expect(200)).body;
    expect(reset).toMatchObject({ overridden: false, version: null, tags: 20 });
    expect(await audited()).toBe('delete');
    expect(at(await rank('leader', cad.id), fit.id)).toBe(0);
  });

  it('refuses bad weights by field, and edits by anyone but an admin', async () => {
    const bad = await (await api.as('admin')).put(`/api/fit-weights/${cad.planId}`).send({ tags: 101 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('tags');
    const zero = await (
      await api.as('admin')
    )
      .put(`/api/fit-weights/${cad.planId}`)
      .send({ tags: 0, industry: 0, scope: 0, profile: 0, capital: 0, city: 0, relationship: 0 });
    expect(zero.status).toBe(400);
    for (const user of ['leader', 'chain', 'promoter']) await (await api.as(user)).put(`/api/fit-weights/${cad.planId}`).send({ tags: 5 }).expect(403);
    await (await api.as('admin')).put('/api/fit-weights/2147483647').send({ tags: 5 }).expect(404);
    await (await api.as('promoter')).get(`/api/chain-links/2147483647/candidates`).expect(404);
    await (await api.as('promoter')).get(`/api/chain-links/${cad.id}/candidates?take=101`).expect(400);
  });

  it('pages the ranking', async () => {
    const all = await rank('leader', cad.id);
    const page = await rank('leader', cad.id, 'skip=1&take=2');
    expect(page.total).toBe(all.total);
    expect(page.data.map((c) => c.firmId)).toEqual(all.data.slice(1, 3).map((c) => c.firmId));
    expect(page.data[0].rank).toBe(2);
  });

  it('加入招商目标: several firms in one step; a firm another team holds is reported on its own line with only the 首报 date', async () => {
    const link = await f.chainLink({ name: `${uniq()}仿真`, notes: '仿真软件' });
    const mk = (n: string) => f.firm({ name: `${uniq()}${n}`, businessScope: '仿真软件开发' });
    const [a, b, held] = [await mk('甲'), await mk('乙'), await mk('丙')];
    await f.target({ firmId: held.id, chainLinkId: (await f.chainLink()).id, owner: 'promoter2' });
    const list = await rank('promoter', link.id);
    expect(list.data.find((c) => c.firmId === held.id)).toMatchObject({ claim: 'other', firstClaimedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const res = await (await api.as('promoter')).post(`/api/chain-links/${link.id}/candidates/targets`).send({ firmIds: [a.id, b.id, held.id, 2147483647] });
    expect(res.status).toBe(200);
    expect(res.body.created.map((c: { firmId: number }) => c.firmId).sort()).toEqual([a.id, b.id].sort());
    expect(res.body.refused).toEqual([
      {
        firmId: held.id,
        firmName: held.name,
        code: 'first_claim',
        message: expect.stringContaining('first registered'),
        messageZh: expect.stringMatching(/^已由其他小组跟进（首报 \d{4}-\d{2}-\d{2}）/),
        firstClaimedOn: expect.any(String),
      },
      { firmId: 2147483647, firmName: null, code: 'not_found', message: expect.any(String), messageZh: '企业不存在' },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('promoter2');
    const promoter = await f.user('promoter');
    const made = await ds.getRepository(Target).find({ where: [{ firmId: a.id }, { firmId: b.id }] });
    expect(made.map((t) => [t.chainLinkId, t.ownerId, t.stage])).toEqual([
      [link.id, promoter.id, 'lead'],
      [link.id, promoter.id, 'lead'],
    ]);
    // now targets of the link: left out of its ranking, and a second add reports them
    const again = await rank('promoter', link.id);
    expect(again.data.map((c) => c.firmId)).not.toContain(a.id);
    expect(again.excludedTargeted).toBe(2);
    const dup = await (await api.as('promoter')).post(`/api/chain-links/${link.id}/candidates/targets`).send({ firmIds: [a.id] });
    expect(dup.body).toMatchObject({ created: [], refused: [{ firmId: a.id, code: 'duplicate_target' }] });
  });

  it('respects the creating user: leaders only read, promoters own what they add, chain managers only in their chains', async () => {
    const link = await f.chainLink({ name: `${uniq()}孪生`, notes: '数字孪生' });
    const firm = await f.firm({ name: `${uniq()}数字孪生` });
    const add = async (user: string, body: object) => (await api.as(user)).post(`/api/chain-links/${link.id}/candidates/targets`).send(body);
    expect((await add('leader', { firmIds: [firm.id] })).status).toBe(403);
    expect((await add('promoter', { firmIds: [firm.id], ownerId: (await f.user('promoter2')).id })).status).toBe(403);
    expect((await add('chain', { firmIds: [firm.id] })).status).toBe(403);
    expect((await add('promoter', { firmIds: [] })).status).toBe(400);
    expect((await rank('leader', link.id)).mayCreateTarget).toBe(false);
    await f.manageChain('chain', link.chainId);
    const byChain = await add('chain', { firmIds: [firm.id], ownerId: (await f.user('promoter2')).id });
    expect(byChain.status).toBe(200);
    expect(byChain.body.created).toHaveLength(1);
  });
});
