import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '@crm/seeding';
import { startApi, type TestApi } from '../support/api';
import {
  bodyCases,
  deepJson,
  dtoFields,
  isCanonicalId,
  listQuery,
  pathId,
  queryParamKinds,
  queryParamValue,
  tooDeep,
  type BodyCase,
  type QueryParamKind,
} from './support/arbitraries';
import { changedTables, dbFingerprint } from './support/fingerprint';
import { enumerateRoutes, fillPath, type AppRoute } from './support/routes';
import { isClearError, recordSummary } from './support/report';

/**
 * Property-based bad input against every route the app registers: generated bodies for each
 * write, generated ids for each path parameter, generated list parameters for each GET, and
 * misspelt integers / impossible dates for each integer or date query parameter.
 * Invariants: never a 5xx; a refusal is a 4xx naming a `code` or `fields`; a refused request
 * changes no row; a body with an unknown field is never accepted; a path id that is not plain
 * decimal digits (`0x54`, `1e0`, ` 1`, `+1`) is refused, never looked up; a body nested past the
 * limit is a 400 `body_too_deep`; a bad integer or date query parameter is a 400 naming it.
 * FUZZ_RUNS sets the cases per route (npm run fuzz: 5000).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
// Without FUZZ_RUNS, each route also gets a time slice so `npm test` stays within minutes on a busy
// 2-core machine; the summary reports how many cases actually ran.
const BUDGET_MS = process.env.FUZZ_RUNS ? 0 : Number(process.env.FUZZ_BUDGET_MS ?? 90_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

interface Failure {
  route: string;
  problem: string;
}

describe('bad input: generated requests to every route', () => {
  let api: TestApi;
  let ds: DataSource;
  let auth: string;
  let routes: AppRoute[];
  const failures: Failure[] = [];
  let cases = 0;
  let serverError = '';
  /** The database as the last request left it; each request is compared with its predecessor's result. */
  let fingerprint: Record<string, string> = {};
  const timing: Record<string, number> = {};
  const perRoute: Record<string, number> = {};

  beforeAll(async () => {
    // A generous login limit so fuzzing the login route does not lock the admin out.
    api = await startApi({ LOGIN_MAX_FAILURES: '1000000', QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}fz` }, { ownDatabase: 'seeded' });
    ds = api.app.get(DataSource);
    auth = `Bearer ${await api.token('admin')}`;
    const only = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : undefined;
    routes = enumerateRoutes(api.app).filter((r) => !only || only.test(r.key));
    // The app logs a 5xx's stack through Nest's logger; keep the last one to explain a failure.
    api.app.useLogger({
      log: () => undefined,
      warn: () => undefined,
      error: (m: unknown, stack?: unknown) =>
        (serverError = String(stack ?? m)
          .split('\n')
          .slice(0, 4)
          .join(' ')),
    });
    fingerprint = await dbFingerprint(ds);
  });
  afterAll(async () => {
    await api?.close();
    recordSummary('fuzz', {
      runsPerRoute: RUNS,
      budgetMs: BUDGET_MS,
      routes: routes?.length ?? 0,
      cases,
      failures,
      minCasesPerRoute: Math.min(...Object.values(perRoute).map(Number)),
      casesPerRoute: perRoute,
      msPerRoute: timing,
    });
  });

  async function freshToken(): Promise<string> {
    const res = await api.http.post('/api/auth/login').send({ username: 'admin', password: DEMO_PASSWORD });
    if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  }

  /** Sends one request and checks the invariants; returns a problem description or null. */
  async function probe(
    route: AppRoute,
    path: string,
    body: BodyCase | undefined,
    query: Record<string, string | string[]> | undefined,
    dtoChecked: boolean,
    expect400: { why: string; fields?: string[] } | undefined = undefined,
  ): Promise<string | null> {
    cases++;
    serverError = '';
    const before = fingerprint;
    const m = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let req = api.http[m](path).set('Authorization', auth).timeout(30_000);
    if (query) req = req.query(query);
    if (body?.kind === 'raw') req = req.set('Content-Type', body.contentType).send(body.raw);
    else if (body) req = req.set('Content-Type', 'application/json').send(JSON.stringify(body.body) ?? 'null');
    const res = await req.ok(() => true);
    // A generated logout really ends the fuzzer's session (revocable tokens): sign in again for the next case.
    if (route.key === 'POST /api/auth/logout' && res.status < 300) auth = `Bearer ${await freshToken()}`;
    fingerprint = await dbFingerprint(ds);
    const tag = `${route.method} ${path.slice(0, 100)}${query ? ' ?' + JSON.stringify(query).slice(0, 200) : ''} ${body ? JSON.stringify(body).slice(0, 200) : ''}`;
    if (res.status >= 500) return `${res.status} for ${tag}: ${serverError || JSON.stringify(res.body).slice(0, 300)}`;
    // 414/431: Node's HTTP parser refuses an oversized URL or header before the app sees it.
    if (res.status === 414 || res.status === 431) return null;
    if (expect400 && res.status !== 400 && res.status !== 403 && res.status !== 413) return `${res.status} for ${expect400.why} (expected 400): ${tag}`;
    if (expect400?.fields && res.status === 400) {
      const named = ((res.body?.fields ?? []) as { field: string }[]).map((f) => f.field);
      if (!expect400.fields.some((f) => named.includes(f)))
        return `400 without naming ${expect400.fields.join(' or ')} for ${expect400.why}: ${tag} → ${JSON.stringify(res.body).slice(0, 300)}`;
    }
    if (res.status >= 400) {
      if (!isClearError(res.body, res.status)) return `${res.status} without code/fields for ${tag}: ${JSON.stringify(res.body).slice(0, 300)}`;
      const changed = changedTables(before, fingerprint);
      if (changed.length) return `refused with ${res.status} but changed ${changed.map((t) => `${t} ${before[t]}→${fingerprint[t]}`).join(', ')} for ${tag}`;
    } else if (dtoChecked && body?.kind === 'json' && body.hasUnknownField) {
      return `${res.status}: accepted an unknown field for ${tag}`;
    }
    return null;
  }

  /**
   * Runs one route's generated cases (fast-check, reproducible by seed) until the first problem,
   * RUNS cases, or the route's slice of the time budget. The first problem is recorded unshrunk.
   */
  async function check<T>(route: AppRoute, index: number, arb: fc.Arbitrary<T>, run: (value: T) => Promise<string | null>, budgetShare = 1): Promise<void> {
    const started = Date.now();
    const casesBefore = cases;
    const seed = SEED + index;
    const deadline = BUDGET_MS ? started + Math.max(1000 * budgetShare, Math.floor((BUDGET_MS * budgetShare) / routes.length)) : Infinity;
    for (const value of fc.sample(arb, { numRuns: RUNS, seed })) {
      if (Date.now() > deadline) break;
      const problem = await run(value);
      if (problem) {
        failures.push({ route: route.key, problem: `${problem} (FUZZ_SEED=${SEED}, route seed ${seed})` });
        break;
      }
    }
    timing[route.key] = Date.now() - started;
    perRoute[route.key] = cases - casesBefore;
  }

  const ids = (route: AppRoute) => fc.array(pathId, { minLength: route.params.length, maxLength: route.params.length });
  const pathFor = (route: AppRoute, values: string[]) => fillPath(route.path, Object.fromEntries(route.params.map((p, i) => [p, values[i]])));
  /** A path id that is not plain decimal digits must be refused (400, or 403 when the role check comes first), never found. */
  const badIdExpectation = (route: AppRoute, values: string[]) => {
    const bad = route.params.filter((p, i) => !isCanonicalId(values[i]));
    return bad.length ? { why: `path ${bad.join(', ')} = ${bad.map((p) => JSON.stringify(values[route.params.indexOf(p)])).join(', ')}` } : undefined;
  };
  /** Path values every route accepts, so a query parameter's refusal is the one that shows. */
  const GOOD_PATH: Record<string, string> = { id: '1', planId: '1', fundId: '1', year: '2026', stage: 'lead', by: 'chain', kind: 'registered' };
  /** Integer and date parameters read from the raw query by handlers without a query DTO; `filter.x` is a key of the JSON filter. */
  const RAW_QUERY_PARAMS: Record<string, Record<string, QueryParamKind>> = {
    'GET /api/targets/:id/timeline': { before: 'date', limit: 'int' },
    'GET /api/audit-logs': { 'filter.at_gte': 'date', 'filter.at_lte': 'date' },
  };

  it(
    'never answers a write with a 5xx, refuses with a clear 4xx and changes nothing when refusing',
    async () => {
      const writes = routes.filter((r) => r.method !== 'GET');
      expect(writes.length).toBeGreaterThan(0);
      for (const [i, route] of writes.entries()) {
        const arb = fc.tuple(bodyCases(dtoFields(route.bodyType)), ids(route));
        await check(route, i, arb, ([body, values]) => {
          const deep = body?.kind === 'raw' && body.tooDeep ? { why: 'a body nested past the limit' } : undefined;
          return probe(route, pathFor(route, values), body, undefined, !!route.bodyType, badIdExpectation(route, values) ?? deep);
        });
      }
      expect(failures).toEqual([]);
    },
    30 * 60_000,
  );

  it(
    'never answers a read with a 5xx for bad ids and list parameters',
    async () => {
      const reads = routes.filter((r) => r.method === 'GET' && !/docs/.test(r.path));
      for (const [i, route] of reads.entries()) {
        await check(route, 1000 + i, fc.tuple(listQuery, ids(route)), ([q, values]) => {
          const { dup, ...rest } = q;
          const query: Record<string, string | string[]> = { ...rest };
          if (dup) query.range = dup as string[];
          return probe(route, pathFor(route, values), undefined, query, false, badIdExpectation(route, values));
        });
      }
      expect(failures).toEqual([]);
    },
    30 * 60_000,
  );

  /**
   * A route that reads `filter` must refuse one nested past the limit; a route that ignores the
   * parameter (it answers a malformed filter with 2xx as well) may ignore a deep one too.
   */
  async function deepFilterProbe(route: AppRoute, path: string, filter: string): Promise<string | null> {
    const problem = await probe(route, path, undefined, { filter }, false);
    if (problem) return problem;
    const deep = await api.http.get(path).set('Authorization', auth).query({ filter });
    if (deep.status === 400) return null;
    const malformed = await api.http.get(path).set('Authorization', auth).query({ filter: '{' });
    return malformed.status === 400
      ? `${deep.status} for a filter nested past the limit, though the route reads filter: GET ${path} ?filter=${filter.slice(0, 80)}`
      : null;
  }

  it(
    'refuses misspelt integers, impossible dates and too-deep filters in query strings with a 400 naming them',
    async () => {
      const reads = routes.filter((r) => r.method === 'GET' && !/docs/.test(r.path));
      let covered = 0;
      for (const [i, route] of reads.entries()) {
        const kinds = queryParamKinds(route.queryType, RAW_QUERY_PARAMS[route.key]);
        const names = Object.keys(kinds);
        const path = fillPath(route.path, GOOD_PATH);
        // Deep filters for every list route; integer and date parameters where the route has them.
        const deepFilter = fc
          .tuple(
            fc.oneof(fc.integer({ min: 33, max: 64 }), fc.constant(200)),
            tooDeep.map(([, shape]) => shape),
          )
          .map(([depth, shape]) => ({ kind: 'deep' as const, filter: deepJson(depth, shape) }));
        const params = names.length
          ? fc
              .record(Object.fromEntries(names.map((n) => [n, queryParamValue(kinds[n])])), { requiredKeys: [] })
              .map((values) => ({ kind: 'params' as const, values }))
          : undefined;
        if (params) covered++;
        const arb = params ? fc.oneof({ weight: 4, arbitrary: params }, { weight: 1, arbitrary: deepFilter }) : deepFilter;
        await check(
          route,
          2000 + i,
          arb,
          (c) => {
            if (c.kind === 'deep') return deepFilterProbe(route, path, c.filter);
            const query: Record<string, string> = {};
            const filter: Record<string, string> = {};
            for (const [name, v] of Object.entries(c.values)) {
              if (!v) continue;
              if (name.startsWith('filter.')) filter[name.slice(7)] = v.value;
              else query[name] = v.value;
            }
            if (Object.keys(filter).length) query.filter = JSON.stringify(filter);
            const bad = Object.entries(c.values)
              .filter(([, v]) => v?.bad)
              .map(([n]) => n);
            return probe(route, path, undefined, query, false, bad.length ? { why: `bad ${bad.join(', ')}`, fields: bad } : undefined);
          },
          names.length ? 0.5 : 0.1,
        );
      }
      expect(covered).toBeGreaterThanOrEqual(5);
      expect(failures).toEqual([]);
    },
    30 * 60_000,
  );
});
