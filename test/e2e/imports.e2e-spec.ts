import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as ExcelJS from 'exceljs';
import { Client } from 'pg';
import type request from 'supertest';
import { startApi, TestApi } from '../support/api';
import { CockpitData, loadCockpitData } from './cockpit.fixture';

// Reference data: cockpit.fixture.ts (chains 链A with 环节A1–A4 and 链B with 环节B1; users admin, cm (manages 链B), p1, p2).
const HEADERS = ['企业名称', '统一社会信用代码', '总部城市', '标签', '产业链', '环节', '招商专员', '预计投资额（万元）', '招商方式', '备注'];
/** The template ends with the optional 下次跟进时间 (covered in imports-follow-ups.e2e-spec.ts); files may leave it out. */
const TEMPLATE_HEADERS = [...HEADERS, '下次跟进时间'];
const LINKS = [
  ['链A', '环节A1'],
  ['链A', 'A2'],
  ['a', '环节A3'],
  ['链B', '环节B1'],
]; // names and codes both resolve

/** Data row i (1-based) of the 1,000-row file; Excel row = i + 1. */
function goodRow(i: number): string[] {
  const [chain, link] = LINKS[i % LINKS.length];
  return [
    `导入企业${String(i).padStart(4, '0')}`,
    `91500103${String(i).padStart(10, '0')}`,
    '重庆',
    i % 10 === 0 ? '龙头,上市' : '',
    chain,
    link,
    i % 2 ? 'p1' : 'p2',
    String(100 + i),
    '平台招商',
    `第${i}行`,
  ];
}

