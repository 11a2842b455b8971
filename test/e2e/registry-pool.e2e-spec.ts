import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import { Client } from 'pg';
import { startApi, type TestApi } from '../support/api';

const HEADERS = ['企业名称', '统一社会信用代码', '法定代表人', '成立日期', '注册资本', '企业类型', '所属行业', '注册地址', '经营范围', '标签'];
const code = (i: number) => `91500103${String(i).padStart(10, '0')}`;
const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Distinct firm i (1..950): even ones carry a credit code, odd ones none (matched by name only). */
function firmRow(i: number, legal = '张三'): string[] {
  return [
    `候选企业${i}科技有限公司`,
    i % 2 === 0 ? code(i) : '',
    legal,
    '2015/4/20',
    i % 7 === 0 ? '500万美元' : `${1000 + i}万元人民币`,
    '有限责任公司',
    i % 3 === 0 ? '软件和信息技术服务业' : '专用设备制造业',
    '重庆市渝中区',
    '工业软件开发；技术服务',
    i % 5 === 0 ? '高新技术企业;专精特新小巨人' : '',
  ];
}

/**
 * 1,000 rows: the 950 firms, then 50 duplicates — 25 repeating an even firm's credit code under
 * another spelling, 25 repeating an odd firm's name as a variant (full-width digits, 股份有限公司,
 * （集团）, spaces).
 */
function registryRows(): string[][] {
  const rows = Array.from({ length: 950 }, (_, i) => firmRow(i + 1));
  for (let k = 0; k < 25; k++) {
    const i = 2 * (k + 1) * 10; // 20, 40, … 500 (even: carry codes)
    rows.push([`候选企业${i}科技股份有限公司`, code(i), '李四', '', '', '', '', '', '', '']);
  }
  const variants = [
    (i: number) => `候选企业${FULL(String(i))}科技有限公司`,
    (i: number) => `候选企业${i}科技（集团）`,
    (i: number) => `候选企业${i} 科技 股份有限公司`,
  ];
  for (let k = 0; k < 25; k++) {
    const i = 2 * k * 10 + 1; // 1, 21, 41, … 481 (odd: no code)
    rows.push([variants[k % 3](i), '', '王五', '', '', '', '', '', '', '']);
  }
  return rows;
}

