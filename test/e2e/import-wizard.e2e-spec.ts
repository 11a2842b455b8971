import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import type request from 'supertest';
import { startApi, TestApi } from '../support/api';
import { loadCockpitData } from './cockpit.fixture';

// Reference data: cockpit.fixture.ts (chains 链A with 环节A1–A4 and 链B with 环节B1; users admin, cm (manages 链B), p1 「p1名」, p2).
const HEADERS = ['企业名称', '统一社会信用代码', '总部城市', '标签', '产业链', '环节', '招商专员', '预计投资额（万元）', '招商方式', '备注'];

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
const workbook = async (body: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
};

/** What the import wizard needs beyond upload/preview/commit: template lists, GBK CSV, rejected rows, history, links. */
describe('import wizard endpoints', () => {
  let api: TestApi;
  const get = async (user: string, path: string) => api.http.get(path).set('Authorization', `Bearer ${await api.token(user)}`);
  const download = async (user: string, path: string) => {
    const auth = `Bearer ${await api.token(user)}`;
    return api.http.get(path).set('Authorization', auth).buffer(true).parse(binary);
  };
  const upload = async (user: string, body: Buffer, name: string, status = 201) =>
    api.http
      .post('/api/imports')
      .set('Authorization', `Bearer ${await api.token(user)}`)
      .attach('file', body, name)
      .expect(status);

  beforeAll(async () => {
    api = await startApi({}, { ownDatabase: 'empty' });
    await loadCockpitData(api.dbUrl!);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('the template has drop-down lists for 产业链, 环节, 招商方式 and 招商专员 (display names), and an instructions sheet', async () => {
    const res = await download('admin', '/api/imports/template.xlsx');
    const wb = await workbook(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['导入', '填写说明', '产业链与环节', '选项']);
    expect(wb.getWorksheet('选项')!.state).toBe('hidden');
    const data = wb.getWorksheet('导入')!;
    const listOf = (col: string) => (data.getCell(`${col}2`).dataValidation ?? {}) as { type?: string; formulae?: string[] };
    const options = wb.getWorksheet('选项')!;
    const values = (col: number) => (options.getColumn(col).values as unknown[]).slice(2).filter(Boolean);
    expect(listOf('E')).toMatchObject({ type: 'list', formulae: [expect.stringContaining('选项')] });
    expect(listOf('F').type).toBe('list');
    expect(listOf('G').type).toBe('list');
    expect(listOf('I').type).toBe('list');
    expect(data.getCell('E5001').dataValidation?.type).toBe('list');
    expect(values(1)).toEqual(expect.arrayContaining(['链A', '链B']));
    expect(values(4)).toEqual(expect.arrayContaining(['p1名', 'p2名']));
    expect(values(4)).not.toContain('p1');
    expect(String(wb.getWorksheet('填写说明')!.getCell('B8').value)).toContain('下拉');
  });

  it('a GBK CSV with an owner by display name: one bad row; the rejected rows come back as a workbook with 错误原因; commit links to the new firms; history lists it', async () => {
    const csv = [
      HEADERS.join(','),
      '甲企业,,重庆,,链A,环节A1,p1名,100,平台招商,',
      '乙企业,,成都,,链A,环节A2,p2,200,,',
      '丙企业,,北京,,链A,不存在的环节,p1名,很多,,"=1+1"',
    ].join('\r\n');
    const preview = (await upload('admin', iconv.encode(csv, 'gbk'), '名单-GBK.csv')).body;
    expect(preview).toMatchObject({ totalRows: 3, validRows: 2, errorRows: 1 });
    expect(preview.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [4, '环节'],
      [4, '预计投资额（万元）'],
    ]);

    const rejected = await download('admin', `/api/imports/${preview.id}/rejected.xlsx`);
    expect(rejected.headers['content-disposition']).toContain('rejected.xlsx');
    const ws = (await workbook(rejected.body)).worksheets[0];
    expect(ws.rowCount).toBe(2);
    const header = (ws.getRow(1).values as string[]).slice(1);
    expect(header).toEqual([...HEADERS, '下次跟进时间', '错误原因', '原文件行号']);
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe('丙企业');
    expect(row.getCell(6).value).toBe('不存在的环节');
    expect(row.getCell(10).value).toBe('=1+1'); // kept as text, not a formula
    expect(String(row.getCell(12).value)).toMatch(/^环节：.+；预计投资额（万元）：.+/);
    expect(row.getCell(13).value).toBe(4);

    const committed = (
      await api.http
        .post(`/api/imports/${preview.id}/commit`)
        .set('Authorization', `Bearer ${await api.token('admin')}`)
        .expect(200)
    ).body;
    expect(committed).toMatchObject({
      firmsCreated: 2,
      targetsCreated: 2,
      createdFirmIds: [expect.any(Number), expect.any(Number)],
      createdTargetIds: [expect.any(Number), expect.any(Number)],
    });
    const firm = (await get('admin', `/api/firms/${committed.createdFirmIds[0]}`)).body;
    expect(['甲企业', '乙企业']).toContain(firm.name);
    const target = (await get('admin', `/api/targets?filter=${encodeURIComponent(JSON.stringify({ firmId: committed.createdFirmIds }))}`)).body;
    expect(target.map((t: { ownerId: number }) => t.ownerId).sort()).toHaveLength(2);

    const history = await get('admin', '/api/imports');
    expect(history.status).toBe(200);
    expect(history.headers['content-range']).toMatch(/imports \d+-\d+\/\d+/);
    expect(history.body[0]).toMatchObject({
      id: preview.id,
      fileName: '名单-GBK.csv',
      status: 'committed',
      createdByName: expect.any(String),
      totalRows: 3,
      validRows: 2,
      errorRows: 1,
      result: { firmsCreated: 2 },
    });
  });

  it('a chain manager sees only their own imports and cannot read an admin’s rejected rows', async () => {
    const mine = (await upload('cm', Buffer.from(`${HEADERS.join(',')}\n丁企业,,重庆,,链B,环节B1,p1名,1,,\n`, 'utf8'), 'cm.csv')).body;
    const list = (await get('cm', '/api/imports')).body as { id: number }[];
    expect(list.map((b) => b.id)).toEqual([mine.id]);
    const adminBatch = (await get('admin', '/api/imports')).body.find((b: { createdByName: string; id: number }) => b.id !== mine.id);
    expect((await get('cm', `/api/imports/${adminBatch.id}/rejected.xlsx`)).status).toBe(404);
  });
});
