/**
 * The seed loader against fresh databases, checked against the two source documents
 * (shared/sources/000_f18aed3529aafc2a.txt 渝中区科创服务业三年行动计划, 003_37b9bdb21d22be9d.txt
 * 重庆高新区“十四五”高技术服务业发展规划). The expected values below are copied from the documents,
 * not from seeds/, so a slip in the extracted data fails here.
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource, type Logger } from 'typeorm';
import { parseConfig } from '@crm/config';
import { dataSourceOptions } from '@crm/schema';
import { seedAll, seedPlans } from '@crm/seeding';
import { DEMO_CARRIER_SPACE } from '@seeds/demo/coverage';
import { createTestDatabase } from '../support/db';

const YZ_DOC = '000_f18aed3529aafc2a.txt';
const GX_DOC = '003_37b9bdb21d22be9d.txt';
const YZ = 'yuzhong-kcfw-2025-2027';
const GX = 'cqgx-gjsfw-14th';

/** 专栏2 (30 firms) and 专栏8 (万里开源), with the chain the plan puts them on. */
const YUZHONG_TARGET_FIRMS: Record<string, string[]> = {
  工业软件: ['山大华天', '欧倍尔'],
  信息技术服务: ['华宇信息', '绿色网络', '大健云仓', '洋葱时尚', '小亿网络', '拉扎斯'],
  数字内容: ['奥飞娱乐', '凯撒（中国）文化'],
  区块链: ['数秦科技', '万向区块链'],
  信创: ['科东软件', '中科海微', '圣博润', '格尔软件', '万里开源'],
  人工智能: ['讯飞医疗科技', '图森未来科技'],
  智慧能源: ['正泰安能', '智芯微电子'],
  元宇宙: ['环球墨非', '灵伴科技'],
  数据服务: ['亿信华辰', '云和恩墨'],
  卫星互联网: ['国博电子', '金信诺', '易事特'],
  金融科技: ['信业科技', '宇信科技', '第四范式'],
};

