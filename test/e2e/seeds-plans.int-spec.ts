/**
 * seedPlans against a fresh database, checked against the two source documents
 * (shared/sources/000_f18aed3529aafc2a.txt 渝中区科创服务业三年行动计划, 003_37b9bdb21d22be9d.txt
 * 重庆高新区“十四五”高技术服务业发展规划). The expected values are copied from the documents, not
 * from seeds/, so a slip in the extracted data fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { seedAll, seedPlans } from '@crm/seeding';
import { fingerprint, GX, GX_DOC, openEmptyDb, uncitedRows, YZ, YZ_DOC, yuzhongTargetFirms } from './seeds-db';

const kpi = (ds: DataSource, plan: string, metric: string, chain: string | null): Promise<{ year: number; value: number; unit: string }[]> =>
  ds.query(
    `SELECT k.year, k.value::float AS value, k.unit FROM kpi_target k JOIN plan p ON p.id = k.plan_id LEFT JOIN chain c ON c.id = k.chain_id
      WHERE p.code = $1 AND k.metric = $2 AND ${chain === null ? 'k.chain_id IS NULL' : 'c.name = $3'} ORDER BY k.year`,
    chain === null ? [plan, metric] : [plan, metric, chain],
  );
const byYear = (rows: { year: number; value: number }[]) => rows.map((r) => [r.year, r.value]);
const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('seedPlans on a fresh database', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ ds, drop } = await openEmptyDb());
    await seedPlans(ds);
  });
  afterAll(async () => drop());

  it('loads both plans side by side', async () => {
    expect(await ds.query(`SELECT code, region, document, start_year, end_year FROM plan ORDER BY code`)).toEqual([
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
    expect(byYear(await kpi(ds, YZ, '总产值', null))).toEqual([
      [2024, 600],
      [2025, 730],
      [2026, 860],
      [2027, 1000],
    ]);
    expect((await kpi(ds, YZ, '总产值', null))[0].unit).toBe('亿元');
    expect(byYear(await kpi(ds, YZ, '企业数量', null))).toEqual([
      [2024, 5580],
      [2025, 6050],
      [2026, 6520],
      [2027, 7000],
    ]);
    expect(byYear(await kpi(ds, YZ, '从业人员数量', null))).toEqual([
      [2024, 8.7],
      [2025, 9.1],
      [2026, 9.6],
      [2027, 10],
    ]);
    expect(byYear(await kpi(ds, YZ, '增加值占GDP比重', null))).toEqual([
      [2024, 9.8],
      [2025, 11.5],
      [2026, 13.2],
      [2027, 15],
    ]);
    expect(byYear(await kpi(ds, YZ, '龙头企业数量', null))).toEqual([
      [2024, 70],
      [2025, 80],
      [2026, 90],
      [2027, 100],
    ]);
    expect(byYear(await kpi(ds, YZ, '基金投资金额', null))).toEqual([
      [2024, 5.9],
      [2025, 7],
      [2026, 8.4],
      [2027, 10],
    ]);
  });

  it('Yuzhong 表2: 13 sub-sectors × 4 metrics × 4 years', async () => {
    const [{ rows, chains, metrics }] = await ds.query(
      `SELECT count(*)::int AS rows, count(DISTINCT chain_id)::int AS chains, count(DISTINCT metric)::int AS metrics
         FROM kpi_target k JOIN plan p ON p.id = k.plan_id WHERE p.code = $1 AND chain_id IS NOT NULL`,
      [YZ],
    );
    expect([rows, chains, metrics]).toEqual([208, 13, 4]);
    const v = async (metric: string, chain: string) => (await kpi(ds, YZ, metric, chain)).map((r) => r.value);
    expect((await kpi(ds, YZ, '企业总数', '工业软件')).find((r) => r.year === 2026)?.value).toBe(232);
    expect(await v('企业总数', '工业软件')).toEqual([178, 205, 232, 260]);
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
    expect(names(directions)).toEqual([
      '工业软件',
      '信息技术服务',
      '数字内容',
      '工业设计',
      '区块链',
      '信创',
      '工程技术服务业',
      '其他科研服务业',
      '高成长性产业',
    ]);
    const links = await ds.query(
      `SELECT l.name FROM chain_link l JOIN chain c ON c.id = l.chain_id JOIN plan p ON p.id = c.plan_id WHERE p.code = $1 AND c.name = '工业软件'`,
      [YZ],
    );
    expect(names(links)).toEqual(expect.arrayContaining(['CAD', 'CAE', 'CAT', 'EDA', 'MES', '几何建模内核', '制造流程模拟软件']));
    const [{ action }] = await ds.query(`SELECT c.action FROM chain c JOIN plan p ON p.id = c.plan_id WHERE p.code = $1 AND c.name = '工业软件'`, [YZ]);
    expect(action).toBe('强链'); // 专栏2 工业软件强链
  });

  it('Yuzhong: all 31 named target firms, not local, on a link of their chain', async () => {
    const rows: { firm: string; chain: string; is_local: boolean; demo: boolean; section: string }[] = await ds.query(
      `SELECT DISTINCT f.name AS firm, c.name AS chain, f.is_local, f.demo, f.source->>'section' AS section
         FROM firm f JOIN firm_chain_link fl ON fl.firm_id = f.id JOIN chain_link l ON l.id = fl.chain_link_id
         JOIN chain c ON c.id = l.chain_id JOIN plan p ON p.id = c.plan_id
        WHERE p.code = $1 AND c.name <> '高成长性产业'`, // 专栏2 also files 高成长性 firms under that umbrella
      [YZ],
    );
    expect(rows.map(({ firm, chain }) => ({ firm, chain })).sort((a, b) => a.firm.localeCompare(b.firm))).toEqual(yuzhongTargetFirms());
    for (const r of rows) {
      expect([r.is_local, r.demo]).toEqual([false, false]);
      expect(r.section).toMatch(r.firm === '万里开源' ? /^专栏8/ : /^专栏2/);
    }
  });

  it('Yuzhong: carriers and recruitment methods', async () => {
    const carriers = await ds.query(`SELECT c.name FROM carrier c JOIN plan p ON p.id = c.plan_id WHERE p.code = $1`, [YZ]);
    expect(names(carriers)).toEqual(
      expect.arrayContaining([
        '重庆数字经济产业园',
        '通远大厦',
        '信创大厦',
        '总部城A区4号楼',
        '挑花厂数字文创产业园',
        '重庆数字电影产业园',
        '黄花园现代服务业产业园',
      ]),
    );
    const [{ methods }] = await ds.query(`SELECT recruitment_methods AS methods FROM plan WHERE code = $1`, [YZ]);
    expect(names(methods)).toEqual(expect.arrayContaining(['平台招商', '生态招商', '基金招商', '以商招商']));
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
    expect(by.get('大科学装置集聚区A片区')).toMatchObject({ type: 'platform', total_area: 3052, area_unit: '亩', total_area_m2: null, output: null }); // 表2
    expect(by.get('科学谷前沿科技孵化片区')).toMatchObject({ total_area: 888, area_unit: '亩', output: 80 }); // 表2
    expect(by.get('智慧芯城')).toMatchObject({ type: 'platform', total_area: 300, area_unit: '亩', output: 30 }); // 表3
    expect(by.get('国家质检基地')).toMatchObject({ total_area: 1011, area_unit: '亩', output: 90 }); // 表4
    expect(by.get('虎溪山村文创基地')).toMatchObject({ total_area: 3000, area_unit: '亩', output: null }); // 表5
    expect(by.get('科技金融街')).toMatchObject({ total_area: 2400, area_unit: '亩' }); // 占地2400亩的科技金融街板块
    expect(rows.filter((r) => r.total_area !== null).every((r) => r.area_unit === '亩' && r.total_area_m2 === null)).toBe(true);
    const [{ methods }] = await ds.query(`SELECT recruitment_methods AS methods FROM plan WHERE code = $1`, [GX]);
    expect(names(methods)).toEqual(expect.arrayContaining(['产业链招商', '基金+技术团队招商', '专业中介招商', '云上签约']));
    expect(await ds.query(`SELECT is_local, demo FROM firm WHERE name = '重庆车辆检测研究院'`)).toEqual([{ is_local: true, demo: false }]);
  });

  it('every plan record cites its document and section', async () => {
    for (const table of ['chain', 'chain_link', 'kpi_target', 'carrier', 'firm']) {
      const r = await uncitedRows(ds, table);
      expect({ table, any: r.total > 0, uncited: r.uncited }).toEqual({ table, any: true, uncited: 0 });
    }
    const [{ uncited }] = await ds.query(
      `SELECT count(*)::int AS uncited FROM plan, jsonb_array_elements(recruitment_methods) m WHERE m->'source'->>'document' <> plan.document OR coalesce(m->'source'->>'section', '') = ''`,
    );
    expect(uncited).toBe(0);
  });

  it('loads no demo data, and running again (also via seedAll without demo) changes nothing', async () => {
    const once = await fingerprint(ds);
    await seedPlans(ds);
    await seedAll(ds, { demo: false });
    expect(await fingerprint(ds)).toEqual(once);
    const [r] = await ds.query(`SELECT
        (SELECT count(*) FROM target)::int AS targets, (SELECT count(*) FROM app_user)::int AS users,
        (SELECT count(*) FROM firm WHERE demo)::int AS demo_firms, (SELECT count(*) FROM kpi_target)::int AS kpis`);
    // kpis: 渝中 表1 72 + 表2 208 = 280; 高新区 27 figures stated in its text (one year each)
    expect(r).toEqual({ targets: 0, users: 0, demo_firms: 0, kpis: 280 + 27 });
  });

  it('brings rows nobody edited up to the seed files, and leaves rows edited in the app alone', async () => {
    const total2027 = `FROM kpi_target k JOIN plan p ON p.id = k.plan_id WHERE p.code = '${YZ}' AND k.metric = '总产值' AND k.year = 2027 AND k.chain_id IS NULL`;
    const eda = `FROM chain_link l JOIN chain c ON c.id = l.chain_id WHERE c.name = '工业软件' AND l.name = 'EDA'`;
    // an older seed left a wrong figure (version untouched); a chain manager marked EDA 补链 (version bumped)
    await ds.query(`UPDATE kpi_target SET value = 999 WHERE id = (SELECT k.id ${total2027})`);
    await ds.query(`UPDATE chain_link SET action = '补链', version = version + 1 WHERE id = (SELECT l.id ${eda})`);
    await seedPlans(ds);
    expect(await ds.query(`SELECT k.value::float AS value, k.version ${total2027}`)).toEqual([{ value: 1000, version: 1 }]);
    expect(await ds.query(`SELECT l.action, l.version ${eda}`)).toEqual([{ action: '补链', version: 2 }]);
  });
});
