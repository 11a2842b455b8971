import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';

/**
 * After signing (issue 17) over HTTP: a target signs and becomes a project; planned dates, actual
 * dates in order, funds in two tranches; the refusals name their field; stale edits get 409;
 * leaders read but do not write; every change is in the audit trail. Then the four rates on a
 * crafted data set, with the arithmetic written out.
 */
describe('projects after signing', () => {
  let api: TestApi;
  let ds: DataSource;
  let f: Factories;

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
  });
  afterAll(() => api.close());

  const project = async (user: string, id: number) => (await (await api.as(user)).get(`/api/targets/${id}/project`).expect(200)).body;
  const milestone = (p: { milestones: { kind: string; version: number }[] }, kind: string) => p.milestones.find((m) => m.kind === kind)!;
  const put = async (user: string, path: string, body: object) => (await api.as(user)).put(path).send(body);
  const post = async (user: string, path: string, body: object) => (await api.as(user)).post(path).send(body);

  it('sign → planned milestones → actual dates → funds in two tranches; 资金到位率 = arrived / signed', async () => {
    const t = await f.target({ stage: 'contact', owner: 'promoter' });
    const before = await project('promoter', t.id);
    expect(before).toMatchObject({ signed: false, milestones: [], funds: [] });

    await post('promoter', `/api/targets/${t.id}/transitions`, {
      to: 'signed',
      version: t.version,
      signedInvestment: 20000,
      signedOutput: 50000,
      signedJobs: 120,
    }).then((r) => expect(r.status).toBe(201));
    let p = await project('promoter', t.id);
    expect(p).toMatchObject({ signed: true, signedInvestment: 20000, fundsArrived: 0, fundsRate: 0 });
    expect(p.milestones.map((m: { kind: string; light: string }) => [m.kind, m.light])).toEqual([
      ['registered', 'unplanned'],
      ['settled', 'unplanned'],
      ['producing', 'unplanned'],
      ['full_output', 'unplanned'],
    ]);

    // planned dates from the agreement, in order
    for (const [kind, plannedOn] of [
      ['registered', '2026-02-01'],
      ['settled', '2026-03-01'],
      ['producing', '2026-06-01'],
      ['full_output', '2099-06-01'],
    ]) {
      const r = await put('promoter', `/api/targets/${t.id}/project/milestones/${kind}`, { plannedOn, version: milestone(p, kind).version });
      expect(r.status).toBe(200);
      p = r.body;
    }
    expect(p.milestones.map((m: { plannedOn: string }) => m.plannedOn)).toEqual(['2026-02-01', '2026-03-01', '2026-06-01', '2099-06-01']);

    // actual dates, in order
    p = (await put('promoter', `/api/targets/${t.id}/project/milestones/registered`, { actualOn: '2026-02-10', version: milestone(p, 'registered').version }))
      .body;
    const early = await put('promoter', `/api/targets/${t.id}/project/milestones/settled`, {
      actualOn: '2026-02-05',
      version: milestone(p, 'settled').version,
    });
    expect(early.status).toBe(400);
    expect(early.body).toMatchObject({ code: 'actual_before_previous', fields: [{ field: 'actualOn' }] });
    expect(early.body.messageZh).toContain('早于上一节点「工商注册」的实际日期 2026-02-10');
    p = (await put('promoter', `/api/targets/${t.id}/project/milestones/settled`, { actualOn: '2026-03-05', version: milestone(p, 'settled').version })).body;
    expect(milestone(p, 'settled')).toMatchObject({ actualOn: '2026-03-05', light: 'done', daysLate: 4 });

    // a stale version: 409, nothing changed
    const stale = await put('promoter', `/api/targets/${t.id}/project/milestones/settled`, { actualOn: '2026-03-06', version: 1 });
    expect(stale.status).toBe(409);

    // two tranches: 8,000 + 4,500.50 = 12,500.50 of 20,000 → 0.6250 (12500.5 / 20000 = 0.625025 → 4 decimals)
    p = (await post('promoter', `/api/targets/${t.id}/project/funds`, { arrivedOn: '2026-03-10', amount: 8000, source: '企业自有资金', note: '首期' })).body;
    p = (await post('promoter', `/api/targets/${t.id}/project/funds`, { arrivedOn: '2026-05-20', amount: 4500.5, source: '银行贷款' })).body;
    expect(p.funds.map((x: { amount: number; source: string }) => [x.amount, x.source])).toEqual([
      [8000, '企业自有资金'],
      [4500.5, '银行贷款'],
    ]);
    expect(p).toMatchObject({ fundsArrived: 12500.5, fundsRate: 0.625 });

    // a year's actuals against the signed figures
    p = (await put('promoter', `/api/targets/${t.id}/project/years/2026`, { output: 12000, tax: 800, jobs: 45 })).body;
    expect(p.years).toMatchObject([{ year: 2026, output: 12000, tax: 800, jobs: 45, version: 1 }]);
    expect((await put('promoter', `/api/targets/${t.id}/project/years/2026`, { output: 13000 })).status).toBe(409); // no version: someone recorded it already

    // the audit trail has each change, by whom
    const audit: { entity: string; action: string }[] = await ds.query(
      `SELECT entity, action FROM audit_log WHERE entity IN ('project_milestone', 'project_fund', 'project_year') AND user_id = (SELECT id FROM app_user WHERE username = 'promoter')
          AND (changes::text LIKE $1 OR entity_id IN (SELECT id::text FROM project_milestone WHERE target_id = $2) OR entity_id IN (SELECT id::text FROM project_fund WHERE target_id = $2) OR entity_id IN (SELECT id::text FROM project_year WHERE target_id = $2))`,
      [`%"targetId": [null, ${t.id}]%`, t.id],
    );
    const count = (entity: string, action: string) => audit.filter((a) => a.entity === entity && a.action === action).length;
    expect(count('project_milestone', 'update')).toBe(6);
    expect(count('project_fund', 'insert')).toBe(2);
    expect(count('project_year', 'insert')).toBe(1);

    // in the timeline: the two tranches and the two milestones reached
    const timeline = (await (await api.as('leader')).get(`/api/targets/${t.id}/timeline`).expect(200)).body as { kind: string }[];
    expect(timeline.filter((e) => e.kind === 'project_fund')).toHaveLength(2);
    expect(timeline.filter((e) => e.kind === 'milestone')).toHaveLength(2);
  });

  it('refuses bad input with 400s naming the field', async () => {
    const signed = await f.target({ stage: 'signed', signedAt: new Date(), signedInvestment: 1000, owner: 'promoter' });
    const lead = await f.target({ stage: 'lead', owner: 'promoter' });
    const p = await project('promoter', signed.id);
    const cases: [string, string, object, string, string][] = [
      ['funds below zero', `/api/targets/${signed.id}/project/funds`, { arrivedOn: '2026-03-01', amount: -5, source: '自有' }, 'amount', 'post'],
      ['funds of zero', `/api/targets/${signed.id}/project/funds`, { arrivedOn: '2026-03-01', amount: 0, source: '自有' }, 'amount', 'post'],
      ['funds without a source', `/api/targets/${signed.id}/project/funds`, { arrivedOn: '2026-03-01', amount: 5 }, 'source', 'post'],
      ['funds dated in the future', `/api/targets/${signed.id}/project/funds`, { arrivedOn: '2099-01-01', amount: 5, source: '自有' }, 'arrivedOn', 'post'],
      [
        'a date that is not a date',
        `/api/targets/${signed.id}/project/milestones/registered`,
        { plannedOn: '2026-02-30', version: milestone(p, 'registered').version },
        'plannedOn',
        'put',
      ],
      [
        'an actual date in the future',
        `/api/targets/${signed.id}/project/milestones/registered`,
        { actualOn: '2099-01-01', version: milestone(p, 'registered').version },
        'actualOn',
        'put',
      ],
      ['an unknown milestone', `/api/targets/${signed.id}/project/milestones/opening`, { plannedOn: '2026-02-01', version: 1 }, 'kind', 'put'],
      [
        'a milestone on a target that never signed',
        `/api/targets/${lead.id}/project/milestones/registered`,
        { plannedOn: '2026-02-01', version: 1 },
        '',
        'put',
      ],
      ['funds on a target that never signed', `/api/targets/${lead.id}/project/funds`, { arrivedOn: '2026-03-01', amount: 5, source: '自有' }, '', 'post'],
      ['negative jobs', `/api/targets/${signed.id}/project/years/2026`, { jobs: -1 }, 'jobs', 'put'],
    ];
    for (const [what, path, body, field, method] of cases) {
      const res = method === 'post' ? await post('promoter', path, body) : await put('promoter', path, body);
      expect([what, res.status]).toEqual([what, 400]);
      if (field) expect([what, [...new Set(res.body.fields?.map((x: { field: string }) => x.field))]]).toEqual([what, [field]]);
      else expect([what, res.body.code]).toEqual([what, 'target_not_signed']);
      expect(res.body.messageZh).toBeTruthy();
    }
  });

  it('leaders read the project and get 403 on every write; promoter2 does not see it', async () => {
    const t = await f.target({ stage: 'signed', signedAt: new Date(), signedInvestment: 1000, owner: 'promoter' });
    const p = await project('leader', t.id);
    const fund = (await post('promoter', `/api/targets/${t.id}/project/funds`, { arrivedOn: '2026-03-01', amount: 5, source: '自有' })).body.funds[0];
    const leader = await api.as('leader');
    expect(
      (await leader.put(`/api/targets/${t.id}/project/milestones/registered`).send({ plannedOn: '2026-02-01', version: milestone(p, 'registered').version }))
        .status,
    ).toBe(403);
    expect((await leader.post(`/api/targets/${t.id}/project/funds`).send({ arrivedOn: '2026-03-01', amount: 5, source: '自有' })).status).toBe(403);
    expect((await leader.put(`/api/targets/${t.id}/project/funds/${fund.id}`).send({ amount: 6, version: fund.version })).status).toBe(403);
    expect((await leader.delete(`/api/targets/${t.id}/project/funds/${fund.id}?version=${fund.version}`)).status).toBe(403);
    expect((await leader.put(`/api/targets/${t.id}/project/years/2026`).send({ jobs: 1 })).status).toBe(403);
    expect((await (await api.as('promoter2')).get(`/api/targets/${t.id}/project`)).status).toBe(404);
    // the owner edits and deletes a tranche with the version read
    expect((await put('promoter', `/api/targets/${t.id}/project/funds/${fund.id}`, { amount: 6, version: fund.version })).body.funds[0].amount).toBe(6);
    expect((await (await api.as('promoter')).delete(`/api/targets/${t.id}/project/funds/${fund.id}?version=${fund.version}`)).status).toBe(409);
    expect((await (await api.as('promoter')).delete(`/api/targets/${t.id}/project/funds/${fund.id}?version=${fund.version + 1}`)).body.funds).toEqual([]);
  });

  it('landing records 入驻/开工 on the landing date', async () => {
    const carrier = await f.carrier({ availableAreaM2: 5000 });
    const t = await f.target({ stage: 'signed', signedAt: new Date(), signedInvestment: 1000, owner: 'promoter' });
    const res = await post('promoter', `/api/targets/${t.id}/transitions`, {
      to: 'landed',
      version: t.version,
      carrierId: carrier.id,
      area: 300,
      landedOn: '2026-04-15',
    });
    expect(res.status).toBe(201);
    const p = await project('promoter', t.id);
    expect(p.landing).toMatchObject({ carrierId: carrier.id, area: 300, landedOn: '2026-04-15' });
    expect(milestone(p, 'settled')).toMatchObject({ actualOn: '2026-04-15', light: 'done' });
  });
  it('the four rates on a crafted data set, overall, by chain and by owner (arithmetic in the comments)', async () => {
    const plan = await f.plan();
    const chainA = await f.chain({ planId: plan.id, name: `链A${Date.now()}` });
    const chainB = await f.chain({ planId: plan.id, name: `链B${Date.now()}` });
    const linkA = await f.chainLink({ chainId: chainA.id });
    const linkB = await f.chainLink({ chainId: chainB.id });
    const sign = (o: Record<string, unknown>) => f.target({ stage: 'signed', signedAt: new Date(), ...o });
    const p1 = await sign({ chainLinkId: linkA.id, owner: 'promoter', signedInvestment: 10000 });
    const p2 = await sign({ chainLinkId: linkA.id, owner: 'promoter', signedInvestment: 5000 });
    const p3 = await sign({ chainLinkId: linkA.id, owner: 'promoter2', signedInvestment: 2000, stage: 'lost' });
    const p4 = await sign({ chainLinkId: linkB.id, owner: 'promoter2', signedInvestment: 8000 });
    for (const t of [p1, p2, p3, p4])
      await ds.query(`INSERT INTO project_milestone (target_id, kind) SELECT $1, k FROM unnest(ARRAY['registered','settled','producing','full_output']) k`, [
        t.id,
      ]);
    const set = (t: { id: number }, kind: string, planned: string | null, actual: string | null) =>
      ds.query(`UPDATE project_milestone SET planned_on = $3, actual_on = $4 WHERE target_id = $1 AND kind = $2`, [t.id, kind, planned, actual]);
    const fund = (t: { id: number }, amount: number) =>
      ds.query(`INSERT INTO project_fund (target_id, arrived_on, amount, source) VALUES ($1, '2026-02-01', $2, '测试')`, [t.id, amount]);
    // P1 (A, promoter): moved in and producing, funds 4,000 + 2,000 = 6,000 of 10,000
    await set(p1, 'settled', '2026-01-10', '2026-01-12');
    await set(p1, 'producing', '2026-03-01', '2026-03-01');
    await fund(p1, 4000);
    await fund(p1, 2000);
    // P2 (A, promoter): 工商注册 planned 2026-01-01, not done → overdue; funds 1,000 of 5,000
    await set(p2, 'registered', '2026-01-01', null);
    await fund(p2, 1000);
    // P3 (A, promoter2): lost after moving in; funds 2,000 of 2,000
    await set(p3, 'settled', null, '2026-02-01');
    await fund(p3, 2000);
    // P4 (B, promoter2): nothing yet, 0 of 8,000
    const admin = await api.as('admin');
    const rates = async (by: string) =>
      (await admin.get(`/api/cockpit/project-rates?by=${by}&filter=${encodeURIComponent(JSON.stringify({ planId: [plan.id] }))}`).expect(200)).body;
    const pick = (r: Record<string, unknown>) => [r.signed, r.fulfilmentRate, r.startRate, r.productionRate, r.fundsRate];

    const byChain = await rates('chain');
    // overall: 4 signed; keeping P1, P4 → 2/4 = 0.5; started P1, P3 → 2/4 = 0.5; producing P1 → 1/4 = 0.25;
    // funds (6000 + 1000 + 2000 + 0) / (10000 + 5000 + 2000 + 8000) = 9000 / 25000 = 0.36
    expect(pick(byChain.total)).toEqual([4, 0.5, 0.5, 0.25, 0.36]);
    expect(byChain.total).toMatchObject({ signedInvestment: 25000, fundsArrived: 9000 });
    expect(byChain.definitions.fundsRate.zh).toContain('资金到位率 = 到位资金合计 ÷ 签约投资额合计');
    // chain A: P1, P2, P3 → keeping 1/3 = 0.3333, started 2/3 = 0.6667, producing 1/3 = 0.3333, funds 9000 / 17000 = 0.5294
    // chain B: P4 → keeping 1/1 = 1, started 0/1 = 0, producing 0/1 = 0, funds 0 / 8000 = 0
    expect(byChain.rows.map((r: Record<string, unknown>) => [r.key, ...pick(r)])).toEqual([
      [chainA.id, 3, 0.3333, 0.6667, 0.3333, 0.5294],
      [chainB.id, 1, 1, 0, 0, 0],
    ]);

    const byOwner = await rates('owner');
    const ids = { promoter: (await f.user('promoter')).id, promoter2: (await f.user('promoter2')).id };
    // promoter: P1, P2 → keeping 1/2 = 0.5, started 1/2 = 0.5, producing 1/2 = 0.5, funds (6000 + 1000) / 15000 = 0.4667
    // promoter2: P3, P4 → keeping 1/2 = 0.5 (P3 lost), started 1/2 = 0.5, producing 0/2 = 0, funds 2000 / 10000 = 0.2
    expect(byOwner.rows.map((r: Record<string, unknown>) => [r.key, ...pick(r)])).toEqual([
      [ids.promoter, 2, 0.5, 0.5, 0.5, 0.4667],
      [ids.promoter2, 2, 0.5, 0.5, 0, 0.2],
    ]);

    // promoter2's view covers only their team's projects: P3, P4 — the same figures as their owner row
    const own = (
      await (await api.as('promoter2')).get(`/api/cockpit/project-rates?filter=${encodeURIComponent(JSON.stringify({ planId: [plan.id] }))}`).expect(200)
    ).body;
    expect(pick(own.total)).toEqual([2, 0.5, 0.5, 0, 0.2]);

    // 重点项目: P2's overdue 工商注册 (P3 is lost, so not supervised)
    const key = (await admin.get(`/api/cockpit/key-projects?filter=${encodeURIComponent(JSON.stringify({ planId: [plan.id] }))}`).expect(200)).body;
    expect(
      key.filter((k: { reason: string }) => k.reason === 'milestone').map((k: { targetId: number; milestoneKind: string }) => [k.targetId, k.milestoneKind]),
    ).toEqual([[p2.id, 'registered']]);
    expect((await admin.get('/api/cockpit/project-rates?by=firm')).status).toBe(400);
  });
});
