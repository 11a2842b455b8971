import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '@crm/seeding';
import { createTestDatabase } from '../support/db';
import { freePort, spawnWorker, waitFor, type WorkerProcess } from '../reminders/support/servers';
import { ensureNginx, startNginx } from './nginx';

const root = join(__dirname, '..', '..');
const SECONDS = Number(process.env.CLUSTER_SECONDS ?? 60);
const RATE = Number(process.env.CLUSTER_RATE ?? 200);
const KILL_AT_S = Math.round(SECONDS / 3);
const MAX_IN_FLIGHT = 200;

interface Outcome {
  at: number;
  ms: number;
  status: number;
  kind: string;
  id?: number;
}

/** One API process (apps/api/src/main.ts, compiled on the fly), ready once it answers on its port. */
function spawnApi(env: Record<string, string>, port: number): { child: ChildProcess; ready: Promise<void>; output: () => string } {
  const child = spawn(process.execPath, ['-r', join(root, 'test/reminders/support/ts-register.cjs'), join(root, 'apps/api/src/main.ts')], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const ready = waitFor(
    `API on :${port}`,
    async () =>
      fetch(`http://127.0.0.1:${port}/api/health`).then(
        () => true,
        () => false,
      ),
    120_000,
    200,
  ).then(() => undefined);
  return { child, ready, output: () => out };
}

const kill = async (child: ChildProcess, signal: NodeJS.Signals) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exited;
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Several processes behind a reverse proxy: two API processes and two workers behind a local
 * nginx, RATE requests/s of mixed reads and writes for SECONDS s; a third of the way in, one API
 * process and one worker are SIGKILLed and started again. Then: every write that got a 2xx is in
 * Postgres; every reminder those writes scheduled is delivered once (never twice, none lost);
 * errors only inside the kill window.
 */
describe('cluster: two APIs and two workers behind nginx, one of each killed under load', () => {
  let dir: string;
  let dropDb: () => Promise<void>;
  let env: Record<string, string>;
  let db: Client;
  const apis: ReturnType<typeof spawnApi>[] = [];
  const workers: WorkerProcess[] = [];
  let nginx: ReturnType<typeof startNginx>;
  let base: string;
  let apiPorts: number[];

  beforeAll(async () => {
    ensureNginx();
    dir = mkdtempSync(join(tmpdir(), 'crm-cluster-'));
    const testDb = await createTestDatabase('seeded');
    dropDb = testDb.drop;
    env = {
      DATABASE_URL: testDb.url,
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}cl`,
      DATABASE_POOL_SIZE: '8',
      LOGIN_MAX_FAILURES: '1000',
      REMINDER_SWEEP_SECONDS: '2',
      HEARTBEAT_SECONDS: '2',
      NODE_ENV: 'test',
    };
    db = new Client({ connectionString: testDb.url });
    await db.connect();
    apiPorts = [await freePort(), await freePort()];
    for (const port of apiPorts) apis.push(spawnApi(env, port));
    for (let i = 0; i < 2; i++) workers.push(spawnWorker(env));
    await Promise.all([...apis.map((a) => a.ready), ...workers.map((w) => w.ready)]);
    const port = await freePort();
    nginx = startNginx(dir, port, apiPorts);
    base = `http://127.0.0.1:${port}`;
    await waitFor(
      'nginx',
      async () =>
        fetch(`${base}/api/health`).then(
          () => true,
          () => false,
        ),
      30_000,
      100,
    );
  }, 300_000);

  afterAll(async () => {
    await nginx?.stop();
    for (const a of apis) await kill(a.child, 'SIGTERM');
    for (const w of workers) await w.kill('SIGTERM');
    await db?.end();
    await dropDb?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it(`${RATE} requests/s for ${SECONDS} s; every 2xx write is stored, every reminder delivered once, errors only while a process is down`, async () => {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'promoter', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const [promoter] = (await db.query(`SELECT id FROM app_user WHERE username = 'promoter'`)).rows;
    // Targets of the promoter to log contacts on (each log schedules a follow-up reminder a few seconds ahead).
    const targets: number[] = (
      await db.query(`SELECT id FROM target WHERE owner_id = $1 AND stage IN ('lead', 'contact', 'signed') ORDER BY id LIMIT 40`, [promoter.id])
    ).rows.map((r) => r.id);
    expect(targets.length).toBeGreaterThan(0);
    const startedAt = new Date();

    const outcomes: Outcome[] = [];
    let inFlight = 0;
    let notSent = 0;
    const t0 = Date.now();
    const kinds = ['list-targets', 'get-firm', 'overview', 'list-firms', 'create-firm', 'contact-log'] as const;
    const send = async (i: number): Promise<void> => {
      const kind = kinds[i % kinds.length];
      const started = Date.now();
      let status = 0;
      let id: number | undefined;
      try {
        let res: Response;
        if (kind === 'list-targets') res = await fetch(`${base}/api/targets?range=[0,9]`, { headers: auth });
        else if (kind === 'get-firm') res = await fetch(`${base}/api/firms/${1 + (i % 20)}`, { headers: auth });
        else if (kind === 'overview') res = await fetch(`${base}/api/cockpit/overview`, { headers: auth });
        else if (kind === 'list-firms') res = await fetch(`${base}/api/firms?range=[0,24]`, { headers: auth });
        else if (kind === 'create-firm')
          res = await fetch(`${base}/api/firms`, { method: 'POST', headers: auth, body: JSON.stringify({ name: `集群测试企业 ${i}` }) });
        else {
          const at = new Date();
          res = await fetch(`${base}/api/contact-logs`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({
              targetId: targets[i % targets.length],
              kind: 'call',
              at: at.toISOString(),
              summary: `集群测试 ${i}`,
              nextFollowUpAt: new Date(at.getTime() + 3000).toISOString(),
            }),
          });
        }
        status = res.status;
        const body = (await res.json().catch(() => null)) as { id?: number } | null;
        if (status < 300 && (kind === 'create-firm' || kind === 'contact-log')) id = body?.id;
      } catch {
        status = 0; // connection error
      }
      outcomes.push({ at: started - t0, ms: Date.now() - started, status, kind, id });
    };

    // The schedule: request i leaves at t0 + i / RATE s (bounded: at most MAX_IN_FLIGHT open, the rest counted as not sent).
    const pending: Promise<void>[] = [];
    let killWindow: { from: number; to: number } | undefined;
    const chaos = (async () => {
      await new Promise((r) => setTimeout(r, KILL_AT_S * 1000));
      const from = Date.now() - t0;
      await kill(apis[0].child, 'SIGKILL');
      await workers[0].kill('SIGKILL');
      apis[0] = spawnApi(env, apiPorts[0]);
      workers[0] = spawnWorker(env);
      await Promise.all([apis[0].ready, workers[0].ready]);
      // nginx retries a failed upstream after fail_timeout (1 s); allow that and a little more.
      killWindow = { from, to: Date.now() - t0 + 3000 };
    })();
    for (let i = 0; i < RATE * SECONDS; i++) {
      const due = t0 + (i * 1000) / RATE;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (inFlight >= MAX_IN_FLIGHT) {
        notSent++;
        continue;
      }
      inFlight++;
      pending.push(send(i).finally(() => inFlight--));
    }
    await Promise.all(pending);
    await chaos;
    const window = killWindow!;

    // Every write answered 2xx is in Postgres.
    const firmIds = outcomes.filter((o) => o.kind === 'create-firm' && o.id).map((o) => o.id!);
    const logIds = outcomes.filter((o) => o.kind === 'contact-log' && o.id).map((o) => o.id!);
    const storedFirms = (await db.query('SELECT count(*)::int AS n FROM firm WHERE id = ANY($1::int[])', [firmIds])).rows[0].n;
    const storedLogs = (await db.query('SELECT count(*)::int AS n FROM contact_log WHERE id = ANY($1::int[])', [logIds])).rows[0].n;

    // Reminders the run scheduled: none left behind once due (lost), none delivered twice.
    await waitFor(
      'every due reminder of the run settled',
      async () =>
        (
          await db.query(`SELECT count(*)::int AS n FROM reminder WHERE created_at >= $1 AND state = 'scheduled' AND due_at < now() - interval '5 seconds'`, [
            startedAt,
          ])
        ).rows[0].n === 0,
      120_000,
      500,
    ).catch(() => undefined);
    const reminders = (
      await db.query(
        `SELECT r.state, count(*)::int AS n, count(*) FILTER (WHERE (SELECT count(*) FROM notification x WHERE x.reminder_id = r.id) > 1)::int AS twice,
                count(*) FILTER (WHERE r.state = 'delivered' AND NOT EXISTS (SELECT 1 FROM notification x WHERE x.reminder_id = r.id))::int AS unseen
           FROM reminder r WHERE r.created_at >= $1 GROUP BY r.state ORDER BY r.state`,
        [startedAt],
      )
    ).rows as { state: string; n: number; twice: number; unseen: number }[];
    const lost = (
      await db.query(`SELECT count(*)::int AS n FROM reminder WHERE created_at >= $1 AND state = 'scheduled' AND due_at < now() - interval '5 seconds'`, [
        startedAt,
      ])
    ).rows[0].n;

    const ok = outcomes.filter((o) => o.status >= 200 && o.status < 300);
    const errors = outcomes.filter((o) => o.status === 0 || o.status >= 500);
    const outside = errors.filter((o) => o.at + o.ms < window.from || o.at > window.to);
    const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
    const byStatus = outcomes.reduce<Record<string, number>>((acc, o) => ((acc[o.status] = (acc[o.status] ?? 0) + 1), acc), {});
    const figures = {
      seconds: SECONDS,
      rate: RATE,
      planned: RATE * SECONDS,
      sent: outcomes.length,
      notSent,
      ok: ok.length,
      byStatus,
      errors: errors.length,
      errorsAt: errors.length ? { firstMs: Math.min(...errors.map((e) => e.at)), lastMs: Math.max(...errors.map((e) => e.at)) } : null,
      killWindowMs: window,
      errorsOutsideWindow: outside.length,
      p50ms: percentile(ms, 50),
      p95ms: percentile(ms, 95),
      p99ms: percentile(ms, 99),
      writes: { firms: firmIds.length, storedFirms, logs: logIds.length, storedLogs },
      reminders,
      lostReminders: lost,
    };
    console.log(`[cluster] ${JSON.stringify(figures)}`);

    expect(storedFirms).toBe(firmIds.length);
    expect(storedLogs).toBe(logIds.length);
    expect(reminders.reduce((a, r) => a + r.twice + r.unseen, 0)).toBe(0);
    expect(lost).toBe(0);
    expect(outside.map((o) => `${o.kind} ${o.status} at ${o.at} ms`)).toEqual([]);
    // Throughput and latency are reported, not asserted: they measure the machine as much as the app.
    expect(ok.length).toBeGreaterThan(0);
  });
});
