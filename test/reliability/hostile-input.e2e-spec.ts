import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, type TestApi } from '../support/api';
import { factories } from '../support/factories';
import { changedTables, dbFingerprint } from './support/fingerprint';

type Agent = Awaited<ReturnType<TestApi['as']>>;

/** `{"a":{"a":…1}}` nested `depth` objects deep, built as text (building it as an object would recurse). */
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const deepArray = (depth: number) => '['.repeat(depth) + '"x"' + ']'.repeat(depth);

/**
 * The requests of the hostile-input probe (issue 12) and their neighbours: each is refused with a
 * 4xx that names a code (and the field where there is one), and the database is left as it was.
 */
describe('hostile input: deep bodies, odd path ids, impossible dates', () => {
  let api: TestApi;
  let ds: DataSource;
  let promoter: Agent;
  let admin: Agent;
  let firmId: number;
  let firmVersion: number;
  let targetId: number;

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}hi` }, { ownDatabase: 'seeded' });
    ds = api.app.get(DataSource);
    promoter = await api.as('promoter');
    admin = await api.as('admin');
    const f = factories(ds);
    const target = await f.target({ owner: 'promoter' });
    targetId = target.id;
    firmId = target.firmId;
    firmVersion = (await f.em.query(`SELECT version FROM firm WHERE id = $1`, [firmId]))[0].version;
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Sends the request, expects a 4xx with a code (and `field` named when given), and no row changed. */
  async function refusedUnchanged(send: () => Promise<{ status: number; body: unknown }>, status: number, field?: string) {
    const before = await dbFingerprint(ds);
    const res = await send();
    const body = res.body as { code?: string; fields?: { field: string }[]; messageZh?: string };
    expect({ status: res.status, code: typeof body.code }).toEqual({ status, code: 'string' });
    expect(body.messageZh).toEqual(expect.any(String));
    if (field) expect(body.fields?.map((f) => f.field)).toContain(field);
    expect(changedTables(before, await dbFingerprint(ds))).toEqual([]);
    return body;
  }

  describe('bodies nested deeper than the limit are refused before anything recurses', () => {
    it.each([
      ['an object 3,000 levels deep in source', `{"name":"x","source":${deepObject(3000)}}`],
      ['arrays 5,000 levels deep in aliases', `{"name":"x","aliases":${deepArray(5000)}}`],
      ['33 levels (one past the limit)', `{"name":"x","source":${deepObject(32)}}`],
      ['deep nesting inside an unknown field', `{"name":"x","zzz":${deepArray(100)}}`],
    ])('POST /api/firms with %s → 400 body_too_deep', async (_, raw) => {
      const body = await refusedUnchanged(() => promoter.post('/api/firms').set('Content-Type', 'application/json').send(raw), 400);
      expect(body.code).toBe('body_too_deep');
    });

    it('brackets inside strings do not count as nesting', async () => {
      const res = await promoter.post('/api/firms').send({ name: `[[[{{{${'['.repeat(100)}`, profile: '{'.repeat(5000) });
      expect(res.status).toBe(201);
    });

    it('a body over the size limit → 413 with a code, and nothing changes', async () => {
      const raw = JSON.stringify({ name: 'x', profile: 'x'.repeat(1024 * 1024 + 10) });
      await refusedUnchanged(() => promoter.post('/api/firms').set('Content-Type', 'application/json').send(raw), 413);
    });

    it('a filter nested deeper than the limit in a query string → 400 naming filter', async () => {
      const filter = encodeURIComponent(`{"q":"x","a":${deepObject(200)}}`);
      await refusedUnchanged(() => admin.get(`/api/firms?filter=${filter}`), 400, 'filter');
    });
  });

  describe('path ids are plain decimal integers', () => {
    it.each(['0x54', '1e0', '%201', '+1', '1.0', '01', '0b1', '1%20', '-1', '0', '2147483648', 'Infinity'])(
      'PUT /api/firms/%s → 400 naming id, firm unchanged',
      async (id) => {
        await refusedUnchanged(() => admin.put(`/api/firms/${id}`).send({ version: firmVersion, name: 'renamed by a hex id' }), 400, 'id');
      },
    );

    it.each(['0x1', '1e0', '+1', '%201'])('GET /api/firms/%s → 400 naming id', async (id) => {
      await refusedUnchanged(() => admin.get(`/api/firms/${id}`), 400, 'id');
    });

    it('names the parameter that is wrong (planId)', async () => {
      await refusedUnchanged(() => admin.get('/api/reminder-rules/plans/0x1'), 400, 'planId');
    });

    it('a plain decimal id still works', async () => {
      await admin.get(`/api/firms/${firmId}`).expect(200);
    });
  });

  describe('query parameters: one strict parse for integers and dates', () => {
    it.each([
      ['before', '2026-02-30'],
      ['before', '2026-02-30T10:00:00Z'],
      ['before', '2026-04-31'],
      ['before', '2026-13-01'],
      ['before', '1'],
      ['before', 'Tue Mar 03 2026'],
      ['limit', '0x10'],
      ['limit', '1e1'],
      ['limit', ' 5'],
      ['limit', '+5'],
    ])('timeline ?%s=%s → 400 naming it', async (name, value) => {
      await refusedUnchanged(() => promoter.get(`/api/targets/${targetId}/timeline?${name}=${encodeURIComponent(value)}`), 400, name);
    });

    it('timeline with a real date and a plain limit → 200', async () => {
      await promoter.get(`/api/targets/${targetId}/timeline?before=2026-02-28&limit=5`).expect(200);
      await promoter.get(`/api/targets/${targetId}/timeline?before=${encodeURIComponent('2026-02-28T10:00:00+08:00')}`).expect(200);
    });

    it.each([
      ['at_gte', '2026-02-30'],
      ['at_lte', '2025-02-29T00:00:00Z'],
      ['at_gte', '20260230'],
    ])('audit-logs filter %s: %s → 400 naming filter.%s', async (name, value) => {
      await refusedUnchanged(() => admin.get(`/api/audit-logs?filter=${encodeURIComponent(JSON.stringify({ [name]: value }))}`), 400, `filter.${name}`);
    });

    it('audit-logs with a real date → 200', async () => {
      await admin.get(`/api/audit-logs?filter=${encodeURIComponent(JSON.stringify({ at_gte: '2024-02-29' }))}`).expect(200);
    });

    it.each([
      ['/api/cockpit/kpis?planId=0x1', 'planId'],
      ['/api/cockpit/overview?year=2e3', 'year'],
      ['/api/cockpit/overview?chainId=%201', 'chainId'],
      ['/api/cockpit/overview?from=2026-02-30', 'from'],
      ['/api/firms?filter=' + encodeURIComponent('{"id":["0x54"]}'), 'filter.id'],
      ['/api/firms?filter=' + encodeURIComponent('{"id":"1e0"}'), 'filter.id'],
    ])('GET %s → 400 naming %s', async (url, field) => {
      await refusedUnchanged(() => admin.get(url), 400, field);
    });
  });
});
