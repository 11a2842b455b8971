/**
 * `npm run bench`: builds a province-size data set in its own database (crm_bench), then measures
 * the hot paths of the real API against the floor (the same SQL behind a bare http + pg server),
 * a no-op BullMQ worker, due reminders and a large import. Prints a table and writes JSON and the
 * EXPLAIN plans under bench-results/. Knobs: BENCH_SCALE (1 = 100k firms), BENCH_SECONDS per path.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { parseConfig } from '@crm/config';
import { freePort, providePostgres, provideRedis, Service } from '@crm/devenv';
import { createDataSource, runMigrations } from '@crm/schema';
import { DEMO_PASSWORD, seedAll } from '@crm/seeding';
import { captureSql, Captured, explainAll } from './capture';
import { generate, fullScale } from './generate';
import { choosePaths, routeExists } from './hot-paths';
import { drive, TIMEOUT_SECONDS } from './load';
import { startChild, waitForHttp, Child } from './processes';
import { measureQueueFloor } from './queue-floor';
import { formatPathTable, PathResult } from './report';
import { searchVariants } from './search-variants';
import { benchReminders } from './reminders';
import { benchImport } from './import';

// The build this file belongs to (dist/ for npm run bench); results go under the working directory.
const dist = resolve(__dirname, '..', '..');
const root = process.cwd();
const env = process.env;
const SCALE = Number(env.BENCH_SCALE ?? 1);
const SECONDS = Number(env.BENCH_SECONDS ?? 5);
const BUDGET_SECONDS = Number(env.BENCH_BUDGET_SECONDS ?? 480);
const CONNECTIONS = 16;
const started: Service[] = [];
const children: Child[] = [];
const t0 = performance.now();
const log = (s: string) => console.log(`[bench ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${s}`);

async function main(): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const results: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    scale: SCALE,
    secondsPerPath: SECONDS,
    connections: CONNECTIONS,
    cpus: cpus().length,
    loadAverageAtStart: loadavg(),
    notes: [] as string[],
  };
  const notes = results.notes as string[];
  const note = (s: string) => {
    notes.push(s);
    log(`note: ${s}`);
  };

  const pg = await providePostgres({ configuredUrl: env.BENCH_DATABASE_URL, database: 'postgres', dataDir: join(root, '.data', 'bench'), persistent: false });
  started.push(pg);
  const redis = await provideRedis({ configuredUrl: env.BENCH_REDIS_URL, dataDir: join(root, '.data', 'bench'), persistent: false });
  started.push(redis);
  const dbName = 'crm_bench';
  const admin = new Client({ connectionString: pg.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const databaseUrl = pg.url.replace(/\/[^/]*$/, `/${dbName}`);
  const prefix = `bench${Date.now().toString(36)}`;
  log(`database ${dbName} on ${pg.describe}; ${redis.describe}; queue prefix ${prefix}`);

  const config = parseConfig({ DATABASE_URL: databaseUrl, REDIS_URL: redis.url, NODE_ENV: 'test' });
  await runMigrations(config);
  const ds = await createDataSource(config).initialize();
  await seedAll(ds, { demo: true });
  await ds.destroy();
  log('migrated and seeded (plans + demo users)');

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  log(`generating data at scale ${SCALE}`);
  const generated = await generate(db, fullScale(SCALE), (s) => log(s));
  results.data = generated;
  if (generated.syntheticChains) note('the seed had no chain links: the bench made 12 synthetic chains of 8 links');
  log(`data: ${JSON.stringify(generated.counts)}`);

  const childEnv = (extra: Record<string, string>): Record<string, string> => ({
    ...(env as Record<string, string>),
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(24).toString('hex'),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: prefix,
    ADMIN_DIST_DIR: join(dist, 'no-admin'),
    LOG_SQL: 'false',
    ...extra,
  });
  const jwtSecret = randomBytes(24).toString('hex');
  const apiScript = join(dist, 'apps', 'api', 'src', 'main.js');

  // 1. Capture the SQL of every path from an API that logs its queries.
  const capturePort = await freePort();
  const captureApi = startChild(apiScript, childEnv({ PORT: String(capturePort), LOG_SQL: 'true', JWT_SECRET: jwtSecret }), 'api (capture)');
  children.push(captureApi);
  const captureBase = `http://127.0.0.1:${capturePort}`;
  await waitForHttp(`${captureBase}/api/health`, captureApi);
  const docsRes = await fetch(`${captureBase}/api/docs-json`);
  const docs = docsRes.ok ? await docsRes.json() : undefined;
  if (!docs) note('no /api/docs-json: every route is tried');
  const tokens: Record<string, string> = {};
  for (const user of ['leader', 'promoter']) tokens[user] = await login(captureBase, user);
  const { paths, notes: pathNotes, picked } = await choosePaths(db, docs);
  pathNotes.forEach(note);
  results.picked = picked;
  log(`picked ${JSON.stringify(picked)}`);
  const pathResults: PathResult[] = [];
  const live = paths.filter((p) => {
    if (routeExists(docs, p.route)) return true;
    pathResults.push({ name: p.name, user: p.user, group: p.group, url: p.url, note: `GET ${p.route} not in /api/docs-json (not built yet)` });
    return false;
  });
  const captured = await captureSql(captureApi, captureBase, live, tokens);
  await captureApi.stop();
  const ok: Captured[] = [];
  for (const c of captured) {
    if (c.status >= 200 && c.status < 300) ok.push(c);
    else pathResults.push({ name: c.path.name, user: c.path.user, group: c.path.group, url: c.path.url, note: `answered ${c.status}` });
  }
  results.capturedSql = ok.map((c) => ({ path: c.path, status: c.status, bytes: c.bytes, statements: c.statements }));
  log(`captured SQL of ${ok.length} path(s)`);

  // 2. EXPLAIN the captured statements, and the firm-search variants.
  const explained = await explainAll(db, ok);
  results.explainSummary = explained.summary;
  const explain = [explained.text, await searchVariants(db, String(picked.rareFragment))].join('\n\n');
  writeFileSync(join(outDir, `explain-${stamp}.txt`), explain);
  writeFileSync(join(outDir, 'explain-latest.txt'), explain);
  log(`EXPLAIN plans written to bench-results/explain-${stamp}.txt`);

  // 3. Drive the API and the floor with the same paths.
  const routes: Record<string, unknown> = {};
  ok.forEach((c, i) => (routes[`/p${i}`] = c.statements));
  const routesFile = join(outDir, `floor-routes-${stamp}.json`);
  writeFileSync(routesFile, JSON.stringify(routes));
  const floorPort = await freePort();
  const floorArgs = [routesFile, String(floorPort), databaseUrl, String(config.database.poolSize)];
  const floorServer = startChild(join(__dirname, 'floor-server.js'), childEnv({}), 'floor', floorArgs);
  children.push(floorServer);
  await waitForHttp(`http://127.0.0.1:${floorPort}/health`, floorServer);
  const apiPort = await freePort();
  const api = startChild(apiScript, childEnv({ PORT: String(apiPort), JWT_SECRET: jwtSecret }), 'api');
  children.push(api);
  const base = `http://127.0.0.1:${apiPort}`;
  await waitForHttp(`${base}/api/health`, api);
  for (const [i, c] of ok.entries()) {
    const headers = { authorization: `Bearer ${tokens[c.path.user]}` };
    // Slow paths get an extra round only while the run is within its budget (BENCH_BUDGET_SECONDS, 480 by default for the load phase's end).
    const extraRound = performance.now() - t0 < BUDGET_SECONDS * 1000;
    const connections = c.path.connections ?? CONNECTIONS;
    const apiFigures = await drive({ url: base + c.path.url, headers, connections, seconds: SECONDS, warmupSeconds: 1, extraRound });
    const floorFigures = await drive({ url: `http://127.0.0.1:${floorPort}/p${i}`, connections, seconds: SECONDS, warmupSeconds: 1, extraRound });
    const r: PathResult = { name: c.path.name, user: c.path.user, group: c.path.group, url: c.path.url, connections, api: apiFigures, floor: floorFigures };
    if (apiFigures.extraRound || floorFigures.extraRound)
      r.note = `under ${connections} answers in ${SECONDS} s: one extra round of ${connections} requests waited for`;
    if (!extraRound && (apiFigures.requests === 0 || floorFigures.requests === 0))
      r.note = `no answer within ${SECONDS} s at ${connections} connections (time budget spent: no extra round)`;
    if (apiFigures.timeouts || floorFigures.timeouts)
      r.note = `${[r.note, `timeouts (> ${TIMEOUT_SECONDS} s): api ${apiFigures.timeouts}, floor ${floorFigures.timeouts}`].filter(Boolean).join('; ')}`;
    if (apiFigures.firstError) r.note = `${r.note ? r.note + '; ' : ''}API non-2xx ${apiFigures.firstError}`;
    if (!c.statements.length) r.note = 'the API ran no SQL for this request (cached?); the floor serves nothing';
    pathResults.push(r);
    log(
      `${c.path.name} (${c.path.user}, ${connections} conn): api p50 ${apiFigures.p50} p95 ${apiFigures.p95} ms ${apiFigures.rps} req/s | floor p50 ${floorFigures.p50} p95 ${floorFigures.p95} ms`,
    );
  }
  await floorServer.stop();
  results.paths = pathResults;

  // 4. Queue floor, reminders and import.
  const queueFloor = await measureQueueFloor(redis.url, `${prefix}noop`, 10_000, config.reminders.concurrency);
  results.queueFloor = queueFloor;
  log(`no-op BullMQ: ${queueFloor.jobsPerSecond} jobs/s (${queueFloor.jobs} jobs, concurrency ${queueFloor.concurrency})`);
  results.reminders = await benchReminders({
    db,
    distDir: dist,
    env: childEnv({ JWT_SECRET: jwtSecret }),
    redisUrl: redis.url,
    prefix,
    children,
    count: 10_000,
    queueFloorRate: queueFloor.jobsPerSecond,
    log,
    note,
  });
  results.import = await benchImport({
    db,
    base,
    token: await login(base, 'admin'),
    api,
    docs,
    rows: Math.round(50_000 * Math.min(1, SCALE * 10)),
    outDir,
    log,
    note,
  });
  await api.stop();
  await db.end();

  results.totalSeconds = Math.round(performance.now() - t0) / 1000;
  results.loadAverageAtEnd = loadavg();
  const table = formatPathTable(pathResults);
  writeFileSync(join(outDir, `bench-${stamp}.json`), JSON.stringify(results, null, 2));
  writeFileSync(join(outDir, 'bench-latest.json'), JSON.stringify(results, null, 2));
  console.log(`\n${table}\n`);
  const slowest = [...explained.summary].sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0)).slice(0, 12);
  console.log(
    `slowest captured statements (EXPLAIN ANALYZE, one run, ms):\n${slowest.map((s) => `  ${String(s.ms).padStart(9)}  ${s.title}: ${s.sql}`).join('\n')}\n`,
  );
  console.log(`queue floor: ${JSON.stringify(results.queueFloor)}`);
  console.log(`reminders:   ${JSON.stringify(results.reminders)}`);
  console.log(`import:      ${JSON.stringify(results.import)}`);
  console.log(
    `load average (1/5/15 min) at start ${fmtLoad(results.loadAverageAtStart)}, at end ${fmtLoad(results.loadAverageAtEnd)} on ${cpus().length} CPUs`,
  );
  console.log(`notes:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
  console.log(`\nbench finished in ${results.totalSeconds} s; results in bench-results/bench-${stamp}.json`);
}

const fmtLoad = (l: unknown) => (l as number[]).map((n) => n.toFixed(1)).join('/');

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function shutdown(code: number): Promise<never> {
  for (const c of children.reverse()) await c.stop().catch(() => undefined);
  for (const s of started.reverse()) await s.stop().catch(() => undefined);
  process.exit(code);
}

main().then(
  () => shutdown(0),
  (err) => {
    console.error(err);
    return shutdown(1);
  },
);
