import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, TestApi } from '../support/api';
import { CockpitData, daysAgo, landTarget, loadCockpitData } from './cockpit.fixture';

// The crafted data set and its history are described in cockpit.fixture.ts; every figure below
// is worked out by hand from that table. The flow period is the first half of 2026.
const PERIOD = 'from=2026-01-01T00:00:00Z&to=2026-07-01T00:00:00Z';

describe('cockpit over HTTP on a crafted pipeline', () => {
  let api: TestApi;
  let d: CockpitData;
  const get = async (user: string, path: string, status = 200) => (await (await api.as(user)).get(path).expect(status)).body;

  beforeAll(async () => {
    api = await startApi({}, { ownDatabase: 'empty' });
    d = await loadCockpitData(api.dbUrl!);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('funnel: count and expected investment per current stage', async () => {
    // lead T4 (3000) · contact T5 (800) · signed T2 (2000) · landed T1 (1000) · paused none · lost T3 (500)
    expect(await get('leader', '/api/cockpit/funnel')).toEqual([
      { stage: 'lead', label: '线索', count: 1, expectedInvestment: 3000 },
      { stage: 'contact', label: '接洽', count: 1, expectedInvestment: 800 },
      { stage: 'signed', label: '签约', count: 1, expectedInvestment: 2000 },
      { stage: 'landed', label: '落地', count: 1, expectedInvestment: 1000 },
      { stage: 'paused', label: '暂缓', count: 0, expectedInvestment: 0 },
      { stage: 'lost', label: '流失', count: 1, expectedInvestment: 500 },
    ]);
  });

  it('conversion between consecutive stages over the period', async () => {
    // entered lead in H1 2026: T1 T2 T3 T4 T5 = 5; later reached contact or beyond: T1 T2 T3 T5 = 4 → 0.8
    // entered contact: T1 T2 T3 T5 = 4; reached signed or beyond: T1 T2 = 2 → 0.5
    // entered signed: T1 T2 = 2; reached landed: T1 = 1 → 0.5
    const res = await get('leader', `/api/cockpit/conversion?${PERIOD}`);
    expect(res.steps).toEqual([
      { from: 'lead', to: 'contact', entered: 5, advanced: 4, rate: 0.8 },
      { from: 'contact', to: 'signed', entered: 4, advanced: 2, rate: 0.5 },
      { from: 'signed', to: 'landed', entered: 2, advanced: 1, rate: 0.5 },
    ]);
    // A period before any history: nothing entered, no rate (not 0)
    const empty = await get('leader', '/api/cockpit/conversion?from=2025-01-01T00:00:00Z&to=2025-06-01T00:00:00Z');
    expect(empty.steps[0]).toEqual({ from: 'lead', to: 'contact', entered: 0, advanced: 0, rate: null });
  });

  it('median and 90th percentile of days in each stage (completed stays ending in the period)', async () => {
    // lead stays: T1 01-05→01-15 = 10, T2 01-10→01-30 = 20, T3 02-01→02-05 = 4, T5 04-01→04-11 = 10 (T4 still in lead)
    //   sorted 4, 10, 10, 20: median = pos 1.5 → (10 + 10) / 2 = 10; p90 = pos 2.7 → 10 + 0.7 × (20 − 10) = 17
    // contact stays: T1 01-15→02-14 = 30, T2 01-30→03-11 = 40 (Feb 2026 has 28 days), T3 02-05→02-28 = 23 (T5 open)
    //   sorted 23, 30, 40: median 30; p90 = pos 1.8 → 30 + 0.8 × 10 = 38
    // signed stays: T1 02-14→03-16 = 30 (T2 open): median 30, p90 30
    const res = await get('leader', `/api/cockpit/time-in-stage?${PERIOD}`);
    expect(res.stages).toEqual([
      { stage: 'lead', label: '线索', stays: 4, medianDays: 10, p90Days: 17 },
      { stage: 'contact', label: '接洽', stays: 3, medianDays: 30, p90Days: 38 },
      { stage: 'signed', label: '签约', stays: 1, medianDays: 30, p90Days: 30 },
      { stage: 'paused', label: '暂缓', stays: 0, medianDays: null, p90Days: null },
    ]);
  });

  it('pipeline velocity with its four terms', async () => {
    // live now: T2, T4, T5 = 3; their mean expected investment (2000 + 3000 + 800) / 3 = 1933.33
    // closed in the period: T1 landed, T3 lost → win rate 1 / 2 = 0.5
    // cycle of T1: created 01-05, landed 03-16 = 10 + 30 + 30 = 70 days
    // velocity = 3 × 1933.33 × 0.5 ÷ 70 = 41.43 万元 per day
    expect(await get('leader', `/api/cockpit/velocity?${PERIOD}`)).toMatchObject({
      liveTargets: 3,
      averageInvestment: 1933.33,
      winRate: 0.5,
      averageCycleDays: 70,
      closedLanded: 1,
      closedLost: 1,
      velocityPerDay: 41.43,
    });
  });

  it('overview: 签约率, 落地率 and the year in Asia/Shanghai', async () => {
    // ever contacted: T1 T2 T3 T5 = 4; ever signed: T1 T2 = 2 → 签约率 0.5; ever landed: T1 → 落地率 1 / 2 = 0.5
    // 2026: signed T1 (02-14) + T2 (03-11): 2 targets, 1200 + 2500 = 3700 万元, 50 + 30 = 80 jobs
    //       landed T1 (2026-03-16): 1 target, 1200 万元, 50 jobs, output 3000 万元
    const res = await get('leader', `/api/cockpit/overview?${PERIOD}&year=2026`);
    expect(res.rates).toEqual({ contacted: 4, signed: 2, landed: 1, signingRate: 0.5, landingRate: 0.5 });
    expect(res.thisYear).toEqual({
      year: 2026,
      signed: { count: 2, investment: 3700, jobs: 80 },
      landed: { count: 1, investment: 1200, jobs: 50, output: 3000 },
      unit: '万元',
    });
    expect(res.funnel).toHaveLength(6);
    expect(res.overdue.total).toBe(1);
    expect([res.stalled.red, res.stalled.yellow]).toEqual([1, 1]);
    // nothing signed in 2025
    const y2025 = await get('leader', `/api/cockpit/overview?${PERIOD}&year=2025`);
    expect(y2025.thisYear.signed).toEqual({ count: 0, investment: 0, jobs: 0 });
  });

  it('breakdowns by chain, owner and method', async () => {
    // chain A: T1 landed, T2 signed, T3 lost, T5 contact → live 2, live investment 2000 + 800, signed/landed investment 1200 + 2500
    // chain B: T4 lead → live 1, 3000
    expect(await get('leader', '/api/cockpit/breakdown/chain')).toEqual([
      { key: d.chainA, label: '链A', total: 4, live: 2, lead: 0, contact: 1, signed: 1, landed: 1, offTrack: 1, liveInvestment: 2800, signedInvestment: 3700 },
      { key: d.chainB, label: '链B', total: 1, live: 1, lead: 1, contact: 0, signed: 0, landed: 0, offTrack: 0, liveInvestment: 3000, signedInvestment: 0 },
    ]);
    // p1: T1 T2 T5; p2: T3 T4
    const owners = await get('leader', '/api/cockpit/breakdown/owner');
    expect(owners.map((o: { key: number; total: number; live: number }) => [o.key, o.total, o.live])).toEqual([
      [d.users.p1, 3, 2],
      [d.users.p2, 2, 1],
    ]);
    // 平台招商: T1 T3; 生态招商: T2; 基金招商: T4; none: T5 — ties ordered by label in code-point order (基 < 未 < 生)
    const methods = await get('leader', '/api/cockpit/breakdown/method');
    expect(methods.map((m: { key: string | null; label: string; total: number }) => [m.key, m.label, m.total])).toEqual([
      ['平台招商', '平台招商', 2],
      ['基金招商', '基金招商', 1],
      [null, '未填写', 1],
      ['生态招商', '生态招商', 1],
    ]);
  });

  it('overdue follow-ups: live targets only, grouped by owner', async () => {
    // T5 (contact) due 2020-01-01 → overdue; T3 is lost so its stale follow-up does not count; T4 due 2099
    const res = await get('leader', '/api/cockpit/overdue');
    expect(res.total).toBe(1);
    expect(res.byOwner).toEqual([{ ownerId: d.users.p1, owner: 'p1名', count: 1 }]);
    expect(res.items).toEqual([expect.objectContaining({ id: d.targets.T5, firm: '戊网络', stage: 'contact', chain: '链A' })]);
    expect(res.items[0].daysOverdue).toBeGreaterThan(365);
  });

  it('stalled list: red and yellow by days idle against per-stage thresholds', async () => {
    // T4 lead idle 61 days (≥ 60) → red; T5 contact idle 15 days (≥ 14, < 30) → yellow; T2 signed idle 1 day → fine
    const res = await get('leader', '/api/cockpit/stalled');
    expect(res.thresholds).toEqual({ lead: { yellow: 30, red: 60 }, contact: { yellow: 14, red: 30 }, signed: { yellow: 30, red: 60 } });
    expect([res.red, res.yellow]).toEqual([1, 1]);
    expect(res.items.map((i: { id: number; level: string; idleDays: number }) => [i.id, i.level, i.idleDays])).toEqual([
      [d.targets.T4, 'red', 61],
      [d.targets.T5, 'yellow', 15],
    ]);
  });

  it('every figure honours the caller’s scope', async () => {
    // p2 (team 二组) sees T3 (lost, 500) and T4 (lead, 3000) only
    const p2 = await get('p2', '/api/cockpit/funnel');
    expect(p2.map((s: { count: number }) => s.count)).toEqual([1, 0, 0, 0, 0, 1]);
    expect(p2[0].expectedInvestment).toBe(3000);
    // cm manages chain B only: T4
    const cm = await get('cm', '/api/cockpit/funnel');
    expect(cm.map((s: { count: number }) => s.count)).toEqual([1, 0, 0, 0, 0, 0]);
    expect((await get('cm', '/api/cockpit/overdue')).total).toBe(0);
    expect((await get('cm', '/api/cockpit/stalled')).red).toBe(1);
    // p1 sees T1 T2 T5: contacted 3, signed 2, landed 1
    expect((await get('p1', `/api/cockpit/overview?${PERIOD}`)).rates).toEqual({ contacted: 3, signed: 2, landed: 1, signingRate: 0.6667, landingRate: 0.5 });
    // filters narrow further: chain A, method 平台招商 → T1 (landed) and T3 (lost)
    const f = await get('leader', `/api/cockpit/funnel?chainId=${d.chainA}&method=${encodeURIComponent('平台招商')}`);
    expect(f.map((s: { count: number }) => s.count)).toEqual([0, 0, 0, 1, 0, 1]);
  });

  it('chain-manager view: coverage, gaps, in-progress links with their live targets, chain owners', async () => {
    // A1 landed (T1) · A2 in progress (T2 signed, T5 contact) · A3 local (己本地企业) · A4 gap.
    // One coverage rule (chain-map's linkCoverage) since issue 13: in progress counts as covered, as on the chain
    // map, so 3 / 4 = 75 % (the cockpit's own rule said 2 / 4 = 50 %); links carry the level as `coverage`.
    const res = await get('leader', `/api/cockpit/chains/${d.chainA}`);
    expect(res.totals).toEqual({ links: 4, covered: 3, inProgress: 1, leadOnly: 0, gaps: 1, coveragePercent: 75 });
    expect(res.links.map((l: { name: string; coverage: string }) => [l.name, l.coverage])).toEqual([
      ['环节A1', 'landed'],
      ['环节A2', 'in_progress'],
      ['环节A3', 'local'],
      ['环节A4', 'gap'],
    ]);
    expect(res.gaps).toEqual([{ id: d.links.A4, name: '环节A4', action: '建链', coverage: 'gap' }]);
    expect(res.inProgress[0].liveTargets.map((t: { firm: string; stage: string }) => [t.firm, t.stage])).toEqual([
      ['乙链主软件', 'signed'],
      ['戊网络', 'contact'],
    ]);
    expect(res.links[2].localFirms).toEqual(['己本地企业']);
    expect(res.chainOwners).toEqual([{ id: d.firms.F2, name: '乙链主软件', isLocal: false }]);
    // 14 weekly points over the last 91 days, flat at 3 covered (T1 landed in March, A3 local, A2 in contact since April;
    // was 2 before in-progress links counted as covered)
    expect(res.coverageHistory).toHaveLength(14);
    expect(new Set(res.coverageHistory.map((p: { covered: number }) => p.covered))).toEqual(new Set([3]));
  });

  it('refuses bad input with 400 and hidden chains with 404', async () => {
    const bad = await get('leader', '/api/cockpit/conversion?from=yesterday', 400);
    expect(bad.fields.map((f: { field: string }) => f.field)).toEqual(['from']);
    await get('leader', '/api/cockpit/conversion?from=2026-06-01T00:00:00Z&to=2026-01-01T00:00:00Z', 400);
    expect((await get('leader', '/api/cockpit/funnel?chainId=abc', 400)).fields[0].field).toBe('chainId');
    expect((await get('leader', '/api/cockpit/funnel?method=spam', 400)).fields[0].field).toBe('method');
    expect((await get('leader', '/api/cockpit/funnel?extra=1', 400)).fields[0].field).toBe('extra');
    expect((await get('leader', '/api/cockpit/breakdown/colour', 400)).fields[0].field).toBe('by');
    await get('leader', '/api/cockpit/chains/abc', 400);
    await get('leader', '/api/cockpit/chains/99999', 404);
    await get('cm', `/api/cockpit/chains/${d.chainA}`, 404); // cm manages chain B only
    await get('leader', '/api/cockpit/kpis?planId=99999', 404);
    await get('leader', '/api/cockpit/kpis?year=abc', 400);
    await api.http.get('/api/cockpit/funnel').expect(401);
  });

  it('plan targets vs actuals, and 龙头企业数量 moves when a tagged target lands', async () => {
    const kpis = async (year: number) => (await get('leader', `/api/cockpit/kpis?planId=${d.planId}&year=${year}`))[0].items;
    const byMetric = (items: { metric: string }[], metric: string) => items.find((i) => i.metric === metric) as Record<string, unknown>;

    // 2026: 龙头 = base 70 + F1 (tagged 龙头, landed 2026-03-16) = 71 of 90 → 78.9 %
    //       企业总数 A = base 10 + 1 landed firm on A = 11 of 15 → 73.3 %
    //       产值 A = base 1.5 亿元 + 3000 万元 (0.3 亿元) = 1.8 of 2.0 → 90 %
    //       从业人员数量: no data in the system
    let items = await kpis(2026);
    expect(byMetric(items, '龙头企业数量')).toMatchObject({
      target: 90,
      baseYear: 2024,
      baseValue: 70,
      landedSinceBaseYear: 1,
      actual: 71,
      percentOfTarget: 78.9,
    });
    expect(byMetric(items, '企业总数')).toMatchObject({ chainId: d.chainA, target: 15, actual: 11, percentOfTarget: 73.3 });
    expect(byMetric(items, '产值')).toMatchObject({ target: 2, actual: 1.8, percentOfTarget: 90 });
    expect(byMetric(items, '从业人员数量')).toMatchObject({
      target: 10,
      actual: null,
      percentOfTarget: null,
      note: 'no data in the system',
      noteZh: '系统中无此数据',
    });
    // 2025: T1 landed in 2026, so nothing yet: 70 of 80 → 87.5 %
    expect(byMetric(await kpis(2025), '龙头企业数量')).toMatchObject({ actual: 70, percentOfTarget: 87.5 });

    // The KPI view: every year of the plan, the 2024 row a baseline, 新增完成率 the headline.
    const [view] = await get('leader', `/api/cockpit/kpis/plans?planId=${d.planId}`);
    expect(view.years).toEqual([2024, 2025, 2026]);
    const lead = (year: number) => view.items.find((i: { metric: string; year: number }) => i.metric === '龙头企业数量' && i.year === year);
    expect(lead(2024)).toMatchObject({ target: 70, isBaseline: true, actual: 70, increaseRate: null });
    // 2025: nothing landed yet → (70 − 70) / (80 − 70) = 0 %
    expect(lead(2025)).toMatchObject({ baseline: 70, actual: 70, delivered: 0, asked: 10, increaseRate: 0 });
    // 2026: (71 − 70) / (90 − 70) = 1 / 20 = 5 %   (the old 完成率 71 / 90 = 78.9 %)
    expect(lead(2026)).toMatchObject({ baseline: 70, actual: 71, delivered: 1, asked: 20, increaseRate: 5, percentOfTarget: 78.9 });
    // 从业人员数量 has no baseline and no data: listed with its target only
    expect(view.items.find((i: { metric: string }) => i.metric === '从业人员数量')).toMatchObject({
      tracked: false,
      target: 10,
      actual: null,
      increaseRate: null,
    });

    // T2 (firm tagged 链主, signed output 1000 万元) lands on 2026-04-20
    await landTarget(api.dbUrl!, d.targets.T2, d.users.p1, d.carrierId, '2026-04-20');
    items = await kpis(2026);
    // 70 + 2 = 72 of 90 → 80 %; 企业总数 10 + 2 = 12 of 15 → 80 %; 产值 1.5 + 0.3 + 0.1 = 1.9 of 2 → 95 %
    expect(byMetric(items, '龙头企业数量')).toMatchObject({ actual: 72, percentOfTarget: 80 });
    expect(byMetric(items, '企业总数')).toMatchObject({ actual: 12, percentOfTarget: 80 });
    expect(byMetric(items, '产值')).toMatchObject({ actual: 1.9, percentOfTarget: 95 });
  });

  it('coverage history picks up a landing in the last 90 days', async () => {
    // After the previous test A2 is covered too (T2 landed in April): 3 of 4 throughout the window.
    // Now 庚信息 lands on the gap link A4, dated 20 days ago (Shanghai date): the last 3 weekly points
    // (today, −7, −14 days) show 4, the 11 earlier ones 3 (its 40 days as an uncontacted lead did not cover A4).
    const db2 = await import('pg');
    const c = new db2.Client({ connectionString: api.dbUrl! });
    await c.connect();
    const { rows } = await c.query(
      `INSERT INTO target (firm_id, chain_link_id, chain_id, owner_id, stage, expected_investment) VALUES ($1, $2, $3, $4, 'lead', 100) RETURNING id`,
      [d.firms.F7, d.links.A4, d.chainA, d.users.p1],
    );
    await c.query(`INSERT INTO stage_change (target_id, from_stage, to_stage, at) VALUES ($1, NULL, 'lead', $2)`, [rows[0].id, daysAgo(40)]);
    const {
      rows: [day],
    } = await c.query(`SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date - 20, 'YYYY-MM-DD') AS d`);
    await c.end();
    await landTarget(api.dbUrl!, rows[0].id, d.users.p1, d.carrierId, day.d);
    const res = await get('leader', `/api/cockpit/chains/${d.chainA}`);
    expect(res.totals.coveragePercent).toBe(100);
    expect(res.coverageHistory.map((p: { covered: number }) => p.covered)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4]);
    expect(res.coverageHistory[13].coveragePercent).toBe(100);
    expect(res.coverageHistory[0].coveragePercent).toBe(75);
  });
});

describe('plan KPIs on the seeded Yuzhong plan', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({}, { ownDatabase: 'seeded' });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('龙头企业数量 (表1: 2024 = 70, 2027 = 100) goes up by one when a 龙头 firm lands', async () => {
    const pg = await import('pg');
    const c = new pg.Client({ connectionString: api.dbUrl! });
    await c.connect();
    const {
      rows: [plan],
    } = await c.query(`SELECT id, base_year FROM plan WHERE code = 'yuzhong-kcfw-2025-2027'`);
    // a live target whose firm is tagged 龙头 and has never landed
    const {
      rows: [t],
    } = await c.query(
      `SELECT t.id, t.owner_id FROM target t JOIN firm f ON f.id = t.firm_id JOIN chain ch ON ch.id = t.chain_id
        WHERE ch.plan_id = $1 AND '龙头' = ANY (f.tags) AND t.stage IN ('lead', 'contact', 'signed')
          AND NOT EXISTS (SELECT 1 FROM target o WHERE o.firm_id = t.firm_id AND o.stage = 'landed') ORDER BY t.id LIMIT 1`,
      [plan.id],
    );
    const {
      rows: [carrier],
    } = await c.query(`SELECT id FROM carrier ORDER BY id LIMIT 1`);
    await c.end();
    expect(plan.base_year).toBe(2024);

    const leadFirms = async () =>
      ((await (await api.as('leader')).get(`/api/cockpit/kpis?planId=${plan.id}&year=2027`).expect(200)).body[0].items as Record<string, unknown>[]).find(
        (i) => i.metric === '龙头企业数量',
      )!;
    const before = await leadFirms();
    expect(before).toMatchObject({ target: 100, baseYear: 2024, baseValue: 70 });
    expect(before.actual).toBe(70 + (before.landedSinceBaseYear as number));

    await landTarget(api.dbUrl!, t.id, t.owner_id, carrier.id, '2026-05-01');
    const after = await leadFirms();
    expect(after.actual).toBe((before.actual as number) + 1);
    expect(after.percentOfTarget).toBe(Math.round((after.actual as number) * 10) / 10); // of a target of 100, % = actual
  });
});
