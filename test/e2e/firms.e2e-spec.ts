import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';
import { factories, Factories, uniq } from '../support/factories';

type Agent = Awaited<ReturnType<TestApi['as']>>;
const q = (filter: object, extra = '') => `/api/firms?filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`;
const ids = (body: { id: number }[]) => body.map((x) => x.id);

/** A valid 统一社会信用代码 shape, unique per call. */
let creditSeq = 0;
const creditCode = () => `91500103${String(Date.now() % 1e8).padStart(8, '0')}${String(++creditSeq).padStart(2, '0')}`.slice(0, 18);

describe('firms over HTTP', () => {
  let api: TestApi;
  let f: Factories;
  let admin: Agent;
  let u: string;
  let linkA: number;
  let linkB: number;
  let chainId: number;

  beforeAll(async () => {
    api = await startApi();
    f = factories(api.app.get(DataSource));
    admin = await api.as('admin');
    u = uniq();
    const a = await f.chainLink();
    chainId = a.chainId;
    linkA = a.id;
    linkB = (await f.chainLink({ chainId })).id;
  });
  afterAll(() => api.close());

  it('finds a firm by any fragment of its name, full name or alias', async () => {
    const firm = (
      await admin
        .post('/api/firms')
        .send({ name: `第四范式${u}`, fullName: `北京第四范式智能技术股份有限公司${u}`, aliases: [`4Paradigm${u}`] })
        .expect(201)
    ).body;
    for (const fragment of ['范式', `范式${u}`, `智能技术股份有限公司${u}`, `paradigm${u}`]) {
      const res = await admin.get(q({ q: fragment }, '&range=[0,999]')).expect(200);
      expect(ids(res.body)).toContain(firm.id);
    }
    expect(ids((await admin.get(q({ q: `不存在的名字${u}` })).expect(200)).body)).toEqual([]);
  });

  it('takes % and _ in a search literally', async () => {
    const pct = (
      await admin
        .post('/api/firms')
        .send({ name: `百分百${u}100%` })
        .expect(201)
    ).body;
    const res = await admin.get(q({ q: '100%' }, '&range=[0,999]')).expect(200);
    expect(ids(res.body)).toContain(pct.id);
    for (const row of res.body) expect(row.name + (row.fullName ?? '') + row.aliases.join(' ')).toContain('100%');
    const underscore = await admin.get(q({ q: `${u}_` })).expect(200);
    expect(underscore.body).toEqual([]);
  });

  it('filters by tag, locality, chain link and chain, and fetches many by id', async () => {
    const local = (
      await admin
        .post('/api/firms')
        .send({ name: `本地链主${u}`, isLocal: true, tags: ['链主', '上市'], chainLinkIds: [linkA] })
        .expect(201)
    ).body;
    const remote = (
      await admin
        .post('/api/firms')
        .send({ name: `外地专精特新${u}`, tags: ['专精特新'], chainLinkIds: [linkB] })
        .expect(201)
    ).body;
    expect(local.chainLinkIds).toEqual([linkA]);

    expect(ids((await admin.get(q({ chainId })).expect(200)).body).sort()).toEqual([local.id, remote.id].sort());
    expect(ids((await admin.get(q({ chainLinkId: linkB })).expect(200)).body)).toEqual([remote.id]);
    expect(ids((await admin.get(q({ chainId, isLocal: true })).expect(200)).body)).toEqual([local.id]);
    expect(ids((await admin.get(q({ chainId, isLocal: 'false' })).expect(200)).body)).toEqual([remote.id]);
    expect(ids((await admin.get(q({ chainId, tag: '链主' })).expect(200)).body)).toEqual([local.id]);
    expect(ids((await admin.get(q({ chainId, tag: ['链主', '专精特新'] })).expect(200)).body).sort()).toEqual([local.id, remote.id].sort());

    const many = await admin.get(q({ id: [remote.id, local.id] })).expect(200);
    expect(ids(many.body).sort()).toEqual([local.id, remote.id].sort());
    expect(many.headers['content-range']).toBe('firms 0-1/2');
  });

  it('pages with Content-Range and refuses bad list parameters with 400', async () => {
    for (let i = 0; i < 3; i++)
      await admin
        .post('/api/firms')
        .send({ name: `分页${u}-${i}` })
        .expect(201);
    const page = await admin.get(q({ q: `分页${u}` }, `&range=[1,2]&sort=${encodeURIComponent('["name","DESC"]')}`)).expect(200);
    expect(page.headers['content-range']).toBe('firms 1-2/3');
    expect(page.body.map((x: { name: string }) => x.name)).toEqual([`分页${u}-1`, `分页${u}-0`]);
    for (const bad of [
      `sort=${encodeURIComponent('["searchText","ASC"]')}`,
      `sort=${encodeURIComponent('["profile","ASC"]')}`,
      'range=[5,1]',
      'filter=notjson',
      `filter=${encodeURIComponent('{"isLocal":"maybe"}')}`,
      `filter=${encodeURIComponent('{"tag":"不存在的标签"}')}`,
      `filter=${encodeURIComponent('{"chainId":"x"}')}`,
    ]) {
      const res = await admin.get(`/api/firms?${bad}`);
      expect([bad, res.status]).toEqual([bad, 400]);
      expect(res.body.fields?.[0]?.messageZh ?? res.body.messageZh).toEqual(expect.any(String));
    }
  });

  it('refuses duplicate names and credit codes with 409 naming the field', async () => {
    const code = creditCode();
    await admin
      .post('/api/firms')
      .send({ name: `重名${u}`, creditCode: code })
      .expect(201);
    const byName = await admin
      .post('/api/firms')
      .send({ name: `重名${u}` })
      .expect(409);
    expect(byName.body.fields).toEqual([expect.objectContaining({ field: 'name', code: 'unique' })]);
    const byCode = await admin
      .post('/api/firms')
      .send({ name: `另一个${u}`, creditCode: code })
      .expect(409);
    expect(byCode.body.fields).toEqual([expect.objectContaining({ field: 'creditCode', code: 'unique' })]);
    const bad = await admin
      .post('/api/firms')
      .send({ name: `坏代码${u}`, creditCode: 'ABC' })
      .expect(400);
    expect(bad.body.fields.map((x: { field: string }) => x.field)).toEqual(['creditCode']);
    // creditCode is optional: two firms without one are fine
    await admin
      .post('/api/firms')
      .send({ name: `无代码甲${u}` })
      .expect(201);
    await admin
      .post('/api/firms')
      .send({ name: `无代码乙${u}`, creditCode: null })
      .expect(201);
    await admin
      .post('/api/firms')
      .send({ name: `坏环节${u}`, chainLinkIds: [2147483000] })
      .expect(400);
  });

  it('counts a search exactly up to 1,000 matches, then answers the page with an unknown total (firms 0-24/*)', async () => {
    const frag = `千家${u}`;
    await api.app.get(DataSource).query(`INSERT INTO firm (name) SELECT $1 || '-' || lpad(g::text, 4, '0') FROM generate_series(1, 1010) g`, [frag]);
    const first = await admin.get(q({ q: frag }, '&range=[0,24]')).expect(200);
    expect(first.headers['content-range']).toBe('firms 0-24/*');
    expect(first.body).toHaveLength(25);
    // Near the end the page's own end lifts the limit, so the count is exact again.
    const last = await admin.get(q({ q: frag }, '&range=[1000,1024]')).expect(200);
    expect(last.headers['content-range']).toBe('firms 1000-1009/1010');
    expect(last.body.map((x: { name: string }) => x.name)[9]).toBe(`${frag}-1010`);
    // A narrower search is counted exactly.
    expect((await admin.get(q({ q: `${frag}-000` }, '&range=[0,24]')).expect(200)).headers['content-range']).toBe('firms 0-8/9');
  });

  it('lets promoters and chain managers write firms, leaders only read, admins delete', async () => {
    const leader = await api.as('leader');
    await leader.get(q({})).expect(200);
    await leader
      .post('/api/firms')
      .send({ name: `领导新增${u}` })
      .expect(403);
    const promoter = await api.as('promoter');
    const made = (
      await promoter
        .post('/api/firms')
        .send({ name: `专员新增${u}`, chainLinkIds: [linkA] })
        .expect(201)
    ).body;
    await leader.put(`/api/firms/${made.id}`).send({ version: made.version, profile: 'x' }).expect(403);
    const chain = await api.as('chain');
    await chain.put(`/api/firms/${made.id}`).send({ version: made.version, profile: '链长办补充' }).expect(200);
    await promoter.delete(`/api/firms/${made.id}`).expect(403);
    await admin.delete(`/api/firms/${made.id}`).expect(200);
    await admin.get(`/api/firms/${made.id}`).expect(404);
    expect((await f.em.query('SELECT count(*)::int AS n FROM firm_chain_link WHERE firm_id = $1', [made.id]))[0].n).toBe(0);
  });

  it('refuses to delete a firm that targets reference (409)', async () => {
    const firm = (
      await admin
        .post('/api/firms')
        .send({ name: `有项目${u}` })
        .expect(201)
    ).body;
    await f.target({ firmId: firm.id, chainLinkId: linkA });
    const res = await admin.delete(`/api/firms/${firm.id}`).expect(409);
    expect(res.body).toMatchObject({ code: 'in_use', messageZh: expect.stringContaining('不能删除') });
    await admin.get(`/api/firms/${firm.id}`).expect(200);
  });

  it('replaces chain links on edit in one transaction and refuses a stale version', async () => {
    const firm = (
      await admin
        .post('/api/firms')
        .send({ name: `改环节${u}`, chainLinkIds: [linkA] })
        .expect(201)
    ).body;
    const edited = (
      await admin
        .put(`/api/firms/${firm.id}`)
        .send({ id: firm.id, version: firm.version, chainLinkIds: [linkB], isLocal: true })
        .expect(200)
    ).body;
    expect(edited).toMatchObject({ chainLinkIds: [linkB], isLocal: true, version: firm.version + 1 });

    const stale = await admin
      .put(`/api/firms/${firm.id}`)
      .send({ version: firm.version, name: `过期${u}`, chainLinkIds: [] })
      .expect(409);
    expect(stale.body.code).toBe('stale_version');
    // a failed link check rolls back the field change too
    await admin
      .put(`/api/firms/${firm.id}`)
      .send({ version: edited.version, profile: '不应保存', chainLinkIds: [linkA, 2147483000] })
      .expect(400);
    const after = (await admin.get(`/api/firms/${firm.id}`).expect(200)).body;
    expect(after).toMatchObject({ name: `改环节${u}`, chainLinkIds: [linkB], version: edited.version, profile: null });
    expect(after.searchText).toBeUndefined();
    // the audit trail names who changed what, including the link set written by raw SQL
    const audit: { action: string; changes: Record<string, unknown>; user_id: number }[] = await f.em.query(
      `SELECT action, changes, user_id FROM audit_log WHERE entity = 'firm' AND entity_id = $1 ORDER BY id`,
      [String(firm.id)],
    );
    // insert, its first link set, then the edit's field change and link change; nothing from the refused edits
    expect(audit.map((a) => a.action)).toEqual(['insert', 'update', 'update', 'update']);
    expect(audit.slice(1).map((a) => a.changes)).toEqual([{ chainLinkIds: [[], [linkA]] }, { isLocal: [false, true] }, { chainLinkIds: [[linkA], [linkB]] }]);
    expect(new Set(audit.map((a) => a.user_id)).size).toBe(1);
    // fields the resource does not accept (read-only columns) are refused by name, not ignored
    const extra = await admin.put(`/api/firms/${firm.id}`).send({ version: after.version, demo: true }).expect(400);
    expect(extra.body.fields.map((x: { field: string }) => x.field)).toEqual(['demo']);
    await admin
      .put(`/api/firms/${firm.id}`)
      .send({ id: firm.id + 1, version: after.version, profile: 'x' })
      .expect(400);
  });
});