/** Counts the SQL statements the data source sends: a load-independent measure of the seed's cost. */
class QueryCounter implements Logger {
  count = 0;
  logQuery(): void {
    this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

async function openDb(queries = new QueryCounter()): Promise<{ ds: DataSource; drop: () => Promise<void> }> {
  const db = await createTestDatabase('empty');
  const ds = await new DataSource({ ...dataSourceOptions(parseConfig({ DATABASE_URL: db.url, NODE_ENV: 'test' })), logger: queries }).initialize();
  return { ds, drop: async () => (await ds.destroy(), await db.drop()) };
}

/** One fingerprint per table: any inserted, deleted or changed row changes it. */
async function fingerprint(ds: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await ds.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await ds.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${name}" t`);
    out[name] = `${row.n}:${row.h}`;
  }
  return out;
}

const kpi = (ds: DataSource, plan: string, metric: string, chain: string | null) =>
  ds
    .query(
      `SELECT k.year, k.value::float AS value, k.unit FROM kpi_target k JOIN plan p ON p.id = k.plan_id LEFT JOIN chain c ON c.id = k.chain_id
        WHERE p.code = $1 AND k.metric = $2 AND ${chain === null ? 'k.chain_id IS NULL' : 'c.name = $3'} ORDER BY k.year`,
      chain === null ? [plan, metric] : [plan, metric, chain],
    )
    .then((rows: { year: number; value: number; unit: string }[]) => rows);

describe('seedAll on a fresh database', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  const queries = new QueryCounter();
  let firstRunQueries: number;
  const seededAt = Date.now();

  beforeAll(async () => {
    ({ ds, drop } = await openDb(queries));
    queries.count = 0;
    await seedAll(ds, { demo: true });
    firstRunQueries = queries.count;
  });
  afterAll(async () => drop());

  // It runs on every `npm start` and builds the test template, so it must stay cheap. Statement
  // counts rather than seconds: the machine is shared and wall time varies with its load.
  it('stays within a statement budget (batched inserts, no per-row round trips for plan data)', async () => {
    expect(firstRunQueries).toBeLessThan(250); // 191 when written: ~26 for the plans, ~4 per demo target
    queries.count = 0;
    await seedAll(ds, { demo: true });
    expect(queries.count).toBeLessThan(70); // 55 when written
  });

  describe('plans (real data)', () => {
    it('loads both plans side by side', async () => {
      const plans = await ds.query(`SELECT code, region, document, start_year, end_year FROM plan ORDER BY code`);
      expect(plans).toEqual([
        { code: GX, region: '重庆高新区', document: GX_DOC, start_year: 2021, end_year: 2025 },
        { code: YZ, region: '重庆市渝中区', document: YZ_DOC, start_year: 2025, end_year: 2027 },
      ]);
    });

    it('Yuzhong 表1: 18 metrics × 2024–2027 with the table values', async () => {
      const [{ rows, metrics }] = await ds.query(
        `SELECT count(*)::int AS rows, count(DISTINCT metric)::int AS metrics FROM kpi_target k JOIN plan p ON p.id = k.plan_id WHERE p.code = $1 AND chain_id IS NULL`,
        [YZ],
      );
      expect([rows, metrics]).toEqual([72, 18]);
      const years = (r: { year: number; value: number }[]) => r.map((x) => [x.year, x.value]);
      expect(years(await kpi(ds, YZ, '总产值', null))).toEqual([[2024, 600], [2025, 730], [2026, 860], [2027, 1000]]);
      expect((await kpi(ds, YZ, '总产值', null))[0].unit).toBe('亿元');
      expect(years(await kpi(ds, YZ, '企业数量', null))).toEqual([[2024, 5580], [2025, 6050], [2026, 6520], [2027, 7000]]);
      expect(years(await kpi(ds, YZ, '从业人员数量', null))).toEqual([[2024, 8.7], [2025, 9.1], [2026, 9.6], [2027, 10]]);
      expect(years(await kpi(ds, YZ, '增加值占GDP比重', null))).toEqual([[2024, 9.8], [2025, 11.5], [2026, 13.2], [2027, 15]]);
      expect(years(await kpi(ds, YZ, '龙头企业数量', null))).toEqual([[2024, 70], [2025, 80], [2026, 90], [2027, 100]]);
      expect(years(await kpi(ds, YZ, '基金投资金额', null))).toEqual([[2024, 5.9], [2025, 7], [2026, 8.4], [2027, 10]]);
    });

    it('Yuzhong 表2: 13 sub-sectors × 4 metrics × 4 years', async () => {
      const [{ rows, chains, metrics }] = await ds.query(
        `SELECT count(*)::int AS rows, count(DISTINCT chain_id)::int AS chains, count(DISTINCT metric)::int AS metrics
           FROM kpi_target k JOIN plan p ON p.id = k.plan_id WHERE p.code = $1 AND chain_id IS NOT NULL`,
        [YZ],
      );
      expect([rows, chains, metrics]).toEqual([208, 13, 4]);
      const v = async (metric: string, chain: string) => (await kpi(ds, YZ, metric, chain)).map((r) => r.value);
      expect(await v('企业总数', '工业软件')).toEqual([178, 205, 232, 260]);
      expect((await kpi(ds, YZ, '企业总数', '工业软件')).find((r) => r.year === 2026)?.value).toBe(232);
      expect(await v('产值', '工业软件')).toEqual([140, 150, 160, 170]);
      expect(await v('从业人员数量', '信息技术服务')).toEqual([25456, 26970, 28485, 30000]);
      expect(await v('规上企业数量', '科研服务业')).toEqual([79, 73, 75, 78]);
      expect(await v('产值', '科研服务业')).toEqual([195.6, 200, 205, 210]);
      expect(await v('企业总数', '卫星互联网')).toEqual([5, 16, 28, 40]);
    });

    it('Yuzhong: the nine key directions, and 工业软件 links the plan names', async () => {
      const directions = await ds.query(
        `SELECT c.name FROM chain c JOIN plan p ON p.id = c.plan_id WHERE p.code = $1 AND c.kind = '重点方向' ORDER BY c.sort_order`,
        [YZ],
      );
      expect(directions.map((r: { name: string }) => r.name)).toEqual([
        '工业软件', '信息技术服务', '数字内容', '工业设计', '区块链', '信创', '工程技术服务业', '其他科研服务业', '高成长性产业',
      ]);
      const links = (
        await ds.query(`SELECT l.name, l.action FROM chain_link l JOIN chain c ON c.id = l.chain_id JOIN plan p ON p.id = c.plan_id WHERE p.code = $1 AND c.name = '工业软件'`, [YZ])
      ).map((r: { name: string }) => r.name);
      expect(links).toEqual(expect.arrayContaining(['CAD', 'CAE', 'CAT', 'EDA', 'MES', '几何建模内核', '制造流程模拟软件']));
      const [{ action }] = await ds.query(`SELECT c.action FROM chain c JOIN plan p ON p.id = c.plan_id WHERE p.code = $1 AND c.name = '工业软件'`, [YZ]);
      expect(action).toBe('强链'); // 专栏2 工业软件强链
    });

    it('Yuzhong: all 31 named target firms on their chain, with a target citing 专栏2/专栏8', async () => {
      const expected = Object.entries(YUZHONG_TARGET_FIRMS).flatMap(([chain, firms]) => firms.map((firm) => ({ firm, chain })));
      expect(expected).toHaveLength(31);
      const rows: { firm: string; chain: string; is_local: boolean; demo: boolean; section: string }[] = await ds.query(
        `SELECT f.name AS firm, c.name AS chain, f.is_local, f.demo, t.source->>'section' AS section
           FROM target t JOIN firm f ON f.id = t.firm_id JOIN chain c ON c.id = t.chain_id JOIN plan p ON p.id = c.plan_id
           JOIN firm_chain_link fl ON fl.firm_id = f.id AND fl.chain_link_id = t.chain_link_id
          WHERE p.code = $1`,
        [YZ],
      );
      expect(rows.map((r) => ({ firm: r.firm, chain: r.chain })).sort((a, b) => a.firm.localeCompare(b.firm))).toEqual(
        expected.sort((a, b) => a.firm.localeCompare(b.firm)),
      );
      for (const r of rows) {
        expect([r.is_local, r.demo]).toEqual([false, false]);
        expect(r.section).toMatch(r.firm === '万里开源' ? /^专栏8/ : /^专栏2/);
      }
    });

    it('Yuzhong: carriers and recruitment methods', async () => {
      const carriers = (await ds.query(`SELECT c.name FROM carrier c JOIN plan p ON p.id = c.plan_id WHERE p.code = $1`, [YZ])).map((r: { name: string }) => r.name);
      expect(carriers).toEqual(
        expect.arrayContaining(['重庆数字经济产业园', '通远大厦', '信创大厦', '总部城A区4号楼', '挑花厂数字文创产业园', '重庆数字电影产业园', '黄花园现代服务业产业园']),
      );
      const [{ methods }] = await ds.query(`SELECT recruitment_methods AS methods FROM plan WHERE code = $1`, [YZ]);
      expect(methods.map((m: { name: string }) => m.name)).toEqual(expect.arrayContaining(['平台招商', '生态招商', '基金招商', '以商招商']));
    });

    it('High-tech Zone: five tracks with 26 sub-domains (表1)', async () => {
      const tracks = await ds.query(
        `SELECT c.name, c.kind, count(l.id)::int AS links FROM chain c JOIN plan p ON p.id = c.plan_id LEFT JOIN chain_link l ON l.chain_id = c.id
          WHERE p.code = $1 GROUP BY c.id ORDER BY c.sort_order`,
        [GX],
      );
      expect(tracks).toEqual([
        { name: '研发孵化', kind: '赛道', links: 5 },
        { name: '软件信息', kind: '赛道', links: 5 },
        { name: '检验检测', kind: '赛道', links: 6 },
        { name: '数字文创', kind: '赛道', links: 4 },
        { name: '科技金融', kind: '赛道', links: 6 },
      ]);
    });

    it('High-tech Zone: platform carriers keep their area in 亩 as given (no m² the plan does not state)', async () => {
      const rows: { name: string; type: string; total_area: number; area_unit: string; total_area_m2: number | null; output: number | null }[] = await ds.query(
        `SELECT c.name, c.type, c.total_area::float AS total_area, c.area_unit, c.total_area_m2, (c.output_target->>'value')::float AS output
           FROM carrier c JOIN plan p ON p.id = c.plan_id WHERE p.code = $1`,
        [GX],
      );
      const by = new Map(rows.map((r) => [r.name, r]));
      expect(by.get('大科学装置集聚区A片区')).toMatchObject({ type: 'platform', total_area: 3052, area_unit: '亩', total_area_m2: null, output: null });
      expect(by.get('科学谷前沿科技孵化片区')).toMatchObject({ total_area: 888, area_unit: '亩', output: 80 }); // 表2
      expect(by.get('智慧芯城')).toMatchObject({ type: 'platform', total_area: 300, area_unit: '亩', output: 30 }); // 表3
      expect(by.get('国家质检基地')).toMatchObject({ total_area: 1011, area_unit: '亩', output: 90 }); // 表4
      expect(by.get('虎溪山村文创基地')).toMatchObject({ total_area: 3000, area_unit: '亩', output: null }); // 表5
      expect(by.get('科技金融街')).toMatchObject({ total_area: 2400, area_unit: '亩' }); // 占地2400亩
      expect(rows.filter((r) => r.total_area !== null).every((r) => r.area_unit === '亩' && r.total_area_m2 === null)).toBe(true);
      const [{ methods }] = await ds.query(`SELECT recruitment_methods AS methods FROM plan WHERE code = $1`, [GX]);
      expect(methods.map((m: { name: string }) => m.name)).toEqual(expect.arrayContaining(['产业链招商', '基金+技术团队招商', '专业中介招商', '云上签约']));
      const [local] = await ds.query(`SELECT is_local, demo FROM firm WHERE name = '重庆车辆检测研究院'`);
      expect(local).toEqual({ is_local: true, demo: false });
    });

    it('every plan record cites its document and section', async () => {
      for (const [table, where] of [
        ['chain', 'TRUE'],
        ['chain_link', 'TRUE'],
        ['kpi_target', 'TRUE'],
        ['carrier', 'TRUE'],
        ['firm', 'NOT demo'],
        ['target', 'TRUE'],
      ] as const) {
        const [{ total, uncited }] = await ds.query(
          `SELECT count(*)::int AS total,
                  count(*) FILTER (WHERE source IS NULL OR source->>'document' NOT IN ($1, $2) OR coalesce(source->>'section', '') = '')::int AS uncited
             FROM "${table}" WHERE ${where}`,
          [YZ_DOC, GX_DOC],
        );
        expect({ table, total: total > 0, uncited }).toEqual({ table, total: true, uncited: 0 });
      }
      const [{ uncited }] = await ds.query(
        `SELECT count(*)::int AS uncited FROM plan, jsonb_array_elements(recruitment_methods) m WHERE coalesce(m->'source'->>'section', '') = ''`,
      );
      expect(uncited).toBe(0);
    });
  });

  describe('demo data', () => {
    it('marks demo rows demo and leaves plan rows real', async () => {
      const [r] = await ds.query(`SELECT
          (SELECT count(*) FROM target WHERE NOT demo)::int AS real_targets,
          (SELECT count(*) FROM contact_log WHERE NOT demo)::int AS real_logs,
          (SELECT count(*) FROM app_user WHERE NOT demo)::int AS real_users,
          (SELECT count(*) FROM firm WHERE demo AND (source IS NOT NULL OR name NOT LIKE '%（演示）'))::int AS bad_demo_firms,
          (SELECT count(*) FROM firm WHERE NOT demo AND source IS NULL)::int AS firms_without_source,
          (SELECT count(*) FROM carrier WHERE demo)::int AS demo_carriers,
          (SELECT count(*) FROM contact_log WHERE summary NOT LIKE '（演示数据）%')::int AS unmarked_logs`);
      expect(r).toEqual({ real_targets: 0, real_logs: 0, real_users: 0, bad_demo_firms: 0, firms_without_source: 0, demo_carriers: 0, unmarked_logs: 0 });
    });

    it('creates a target for every plan-named target firm, owned by a team-1 or team-2 promoter', async () => {
      const rows: { owner: string; n: number }[] = await ds.query(
        `SELECT u.username AS owner, count(*)::int AS n FROM target t JOIN app_user u ON u.id = t.owner_id GROUP BY u.username ORDER BY 1`,
      );
      expect(rows.map((r) => r.owner)).toEqual(['promoter', 'promoter2']);
      expect(rows.reduce((n, r) => n + r.n, 0)).toBe(31 + 7); // 渝中 31, 高新区 7 named targets
      const stages = Object.fromEntries((await ds.query(`SELECT stage, count(*)::int AS n FROM target GROUP BY stage`)).map((r: { stage: string; n: number }) => [r.stage, r.n]));
      expect(Object.keys(stages).sort()).toEqual(['contact', 'landed', 'lead', 'lost', 'paused', 'signed']);
    });

    it('gives each target a stage history from null → lead that ends in its stage, within the last ~120 days', async () => {
      const rows: { id: number; stage: string; entered: Date; history: { from: string | null; to: string; at: string }[] }[] = await ds.query(
        `SELECT t.id, t.stage, t.stage_entered_at AS entered,
                json_agg(json_build_object('from', s.from_stage, 'to', s.to_stage, 'at', s.at) ORDER BY s.at) AS history
           FROM target t JOIN stage_change s ON s.target_id = t.id GROUP BY t.id`,
      );
      expect(rows).toHaveLength(38);
      for (const r of rows) {
        expect(r.history[0]).toMatchObject({ from: null, to: 'lead' });
        for (let i = 1; i < r.history.length; i++) expect(r.history[i].from).toBe(r.history[i - 1].to);
        const last = r.history[r.history.length - 1];
        expect(last.to).toBe(r.stage);
        expect(new Date(last.at).getTime()).toBe(new Date(r.entered).getTime());
        expect(seededAt - new Date(r.history[0].at).getTime()).toBeLessThanOrEqual(121 * 86_400_000);
      }
      const [{ reasonless }] = await ds.query(`SELECT count(*)::int AS reasonless FROM stage_change WHERE to_stage IN ('paused', 'lost') AND reason IS NULL`);
      expect(reasonless).toBe(0);
    });

    it('has contact logs, overdue and upcoming follow-ups, signings and landings', async () => {
      const [r] = await ds.query(`SELECT
          (SELECT count(*) FROM target t WHERE NOT EXISTS (SELECT 1 FROM contact_log c WHERE c.target_id = t.id))::int AS without_logs,
          (SELECT count(*) FROM contact_log)::int AS logs,
          (SELECT count(*) FROM target WHERE next_follow_up_at < now())::int AS overdue,
          (SELECT count(*) FROM target WHERE next_follow_up_at BETWEEN now() AND now() + interval '7 days')::int AS upcoming,
          (SELECT count(*) FROM target WHERE next_follow_up_at IS NOT NULL AND stage NOT IN ('lead', 'contact', 'signed'))::int AS closed_with_follow_up,
          (SELECT count(*) FROM target WHERE stage IN ('signed', 'landed') AND (signed_investment IS NULL OR signed_investment <= 0 OR signed_at IS NULL))::int AS unsigned,
          (SELECT count(*) FROM target t WHERE stage = 'landed' AND NOT EXISTS (SELECT 1 FROM landing l WHERE l.target_id = t.id))::int AS landed_without_landing,
          (SELECT count(*) FROM target WHERE stage = 'landed')::int AS landed`);
      expect(r).toMatchObject({ without_logs: 0, closed_with_follow_up: 0, unsigned: 0, landed_without_landing: 0 });
      expect(r.logs).toBeGreaterThanOrEqual(38 * 2);
      expect(r.overdue).toBeGreaterThanOrEqual(3);
      expect(r.upcoming).toBeGreaterThanOrEqual(3);
      expect(r.landed).toBeGreaterThanOrEqual(3);
    });

    it('lands targets in Yuzhong carriers and takes the area from their demo space', async () => {
      const rows: { name: string; plan: string; available: number; landed: number; notes: string }[] = await ds.query(
        `SELECT c.name, p.code AS plan, c.available_area_m2::float AS available, c.notes,
                (SELECT coalesce(sum(area), 0)::float FROM landing l WHERE l.carrier_id = c.id) AS landed
           FROM carrier c JOIN plan p ON p.id = c.plan_id WHERE c.available_area_m2 IS NOT NULL OR EXISTS (SELECT 1 FROM landing l WHERE l.carrier_id = c.id)`,
      );
      expect(rows.length).toBe(DEMO_CARRIER_SPACE.length);
      for (const r of rows) {
        const demo = DEMO_CARRIER_SPACE.find((d) => d.carrier === r.name)!;
        expect(r.plan).toBe(YZ);
        expect(r.available).toBe(demo.availableAreaM2 - r.landed);
        expect(r.notes).toContain('（演示数据）');
      }
      expect(rows.find((r) => r.name === '通远大厦')!.landed).toBeGreaterThan(0);
    });

    it('covers some chain links with local demo firms but leaves 工业软件 gaps (EDA, 几何建模内核)', async () => {
      const links: { name: string; local: number; live: number }[] = await ds.query(
        `SELECT l.name,
                (SELECT count(*) FROM firm_chain_link fl JOIN firm f ON f.id = fl.firm_id WHERE fl.chain_link_id = l.id AND f.is_local)::int AS local,
                (SELECT count(*) FROM target t WHERE t.chain_link_id = l.id AND t.stage IN ('lead', 'contact', 'signed', 'landed'))::int AS live
           FROM chain_link l JOIN chain c ON c.id = l.chain_id JOIN plan p ON p.id = c.plan_id WHERE p.code = $1 AND c.name = '工业软件'`,
        [YZ],
      );
      const by = new Map(links.map((l) => [l.name, l]));
      expect(by.get('EDA')).toEqual({ name: 'EDA', local: 0, live: 0 });
      expect(by.get('几何建模内核')).toEqual({ name: '几何建模内核', local: 0, live: 0 });
      expect(by.get('CAD')!.local).toBeGreaterThan(0);
      expect(by.get('制造流程模拟软件')!.live).toBe(2); // 山大华天, 欧倍尔
      expect(links.filter((l) => l.local === 0 && l.live === 0).length).toBeGreaterThanOrEqual(5);
    });

    it('makes the chain manager own 工业软件 and 信创 (渝中) and a 高新区 track', async () => {
      const rows = await ds.query(
        `SELECT p.code AS plan, c.name FROM chain_manager m JOIN app_user u ON u.id = m.user_id JOIN chain c ON c.id = m.chain_id JOIN plan p ON p.id = c.plan_id
          WHERE u.username = 'chain' ORDER BY p.code, c.name`,
      );
      expect(rows).toEqual([
        { plan: GX, name: '软件信息' },
        { plan: YZ, name: '信创' },
        { plan: YZ, name: '工业软件' },
      ]);
    });
  });

  it('changes nothing when run again', async () => {
    const before = await fingerprint(ds);
    await seedAll(ds, { demo: true });
    expect(await fingerprint(ds)).toEqual(before);
  });
});

describe('seedPlans alone', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  beforeAll(async () => ({ ds, drop } = await openDb()));
  afterAll(async () => drop());

  it('loads only real data, and twice is the same as once', async () => {
    await seedPlans(ds);
    const once = await fingerprint(ds);
    await seedAll(ds, { demo: false });
    expect(await fingerprint(ds)).toEqual(once);
    const [r] = await ds.query(`SELECT
        (SELECT count(*) FROM target)::int AS targets, (SELECT count(*) FROM app_user)::int AS users,
        (SELECT count(*) FROM firm WHERE demo)::int AS demo_firms, (SELECT count(*) FROM plan)::int AS plans,
        (SELECT count(*) FROM kpi_target)::int AS kpis`);
    // kpis: 渝中 表1 72 + 表2 208 = 280; 高新区 27 yearly figures from its text
    expect(r).toEqual({ targets: 0, users: 0, demo_firms: 0, plans: 2, kpis: 280 + 27 });
  });
});
