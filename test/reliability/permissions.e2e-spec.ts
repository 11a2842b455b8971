import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '@crm/seeding';
import { startApi, type TestApi } from '../support/api';
import { ACTORS, EXPRESS_ROUTES, MATRIX, type Actor, type CellContext, type RouteRule } from './permissions.matrix';
import { buildMatrixFixtures, type MatrixFixtures } from './support/matrix-fixtures';
import { recordSummary } from './support/report';
import { enumerateRoutes, fillPath, type AppRoute } from './support/routes';

const outcome = (status: number): string => (status < 300 ? '2xx' : [401, 403, 404].includes(status) ? String(status) : status < 500 ? '4xx' : String(status));

describe('permissions matrix: every route × every kind of caller', () => {
  let api: TestApi;
  let ds: DataSource;
  let routes: AppRoute[];
  const auth = new Map<Actor, string | undefined>();
  let cells = 0;
  const mismatches: string[] = [];

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}pm` }, { ownDatabase: 'seeded' });
    ds = api.app.get(DataSource);
    routes = enumerateRoutes(api.app);
    auth.set('anonymous', undefined);
    for (const a of ACTORS.filter((x) => x !== 'anonymous')) auth.set(a, `Bearer ${await api.token(a)}`);
  });
  afterAll(async () => {
    await api?.close();
    recordSummary('permissions', { routes: routes?.length ?? 0, actors: ACTORS.length, cells, mismatches });
  });

  const adminGet = async (path: string) => (await api.http.get(path).set('Authorization', auth.get('admin')!).expect(200)).body;

  async function call(route: AppRoute, rule: RouteRule, actor: Actor, c: CellContext): Promise<number> {
    const path = fillPath(route.path, rule.params ? await rule.params(c) : {});
    const m = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete' | 'patch';
    let req = api.http[m](path);
    const header =
      rule.freshSession && actor !== 'anonymous'
        ? `Bearer ${(await api.http.post('/api/auth/login').send({ username: actor, password: DEMO_PASSWORD })).body.accessToken}`
        : auth.get(actor);
    if (header) req = req.set('Authorization', header);
    if (rule.query) req = req.query(rule.query);
    const body = rule.body ? await rule.body(c) : undefined;
    if (body !== undefined) req = req.send(body as object);
    const res = await req.ok(() => true);
    cells++;
    return res.status;
  }

  it('has an expectation for every route the app registers, and none for routes it does not', () => {
    const keys = new Set(routes.map((r) => r.key));
    expect(routes.filter((r) => !MATRIX[r.key]).map((r) => r.key)).toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !keys.has(k))).toEqual([]);
  });

  // One test per route, so each gets its own time limit and failure report: at a load average of
  // 18 the whole matrix took 650 s, past the single test's 10-minute limit, with no mismatch.
  let shared: MatrixFixtures | undefined;
  it.each(Object.keys(MATRIX))("gives each caller the expected answer on %s, for their own and others' records", async (key) => {
    const route = routes.find((r) => r.key === key);
    if (!route) return; // the first test fails for an expectation without a route
    const rule = MATRIX[key];
    shared ??= await buildMatrixFixtures(ds);
    const sides: [string, string][] = rule.all
      ? [['all', rule.all]]
      : [
          ['mine', rule.mine!],
          ['theirs', rule.theirs!],
        ];
    const found: string[] = [];
    for (const [side, expectation] of sides) {
      const expected = expectation.split(/\s+/);
      // Writes get fresh records after every call that may have changed them, so one caller's
      // success cannot change the next one's answer (a refused call changes nothing).
      let fx: MatrixFixtures = rule.writes ? await buildMatrixFixtures(ds) : shared;
      for (const [i, actor] of ACTORS.entries()) {
        const rec = side === 'theirs' ? fx.theirs : fx.mine;
        const got = outcome(await call(route, rule, actor, { fx, rec, adminGet }));
        if (got !== expected[i]) found.push(`${route.key} [${side}] as ${actor}: expected ${expected[i]}, got ${got}`);
        if (rule.writes && got === '2xx' && i < ACTORS.length - 1) fx = await buildMatrixFixtures(ds);
      }
    }
    mismatches.push(...found);
    expect(found).toEqual([]);
  });

  it('guards the routes served outside Nest (bull-board) the same way', async () => {
    const problems: string[] = [];
    for (const [key, expectation] of Object.entries(EXPRESS_ROUTES)) {
      const [, path] = key.split(' ');
      for (const [i, actor] of ACTORS.entries()) {
        let req = api.http.get(path);
        if (auth.get(actor)) req = req.set('Authorization', auth.get(actor)!);
        const got = outcome((await req.ok(() => true)).status);
        cells++;
        if (got !== expectation.split(' ')[i]) problems.push(`${key} as ${actor}: expected ${expectation.split(' ')[i]}, got ${got}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("never lists another team's or another chain's targets and logs", async () => {
    const fx = await buildMatrixFixtures(ds);
    const visible: Record<string, { mine: boolean; theirs: boolean }> = {
      promoter: { mine: true, theirs: false },
      promoter2: { mine: false, theirs: true },
      chain: { mine: true, theirs: false },
      leader: { mine: true, theirs: true },
      admin: { mine: true, theirs: true },
    };
    const problems: string[] = [];
    for (const [actor, want] of Object.entries(visible)) {
      const header = auth.get(actor as Actor)!;
      for (const [path, mineId, theirsId] of [
        ['/api/targets', fx.mine.targetId, fx.theirs.targetId],
        ['/api/contact-logs', fx.mine.logId, fx.theirs.logId],
      ] as const) {
        const filter = JSON.stringify({ id: [mineId, theirsId] });
        const res = await api.http.get(path).query({ filter, range: '[0,999]' }).set('Authorization', header).expect(200);
        const ids = new Set((res.body as { id: number }[]).map((r) => r.id));
        if (ids.has(mineId) !== want.mine) problems.push(`${path} as ${actor}: promoter's record ${want.mine ? 'missing' : 'leaked'}`);
        if (ids.has(theirsId) !== want.theirs) problems.push(`${path} as ${actor}: promoter2's record ${want.theirs ? 'missing' : 'leaked'}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
