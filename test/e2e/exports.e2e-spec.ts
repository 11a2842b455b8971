import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as ExcelJS from 'exceljs';
import { Client } from 'pg';
import type request from 'supertest';
import { startApi, TestApi } from '../support/api';
import { CockpitData, loadCockpitData } from './cockpit.fixture';

// Data set: cockpit.fixture.ts (T1 landed, T2 signed, T3 lost on chain A; T4 lead on chain B; T5 contact on A),
// with T4's expected investment raised to 12000 万元 here so the weekly report has one 亿元 project.

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

/** Sheet rows as arrays of cell values (header first), trailing empties dropped. */
const rows = (ws: ExcelJS.Worksheet): unknown[][] => {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

describe('Excel exports over HTTP', () => {
  let api: TestApi;
  let d: CockpitData;
  const download = async (user: string, path: string) => {
    const res = await (await api.as(user)).get(path).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return { res, wb: await workbook(res.body as Buffer) };
  };

  beforeAll(async () => {
    api = await startApi({}, { ownDatabase: 'empty' });
    d = await loadCockpitData(api.dbUrl!);
    const c = new Client({ connectionString: api.dbUrl! });
    await c.connect();
    await c.query(`UPDATE target SET expected_investment = 12000 WHERE id = $1`, [d.targets.T4]);
    await c.end();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('pipeline.xlsx: every readable target, Chinese file name, Shanghai times', async () => {
    const { res, wb } = await download('leader', '/api/exports/pipeline.xlsx');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="pipeline.xlsx"; filename*=UTF-8''${encodeURIComponent('招商项目清单.xlsx')}`);
    const ws = wb.getWorksheet('招商项目')!;
    const r = rows(ws);
    expect(r[0]).toEqual([
      '编号',
      '企业名称',
      '统一社会信用代码',
      '标签',
      '产业链',
      '环节',
      '阶段',
      '招商专员',
      '招商方式',
      '预计投资额（万元）',
      '签约投资额（万元）',
      '到位资金（万元）',
      '资金到位率',
      '工商注册',
      '入驻/开工',
      '投产/运营',
      '达产',
      '逾期节点',
      '未办结批示',
      '下次跟进',
      '最近活动',
      '进入本阶段',
    ]);
    expect(r.slice(1).map((x) => [x[1], x[6]])).toEqual([
      ['甲龙头科技', '落地'],
      ['乙链主软件', '签约'],
      ['丙数据', '流失'],
      ['丁智能', '线索'],
      ['戊网络', '接洽'],
    ]);
    // T1: no credit code (empty cell), 龙头 tag, chain A / A1, 平台招商, 1000 expected, 1200 signed, entered landed 2026-03-16 00:00 UTC = 08:00 Shanghai
    expect(r[1].slice(1, 11)).toEqual(['甲龙头科技', undefined, '龙头', '链A', '环节A1', '落地', 'p1名', '平台招商', 1000, 1200]);
    expect(r[1][21]).toBe('2026-03-16 08:00');
    // T5's follow-up 2020-01-01 00:00 UTC in Shanghai time
    expect(r[5][19]).toBe('2020-01-01 08:00');
  });

  it('pipeline.xlsx honours scope and filters', async () => {
    const p2 = rows((await download('p2', '/api/exports/pipeline.xlsx')).wb.getWorksheet('招商项目')!);
    expect(p2.slice(1).map((x) => x[1])).toEqual(['丙数据', '丁智能']); // team 二组: T3 T4
    const cm = rows((await download('cm', '/api/exports/pipeline.xlsx')).wb.getWorksheet('招商项目')!);
    expect(cm.slice(1).map((x) => x[1])).toEqual(['丁智能']); // chain B only
    const leads = rows((await download('leader', `/api/exports/pipeline.xlsx?chainId=${d.chainA}&stage=contact`)).wb.getWorksheet('招商项目')!);
    expect(leads.slice(1).map((x) => x[1])).toEqual(['戊网络']);
  });

  it('chains/:id/handbook.xlsx: 链概况, 环节 with action and coverage, 目标企业 with profile and status', async () => {
    const { res, wb } = await download('leader', `/api/exports/chains/${d.chainA}/handbook.xlsx`);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('链A产业链招商手册.xlsx')}`);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['链概况', '环节', '目标企业']);
    const summary = Object.fromEntries(
      rows(wb.getWorksheet('链概况')!)
        .slice(1)
        .map(([k, v]) => [k, v]),
    );
    // One coverage rule (chain-map's linkCoverage): a link in progress (A2) counts as covered, as on the chain map, so 3 of 4 = 75 %
    // (was 2 / 50 % when the cockpit had its own rule); each link shows its level: 已落地 / 在谈 / 本地企业 / 缺口.
    expect(summary).toMatchObject({
      产业链: '链A',
      所属规划: '测试规划',
      环节数: 4,
      已覆盖环节: 3,
      招引中环节: 1,
      仅线索环节: 0,
      缺口环节: 1,
      '覆盖率（%）': 75,
      链主企业: '乙链主软件',
      在谈目标企业数: 2,
      目标企业总数: 4,
    });
    expect(
      rows(wb.getWorksheet('环节')!)
        .slice(1)
        .map((x) => [x[0], x[2], x[3], x[4] ?? '', x[5], x[6] ?? '']),
    ).toEqual([
      ['环节A1', '强链', '已落地', '', 1, ''],
      ['环节A2', '补链', '在谈', '', 0, '乙链主软件（签约）、戊网络（接洽）'],
      ['环节A3', '延链', '本地企业', '己本地企业', 0, ''],
      ['环节A4', '建链', '缺口', '', 0, ''],
    ]);
    const firms = rows(wb.getWorksheet('目标企业')!);
    expect(firms[0].slice(0, 8)).toEqual(['企业名称', '企业全称', '统一社会信用代码', '总部城市', '标签', '企业简介', '环节', '阶段']);
    expect(firms.slice(1).map((x) => [x[0], x[3], x[6], x[7]])).toEqual([
      ['甲龙头科技', '北京', '环节A1', '落地'],
      ['乙链主软件', '北京', '环节A2', '签约'],
      ['戊网络', '北京', '环节A2', '接洽'],
      ['丙数据', '北京', '环节A3', '流失'],
    ]);
  });

  it('handbook: a chain manager gets their chain only; bad ids are 400, unknown 404', async () => {
    const { wb } = await download('cm', `/api/exports/chains/${d.chainB}/handbook.xlsx`);
    expect(
      rows(wb.getWorksheet('目标企业')!)
        .slice(1)
        .map((x) => x[0]),
    ).toEqual(['丁智能']);
    const hidden = await (await api.as('cm')).get(`/api/exports/chains/${d.chainA}/handbook.xlsx`).expect(404);
    expect(hidden.body.code).toBe('not_found');
    await (await api.as('leader')).get('/api/exports/chains/x/handbook.xlsx').expect(400);
    await (await api.as('leader')).get('/api/exports/chains/424242/handbook.xlsx').expect(404);
  });

  it('weekly-report.xlsx: new leads/contacts/signings/landings, 亿元 projects, overdue by owner', async () => {
    // 2026-W12 = Mon 03-16 … Sun 03-22 (Shanghai). T1 landed 03-16 08:00 → 本周新增落地 1, nothing else moved.
    // ≥ 1 亿元 (10000 万元): T4 at 12000. Overdue at the week's end: T5 (due 2020-01-01, p1); T3 is lost.
    const { res, wb } = await download('leader', '/api/exports/weekly-report.xlsx?week=2026-W12');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('招商工作周报2026-W12.xlsx')}`);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '本周新增', '亿元以上项目', '逾期跟进', '签约项目']);
    // After signing (issue 17): T1 (signed 02-14) and T2 (03-11), written without milestones or funds by the fixture:
    // both keep schedule (2/2), none started or producing, 0 of 1200 + 2500 = 3700 万元 arrived.
    expect(rows(wb.getWorksheet('汇总')!).slice(1)).toEqual([
      ['报告周', '2026-W12'],
      ['起止日期', '2026-03-16 至 2026-03-22'],
      ['本周新增线索', 0],
      ['本周新增接洽', 0],
      ['本周新增签约', 0],
      ['本周新增落地', 1],
      ['亿元以上项目', 1],
      ['逾期跟进', 1],
      ['签约项目（累计）', 2],
      ['履约率', '100.0%（2/2）'],
      ['开工率', '0.0%（0/2）'],
      ['投产率', '0.0%（0/2）'],
      ['资金到位率', '0.0%（0/3700 万元）'],
    ]);
    expect(
      rows(wb.getWorksheet('签约项目')!)
        .slice(1)
        .map((x) => x.slice(0, 5)),
    ).toEqual([
      ['甲龙头科技', '链A', '落地', 'p1名', 1200],
      ['乙链主软件', '链A', '签约', 'p1名', 2500],
    ]);
    expect(
      rows(wb.getWorksheet('本周新增')!)
        .slice(1)
        .map((x) => x.slice(0, 6)),
    ).toEqual([['落地', '甲龙头科技', '链A', '环节A1', 'p1名', '2026-03-16 08:00']]);
    expect(rows(wb.getWorksheet('亿元以上项目')!).slice(1)).toEqual([['丁智能', '链B', '线索', 'p2名', 12000]]);
    expect(
      rows(wb.getWorksheet('逾期跟进')!)
        .slice(1)
        .map((x) => x.slice(0, 6)),
    ).toEqual([['p1名', 1, '戊网络', '链A', '接洽', '2020-01-01 08:00']]);

    // 2026-W02 (01-05 … 01-11): T1 lead 01-05 and T2 lead 01-10 → 2 new leads
    const w2 = rows((await download('leader', '/api/exports/weekly-report.xlsx?week=2026-01-07')).wb.getWorksheet('汇总')!);
    expect(w2.slice(1, 4)).toEqual([
      ['报告周', '2026-W02'],
      ['起止日期', '2026-01-05 至 2026-01-11'],
      ['本周新增线索', 2],
    ]);
    // p2's report: T4's 亿元 project yes, nobody's overdue follow-up of team 一组
    const p2 = (await download('p2', '/api/exports/weekly-report.xlsx?week=2026-W12')).wb;
    expect(rows(p2.getWorksheet('逾期跟进')!)).toHaveLength(1);
    expect(rows(p2.getWorksheet('亿元以上项目')!)).toHaveLength(2);
  });

  it('weekly-report refuses a malformed week with 400 JSON; no token is 401', async () => {
    const bad = await (await api.as('leader')).get('/api/exports/weekly-report.xlsx?week=last-week').expect(400);
    expect(bad.body.fields[0].field).toBe('week');
    await (await api.as('leader')).get('/api/exports/pipeline.xlsx?stage=nope').expect(400);
    await api.http.get('/api/exports/pipeline.xlsx').expect(401);
  });
});