/** 1,000 data rows; three are bad: row 101 names an unknown link, row 501 a non-number, row 901 repeats row 5's firm and link. */
async function thousandRowFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导入');
  ws.addRow(HEADERS);
  for (let i = 1; i <= 1000; i++) {
    const r = goodRow(i);
    if (i === 100) r[5] = '不存在的环节';
    if (i === 500) r[7] = '很多';
    if (i === 900) Object.assign(r, goodRow(4), { 1: '' }); // same firm and link as data row 4 (Excel row 5)
    ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('firm/target import over HTTP', () => {
  let api: TestApi;
  let d: CockpitData;
  let pg: Client;
  const count = async (sql: string, params: unknown[] = []) => Number((await pg.query(sql, params)).rows[0].n);
  const upload = async (user: string, body: Buffer, name: string, status = 201) =>
    api.http
      .post('/api/imports')
      .set('Authorization', `Bearer ${await api.token(user)}`)
      .attach('file', body, name)
      .expect(status);

  beforeAll(async () => {
    api = await startApi({}, { ownDatabase: 'empty' });
    d = await loadCockpitData(api.dbUrl!);
    pg = new Client({ connectionString: api.dbUrl! });
    await pg.connect();
  });
  afterAll(async () => {
    await pg?.end(); // before close() drops the database under it
    await api?.close();
  });

  it('1,000 rows with 3 bad: preview reports the 3 by row and reason, commit imports 997; the same file again adds nothing', async () => {
    const file = await thousandRowFile();
    const firmsBefore = await count(`SELECT count(*) AS n FROM firm`);
    const targetsBefore = await count(`SELECT count(*) AS n FROM target`);

    const preview = (await upload('admin', file, '企业名单.xlsx')).body;
    expect(preview).toMatchObject({
      fileName: '企业名单.xlsx',
      status: 'preview',
      totalRows: 1000,
      validRows: 997,
      errorRows: 3,
      willCreate: { firms: 997, targets: 997 },
      existingFirms: 0,
    });
    expect(preview.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [101, '环节', 'unknown'],
      [501, '预计投资额（万元）', 'isNumber'],
      [901, '企业名称', 'duplicate'],
    ]);
    expect(preview.errors[0].reasonZh).toContain('不存在的环节');
    expect(preview.errors[2].reasonZh).toBe('与第 5 行企业和环节重复');
    // nothing written yet
    expect(await count(`SELECT count(*) AS n FROM firm`)).toBe(firmsBefore);

    const admin = await api.as('admin');
    const committed = (await admin.post(`/api/imports/${preview.id}/commit`).expect(200)).body;
    expect(committed).toEqual({
      id: preview.id,
      status: 'committed',
      firmsCreated: 997,
      firmsUpdated: 0,
      targetsCreated: 997,
      targetsExisting: 0,
      createdFirmIds: expect.any(Array),
      createdTargetIds: expect.any(Array),
    });
    expect([committed.createdFirmIds.length, committed.createdTargetIds.length]).toEqual([200, 200]); // the first 200 of each, for links
    expect(await count(`SELECT count(*) AS n FROM firm`)).toBe(firmsBefore + 997);
    expect(await count(`SELECT count(*) AS n FROM target`)).toBe(targetsBefore + 997);
    expect(
      await count(
        `SELECT count(*) AS n FROM stage_change sc JOIN target t ON t.id = sc.target_id JOIN firm f ON f.id = t.firm_id WHERE f.name LIKE '导入企业%' AND sc.from_stage IS NULL AND sc.to_stage = 'lead' AND sc.reason = '批量导入'`,
      ),
    ).toBe(997);
    // row 11 (data row 10): tags 龙头, 上市; 链A / A2 by code; owner p2; 110 万元
    const {
      rows: [t10],
    } = await pg.query(
      `SELECT f.tags, f.credit_code, t.chain_link_id, t.owner_id, t.expected_investment::float AS inv, t.method, t.stage, t.notes FROM target t JOIN firm f ON f.id = t.firm_id WHERE f.name = '导入企业0010'`,
    );
    expect(t10).toEqual({
      tags: ['龙头', '上市'],
      credit_code: '915001030000000010',
      chain_link_id: d.links.A3,
      owner_id: d.users.p2,
      inv: 110,
      method: '平台招商',
      stage: 'lead',
      notes: '第10行',
    });
    // one audit entry for the whole import, by its committer
    const { rows: audit } = await pg.query(`SELECT action, user_id, changes FROM audit_log WHERE entity = 'import_batch' AND entity_id = $1`, [
      String(preview.id),
    ]);
    expect(audit).toEqual([
      { action: 'update', user_id: d.users.admin, changes: expect.objectContaining({ status: ['preview', 'committed'], targetsCreated: [null, 997] }) },
    ]);
    // committing twice is refused
    expect((await admin.post(`/api/imports/${preview.id}/commit`).expect(409)).body.code).toBe('import_committed');

    const again = (await upload('admin', file, '企业名单.xlsx')).body;
    expect(again).toMatchObject({ totalRows: 1000, validRows: 997, errorRows: 3, willCreate: { firms: 0, targets: 0 }, existingFirms: 997 });
    expect((await admin.post(`/api/imports/${again.id}/commit`).expect(200)).body).toMatchObject({
      firmsCreated: 0,
      firmsUpdated: 0,
      targetsCreated: 0,
      targetsExisting: 997,
    });
    expect(await count(`SELECT count(*) AS n FROM firm`)).toBe(firmsBefore + 997);
    expect(await count(`SELECT count(*) AS n FROM target`)).toBe(targetsBefore + 997);
    // the preview can be fetched again by its batch id
    expect((await admin.get(`/api/imports/${again.id}`).expect(200)).body).toMatchObject({ status: 'committed', result: { targetsExisting: 997 } });
  });

  it('CSV: quoted fields, database duplicates, owner problems; a chain manager only into their chains', async () => {
    const csv = [
      '\ufeff企业名称,统一社会信用代码,总部城市,标签,产业链,环节,招商专员,预计投资额（万元）,招商方式,备注',
      '"新企业,有限公司",,上海,专精特新,链B,环节B1,p2,"1,500",基金招商,"多行',
      '备注"',
      '冒名企业,915001030000000010,,,链B,环节B1,p2,,,', // credit code of 导入企业0010
      '无专员企业,,,,链B,环节B1,,,,',
      '幽灵专员企业,,,,链B,环节B1,ghost,,,',
      '甲链企业,,,,链A,环节A4,p1,,,',
      '',
      '纯企业,,杭州,,,,,,,只有企业信息',
    ].join('\r\n');
    const preview = (await upload('cm', Buffer.from(csv, 'utf8'), 'list.csv')).body;
    expect(preview).toMatchObject({ totalRows: 6, validRows: 2, errorRows: 4 });
    expect(preview.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [4, '统一社会信用代码', 'duplicate'],
      [5, '招商专员', 'required'],
      [6, '招商专员', 'unknown'],
      [7, '产业链', 'forbidden'], // cm manages 链B only
    ]);
    expect(preview.sample.map((s: { row: number; name: string }) => [s.row, s.name])).toEqual([
      [2, '新企业,有限公司'],
      [9, '纯企业'],
    ]);
    expect(preview.sample[0]).toMatchObject({ expectedInvestment: 1500, notes: '多行\n备注', chainLinkId: d.links.B1 });
    const done = (await (await api.as('cm')).post(`/api/imports/${preview.id}/commit`).expect(200)).body;
    expect(done).toMatchObject({ firmsCreated: 2, targetsCreated: 1 });
    const {
      rows: [firm],
    } = await pg.query(`SELECT hq_city, profile FROM firm WHERE name = '纯企业'`);
    expect(firm).toEqual({ hq_city: '杭州', profile: '只有企业信息' });
  });

  it('template.xlsx lists the columns, a guide and the chains and links', async () => {
    const res = await (await api.as('admin')).get('/api/imports/template.xlsx').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('企业及招商目标导入模板.xlsx')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['导入', '填写说明', '产业链与环节', '选项']); // 选项: the hidden drop-down lists
    expect((wb.getWorksheet('导入')!.getRow(1).values as unknown[]).slice(1)).toEqual(TEMPLATE_HEADERS);
    expect(wb.getWorksheet('产业链与环节')!.rowCount).toBe(1 + 5);
  });

  it('refuses what it cannot import with 400, other roles with 403, foreign batches with 404', async () => {
    const admin = await api.as('admin');
    expect((await admin.post('/api/imports').expect(400)).body.fields[0].field).toBe('file');
    expect((await upload('admin', Buffer.from('x'), 'list.txt', 400)).body.fields[0].field).toBe('file');
    expect((await upload('admin', Buffer.from('名称,标签\r\nA,B'), 'list.csv', 400)).body.code).toBe('import_header');
    await upload('admin', Buffer.from('not a zip'), 'list.xlsx', 400);
    await upload('p1', Buffer.from('企业名称\r\nA'), 'a.csv', 403);
    await upload('leader', Buffer.from('企业名称\r\nA'), 'a.csv', 403);
    await admin.get('/api/imports/abc').expect(400);
    await admin.get('/api/imports/999999').expect(404);
    await admin.post('/api/imports/999999/commit').expect(404);
    const mine = (await upload('admin', Buffer.from('企业名称\r\nA'), 'a.csv')).body;
    await (await api.as('cm')).get(`/api/imports/${mine.id}`).expect(404);
  });
});
