import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { Chain } from '@crm/chain-map';
import { startApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

const HEADERS = ['企业名称', '统一社会信用代码', '总部城市', '标签', '产业链', '环节', '招商专员', '预计投资额（万元）', '招商方式', '备注'];

/** 首报首谈 in the target import: a row another team holds is a per-row error at the preview, not a 409 for the whole commit. */
describe('target import and 首报首谈', () => {
  let api: TestApi;
  let ds: DataSource;
  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  it('rows colliding with another team’s claim (in the database or earlier in the file) are refused per row; the rest commits', async () => {
    const f = factories(ds);
    const linkA = await f.chainLink();
    const linkB = await f.chainLink({ chainId: linkA.chainId });
    const linkC = await f.chainLink({ chainId: linkA.chainId });
    const chain = await ds.getRepository(Chain).findOneByOrFail({ id: linkA.chainId });
    const held = await f.firm();
    await (await api.as('promoter')).post('/api/targets').send({ firmId: held.id, chainLinkId: linkA.id }).expect(201);
    const fresh = `首报导入企业${Date.now()}`;
    const row = (name: string, link: string, owner: string) => [name, '', '', '', chain.name, link, owner, '', '', ''];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('导入');
    ws.addRow(HEADERS);
    ws.addRow(row(held.name, linkB.name, 'promoter2')); // row 2: held by team 1 in the database
    ws.addRow(row(held.name, linkC.name, 'promoter')); // row 3: the holder's own team: fine
    ws.addRow(row(fresh, linkA.name, 'promoter2')); // row 4: first in the file holds the new firm
    ws.addRow(row(fresh, linkB.name, 'promoter')); // row 5: another team, same file → refused
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const preview = (
      await api.http
        .post('/api/imports')
        .set('Authorization', `Bearer ${await api.token('admin')}`)
        .attach('file', file, '首报.xlsx')
        .expect(201)
    ).body;
    expect(preview).toMatchObject({ totalRows: 4, validRows: 2, errorRows: 2 });
    expect(preview.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [2, '招商专员', 'first_claim'],
      [5, '招商专员', 'first_claim'],
    ]);
    expect(preview.errors[0].reasonZh).toMatch(/^已由其他小组跟进（首报 \d{4}-\d{2}-\d{2}），可申请转交或联合跟进$/);
    // names no owner or team of the holder
    const promoter = await f.user('promoter');
    expect(JSON.stringify(preview.errors)).not.toContain(promoter.displayName);
    const committed = (await (await api.as('admin')).post(`/api/imports/${preview.id}/commit`).expect(200)).body;
    expect(committed).toMatchObject({ targetsCreated: 2 });
  });
});