async function xlsx(headers: string[], rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业列表');
  ws.addRow(headers);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('candidate pool: registry import, duplicates, merge and undo over HTTP', () => {
  let api: TestApi;
  let pg: Client;
  const count = async (sql: string, params: unknown[] = []) => Number((await pg.query(sql, params)).rows[0].n);
  const upload = async (user: string, body: Buffer, name: string, fields: Record<string, string>, status = 200) => {
    let req = api.http.post('/api/registry-imports').set('Authorization', `Bearer ${await api.token(user)}`);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return req.attach('file', body, name).expect(status);
  };

  beforeAll(async () => {
    api = await startApi({}, { ownDatabase: 'seeded' });
    pg = new Client({ connectionString: api.dbUrl! });
    await pg.connect();
  });
  afterAll(async () => {
    await pg?.end(); // before close() drops the database under it
    await api?.close();
  });

  it('1,000 rows with 50 duplicates (by code and by name variants) → 950 firms and a report of the 50; a newer file updates, an older one is stale', async () => {
    const firmsBefore = await count(`SELECT count(*) AS n FROM firm`);
    const file = await xlsx(HEADERS, registryRows());
    const preview = (await upload('admin', file, '企查查导出.xlsx', { source: 'qichacha', exportedOn: '2026-11-30' })).body;
    expect(preview).toMatchObject({ status: 'preview', totalRows: 1000, errorRows: 0, duplicateRows: 50, willCreate: 950, willUpdate: 0, stale: 0 });
    expect(preview.duplicates).toHaveLength(50);
    const byCode = preview.duplicates.filter((d: { duplicateBy: string }) => d.duplicateBy === 'code');
    const byName = preview.duplicates.filter((d: { duplicateBy: string }) => d.duplicateBy === 'name');
    expect([byCode.length, byName.length]).toEqual([25, 25]);
    // Excel row = data row + 1: row 952 repeats firm 20 (Excel row 21) by code; row 977 repeats firm 1 (row 2) by name
    expect(byCode[0]).toEqual({
      row: 952,
      name: '候选企业20科技股份有限公司',
      creditCode: code(20),
      duplicateOf: 21,
      duplicateBy: 'code',
      ofName: '候选企业20科技有限公司',
      ofCreditCode: code(20),
    });
    expect(byName[0]).toMatchObject({ row: 977, name: '候选企业１科技有限公司', duplicateOf: 2, ofName: '候选企业1科技有限公司' });
    expect(byName[1]).toMatchObject({ row: 978, name: '候选企业21科技（集团）', duplicateOf: 22 });
    expect(await count(`SELECT count(*) AS n FROM firm`)).toBe(firmsBefore); // nothing written yet

    const committed = (await (await api.as('admin')).post(`/api/registry-imports/${preview.id}/commit`).expect(200)).body;
    expect(committed.result).toMatchObject({ firmsCreated: 950, firmsUpdated: 0, stale: 0, skipped: 0 });
    expect(await count(`SELECT count(*) AS n FROM firm`)).toBe(firmsBefore + 950);
    const { rows } = await pg.query(
      `SELECT name, full_name, credit_code, legal_representative, to_char(established_on, 'YYYY-MM-DD') AS est, registered_capital::float AS cap,
              registered_capital_text, industry, tags, registry_source, to_char(registry_exported_on, 'YYYY-MM-DD') AS exported
         FROM firm WHERE name IN ('候选企业10科技有限公司', '候选企业7科技有限公司') ORDER BY name`,
    );
    expect(rows).toEqual([
      {
        name: '候选企业10科技有限公司',
        full_name: '候选企业10科技有限公司',
        credit_code: code(10),
        legal_representative: '张三',
        est: '2015-04-20',
        cap: 1010,
        registered_capital_text: null,
        industry: '专用设备制造业',
        tags: ['专精特新', '小巨人', '高新技术企业'],
        registry_source: 'qichacha',
        exported: '2026-11-30',
      },
      expect.objectContaining({ name: '候选企业7科技有限公司', credit_code: null, cap: null, registered_capital_text: '500万美元' }),
    ]);
    // committed twice → 409
    await (await api.as('admin')).post(`/api/registry-imports/${preview.id}/commit`).expect(409);

    // A newer export of the same firms (天眼查 headers, new 法定代表人): updates all 950, creates none.
    const newer = await xlsx(
      ['公司名称', '信用代码', '法人', '成立日期', '注册资本', '公司类型', '行业', '地址', '经营范围', '企业标签'],
      Array.from({ length: 950 }, (_, i) => firmRow(i + 1, '赵六')),
    );
    const p2 = (await upload('admin', newer, '天眼查.xlsx', { source: 'tianyancha', exportedOn: '2026-12-01' })).body;
    expect(p2).toMatchObject({ totalRows: 950, duplicateRows: 0, errorRows: 0, willCreate: 0, willUpdate: 950 });
    const c2 = (await (await api.as('admin')).post(`/api/registry-imports/${p2.id}/commit`).expect(200)).body;
    expect(c2.result).toMatchObject({ firmsCreated: 0, firmsUpdated: 950 });
    expect(await count(`SELECT count(*) AS n FROM firm`)).toBe(firmsBefore + 950);
    expect(await count(`SELECT count(*) AS n FROM firm WHERE legal_representative = '赵六' AND registry_source = 'tianyancha'`)).toBe(950);

    // The first (older) file again: every firm already holds newer data → stale, nothing changes.
    const p3 = (await upload('admin', file, '企查查导出.xlsx', { source: 'qichacha', exportedOn: '2026-11-30' })).body;
    expect(p3).toMatchObject({ willCreate: 0, willUpdate: 0, stale: 950, duplicateRows: 50 });
    await (await api.as('admin')).post(`/api/registry-imports/${p3.id}/commit`).expect(200);
    expect(await count(`SELECT count(*) AS n FROM firm WHERE legal_representative = '赵六'`)).toBe(950);
  });

  it('per-row errors, header aliases, GBK CSV; a registry name matching a seeded firm’s full name updates it', async () => {
    const [{ id: firmId, name }] = (await pg.query(`SELECT id, name FROM firm WHERE name = '第四范式'`)).rows;
    await pg.query(`UPDATE firm SET full_name = '北京第四范式智能技术股份有限公司' WHERE id = $1`, [firmId]);
    const csv = [
      '公司名称,信用代码,法人,成立时间,注册资本,标签',
      '北京第四范式智能技术有限公司,,戴文渊,2014-09-17,"5,000万元",A股上市',
      '坏代码企业,123,,,,',
      '坏日期企业,,,2015-02-30,很多,',
      ',91500103MA5U000009,,,,',
    ].join('\r\n');
    const preview = (await upload('admin', iconv.encode(csv, 'gbk'), '启信宝.csv', { source: 'qixinbao', exportedOn: '2026-11-28' })).body;
    expect(preview).toMatchObject({ totalRows: 4, errorRows: 3, willCreate: 0, willUpdate: 1 });
    expect(preview.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [3, '统一社会信用代码', 'invalid'],
      [4, '成立日期', 'invalid'],
      [4, '注册资本', 'invalid'],
      [5, '企业名称', 'required'],
    ]);
    await (await api.as('admin')).post(`/api/registry-imports/${preview.id}/commit`).expect(200);
    const { rows } = await pg.query(`SELECT name, legal_representative, registered_capital::float AS cap, tags, aliases FROM firm WHERE id = $1`, [firmId]);
    expect(rows[0]).toMatchObject({ name, legal_representative: '戴文渊', cap: 5000, aliases: expect.arrayContaining(['北京第四范式智能技术有限公司']) });
    expect(rows[0].tags).toContain('上市');
  });

  it('bad uploads are 400 naming the field; promoters and leaders may not import', async () => {
    const file = await xlsx(HEADERS, [firmRow(1)]);
    const bad = (await upload('admin', file, 'x.xlsx', { source: 'baidu', exportedOn: '2026-11-30' }, 400)).body;
    expect(JSON.stringify(bad)).toContain('source');
    await upload('admin', file, 'x.xlsx', { source: 'qichacha', exportedOn: '2026-02-30' }, 400);
    await upload('admin', await xlsx(['公司', '法人'], [['x', 'y']]), 'x.xlsx', { source: 'qichacha', exportedOn: '2026-11-30' }, 400);
    await upload('promoter', file, 'x.xlsx', { source: 'qichacha', exportedOn: '2026-11-30' }, 403);
    await upload('leader', file, 'x.xlsx', { source: 'qichacha', exportedOn: '2026-11-30' }, 403);
  });

  it('suspected duplicates list firms whose names normalise alike, not those with two different codes', async () => {
    const admin = await api.as('admin');
    await admin.post('/api/firms').send({ name: '重庆山大华天软件有限公司' }).expect(201);
    await admin.post('/api/firms').send({ name: '重庆山大华天软件（集团）' }).expect(201);
    await admin.post('/api/firms').send({ name: '两码企业有限公司', creditCode: '91500103MA5U0000A1' }).expect(201);
    await admin.post('/api/firms').send({ name: '两码企业', creditCode: '91500103MA5U0000A2' }).expect(201);
    const res = await admin.get('/api/firm-duplicates?range=[0,99]').expect(200);
    const keys = res.body.map((g: { key: string }) => g.key);
    expect(keys).toContain('重庆山大华天软件');
    expect(keys).not.toContain('两码企业');
    await (await api.as('promoter')).get('/api/firm-duplicates').expect(403);
  });

  it('非重复: an admin marks a suspected pair as two firms; it stays out of the report after a re-import; an admin undoes the mark', async () => {
    const admin = await api.as('admin');
    const chain = await api.as('chain');
    const a = (await admin.post('/api/firms').send({ name: '重庆两江数智科技有限公司', creditCode: '91500103MA5U0000B1' }).expect(201)).body;
    const b = (await admin.post('/api/firms').send({ name: '重庆两江数智科技（集团）', hqCity: '重庆' }).expect(201)).body;
    const other = (await admin.post('/api/firms').send({ name: '毫不相干的企业' }).expect(201)).body;
    const key = '重庆两江数智科技';
    const keys = async () => (await admin.get('/api/firm-duplicates?range=[0,999]').expect(200)).body.map((g: { key: string }) => g.key);
    expect(await keys()).toContain(key);
    // chain managers read the report but may not mark; promoters not even read
    expect((await chain.get('/api/firm-duplicates?range=[0,999]').expect(200)).body.map((g: { key: string }) => g.key)).toContain(key);
    await chain
      .post('/api/firm-duplicates/dismissals')
      .send({ firmIds: [a.id, b.id] })
      .expect(403);
    await (await api.as('promoter')).get('/api/firm-duplicates/dismissals').expect(403);
    // bad input → 4xx with a code
    for (const firmIds of [[a.id], [a.id, b.id, other.id], [a.id, 'x'], [a.id, a.id], [0, b.id]])
      expect((await admin.post('/api/firm-duplicates/dismissals').send({ firmIds }).expect(400)).body.code).toBe('validation_failed');
    expect(
      (
        await admin
          .post('/api/firm-duplicates/dismissals')
          .send({ firmIds: [a.id, 2 ** 31 - 1] })
          .expect(404)
      ).body.code,
    ).toBe('not_found');
    expect(
      (
        await admin
          .post('/api/firm-duplicates/dismissals')
          .send({ firmIds: [a.id, other.id] })
          .expect(409)
      ).body.code,
    ).toBe('not_suspected');

    const mark = (
      await admin
        .post('/api/firm-duplicates/dismissals')
        .send({ firmIds: [b.id, a.id] })
        .expect(201)
    ).body;
    expect(mark).toMatchObject({
      firmLowId: a.id,
      firmHighId: b.id,
      firmLowName: a.name,
      firmHighName: b.name,
      state: 'dismissed',
      dismissedByName: expect.any(String),
    });
    expect(Math.abs(Date.parse(mark.dismissedAt) - Date.now())).toBeLessThan(60_000);
    expect(await keys()).not.toContain(key);
    expect(
      (
        await admin
          .post('/api/firm-duplicates/dismissals')
          .send({ firmIds: [a.id, b.id] })
          .expect(409)
      ).body.code,
    ).toBe('already_dismissed');
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE entity = 'duplicate_dismissal' AND entity_id = $1`, [String(mark.id)])).toBe(1);

    // Re-imports update both firms (one by its code; the other, without one, by its exact name among the two): still not reported.
    // (In one file the two rows would be a duplicate of each other by name: the file knows nothing of the mark.)
    for (const row of [
      [a.name, a.creditCode, '张三', '', '', '', '', '', '', ''],
      [b.name, '', '李四', '', '', '', '', '', '', ''],
    ]) {
      const p = (await upload('admin', await xlsx(HEADERS, [row]), '再次导入.xlsx', { source: 'qichacha', exportedOn: '2026-12-02' })).body;
      expect(p).toMatchObject({ errorRows: 0, duplicateRows: 0, willCreate: 0, willUpdate: 1 });
      await admin.post(`/api/registry-imports/${p.id}/commit`).expect(200);
    }
    expect(await count(`SELECT count(*) AS n FROM firm WHERE id = ANY($1) AND registry_source = 'qichacha'`, [[a.id, b.id]])).toBe(2);
    expect(await keys()).not.toContain(key);

    const listed = (await chain.get('/api/firm-duplicates/dismissals?range=[0,99]').expect(200)).body;
    expect(listed[0]).toMatchObject({ id: mark.id, state: 'dismissed' });
    // only an admin undoes; then the pair is suspected again
    await chain.post(`/api/firm-duplicates/dismissals/${mark.id}/undo`).expect(403);
    const undone = (await admin.post(`/api/firm-duplicates/dismissals/${mark.id}/undo`).expect(200)).body;
    expect(undone).toMatchObject({ state: 'undone', undoneByName: expect.any(String) });
    expect(await keys()).toContain(key);
    expect((await admin.post(`/api/firm-duplicates/dismissals/${mark.id}/undo`).expect(409)).body.code).toBe('dismissal_undone');
    await admin.post('/api/firm-duplicates/dismissals/2147483647/undo').expect(404);
  });

  it('a merge of two firms with targets and logs → one firm with every target, log and timeline entry; an admin undoes it exactly', async () => {
    const firm = async (name: string) => (await pg.query(`SELECT * FROM firm WHERE name = $1`, [name])).rows[0];
    const a = await firm('数秦科技');
    const b = await firm('科东软件');
    const targetsOf = async (id: number) => (await pg.query(`SELECT id FROM target WHERE firm_id = $1 ORDER BY id`, [id])).rows.map((r) => r.id as number);
    const logsOf = (id: number) => count(`SELECT count(*) AS n FROM contact_log l JOIN target t ON t.id = l.target_id WHERE t.firm_id = $1`, [id]);
    const [ta, tb] = [await targetsOf(a.id), await targetsOf(b.id)];
    const [la, lb] = [await logsOf(a.id), await logsOf(b.id)];
    expect(ta.length * tb.length * la * lb).toBeGreaterThan(0);
    const admin = await api.as('admin');
    // a contact person and a chain link on the merged firm move too
    await pg.query(`INSERT INTO contact_person (firm_id, name) VALUES ($1, '合并测试联系人')`, [b.id]).catch(async () => undefined);
    const timeline = async (targetId: number) => (await admin.get(`/api/targets/${targetId}/timeline?limit=500`).expect(200)).body;
    const timelinesBefore = await Promise.all([...ta, ...tb].map(timeline));
    const contactsB = await count(`SELECT count(*) AS n FROM contact_person WHERE firm_id = $1`, [b.id]);

    const preview = (await admin.get(`/api/firm-merges/preview?survivorId=${a.id}&mergedId=${b.id}`).expect(200)).body;
    expect(preview.moves.target).toBe(tb.length);
    // merging is an admin's (PRODUCT.md): chain managers and promoters are refused, also the preview
    for (const who of ['promoter', 'chain'])
      await (
        await api.as(who)
      )
        .post('/api/firm-merges')
        .send({ survivorId: a.id, mergedId: b.id, survivorVersion: a.version, mergedVersion: b.version })
        .expect(403);
    await (await api.as('chain')).get(`/api/firm-merges/preview?survivorId=${a.id}&mergedId=${b.id}`).expect(403);
    // stale version → 409
    await admin
      .post('/api/firm-merges')
      .send({ survivorId: a.id, mergedId: b.id, survivorVersion: a.version + 5, mergedVersion: b.version })
      .expect(409);

    const merge = (
      await admin
        .post('/api/firm-merges')
        .send({ survivorId: a.id, mergedId: b.id, survivorVersion: a.version, mergedVersion: b.version, choices: { hqCity: 'merged' } })
        .expect(201)
    ).body;
    expect(merge).toMatchObject({ survivorId: a.id, mergedId: b.id, mergedName: '科东软件', state: 'merged' });
    expect(merge.moved.target).toBe(tb.length);
    expect(await firm('科东软件')).toBeUndefined();
    const merged = await firm('数秦科技');
    expect(merged.aliases).toContain('科东软件');
    expect(merged.hq_city).toBe(b.hq_city);
    expect(await targetsOf(a.id)).toEqual([...ta, ...tb].sort((x, y) => x - y));
    expect(await logsOf(a.id)).toBe(la + lb);
    expect(await count(`SELECT count(*) AS n FROM contact_person WHERE firm_id = $1`, [b.id])).toBe(0);
    // every target's timeline is the same as before the merge
    expect(await Promise.all([...ta, ...tb].map(timeline))).toEqual(timelinesBefore);
    // audited
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE entity = 'firm_merge' AND entity_id = $1`, [String(merge.id)])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE entity = 'firm' AND entity_id = $1 AND action = 'delete'`, [String(b.id)])).toBe(1);

    // only an admin undoes
    await (await api.as('chain')).post(`/api/firm-merges/${merge.id}/undo`).expect(403);
    const undone = (await admin.post(`/api/firm-merges/${merge.id}/undo`).expect(200)).body;
    expect(undone).toMatchObject({ state: 'undone', undoKept: [] });
    const back = await firm('科东软件');
    expect(back).toMatchObject({ id: b.id, name: b.name, hq_city: b.hq_city, credit_code: b.credit_code, version: b.version });
    expect(await firm('数秦科技')).toMatchObject({ aliases: a.aliases, hq_city: a.hq_city, tags: a.tags });
    expect([await targetsOf(a.id), await targetsOf(b.id)]).toEqual([ta, tb]);
    expect([await logsOf(a.id), await logsOf(b.id)]).toEqual([la, lb]);
    expect(await count(`SELECT count(*) AS n FROM contact_person WHERE firm_id = $1`, [b.id])).toBe(contactsB);
    expect(await Promise.all([...ta, ...tb].map(timeline))).toEqual(timelinesBefore);
    await admin.post(`/api/firm-merges/${merge.id}/undo`).expect(409);
  });
});
