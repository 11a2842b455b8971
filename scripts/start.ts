/**
 * `npm start`: finds or starts Postgres and Redis, migrates, seeds the plans and demo data, then
 * runs the API (serving the backoffice) and the worker as child processes until Ctrl-C.
 * Configuration comes from the environment (see README); with none it works on a fresh clone.
 */
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadConfig, setEnv } from '@crm/config';
import { MissingServiceError, providePostgres, provideRedis, Service } from '@crm/devenv';
import { createDataSource, runMigrations } from '@crm/schema';
import { DEMO_PASSWORD, DEMO_USERS, seedAll } from '@crm/seeding';

const root = join(__dirname, '..', '..');
const started: Service[] = [];
const children: ChildProcess[] = [];
let stopping = false;

async function main(): Promise<void> {
  const env = process.env;
  const dataDir = env.DATA_DIR ?? join(root, '.data');
  const pg = await providePostgres({ configuredUrl: env.DATABASE_URL, database: 'zhaoshang_crm', dataDir, persistent: true });
  started.push(pg);
  const redis = await provideRedis({ configuredUrl: env.REDIS_URL, dataDir, persistent: true });
  started.push(redis);
  console.log(`> ${pg.describe}\n> ${redis.describe}`);

  setEnv({ DATABASE_URL: pg.url, REDIS_URL: redis.url, ADMIN_DIST_DIR: env.ADMIN_DIST_DIR ?? join(root, 'apps', 'admin', 'dist') });
  const config = loadConfig();
  const ran = await runMigrations(config);
  console.log(ran.length ? `> migrated: ${ran.length} migration(s)` : '> schema up to date');
  const ds = await createDataSource(config).initialize();
  try {
    await seedAll(ds, { demo: env.SEED_DEMO !== 'false' });
  } finally {
    await ds.destroy();
  }
  console.log('> seeded plans and demo data');

  run('api', join(root, 'dist', 'apps', 'api', 'src', 'main.js'));
  run('worker', join(root, 'dist', 'apps', 'worker', 'src', 'main.js'));
  await waitForHealth(config.port);

  const url = `http://127.0.0.1:${config.port}/`;
  console.log(`
  招商引资 CRM is running / 已启动
    Backoffice 后台:  ${url}
    API:              ${url}api   (OpenAPI: ${url}api/docs)
    Demo logins 演示账号 (password 密码 ${DEMO_PASSWORD}):
${DEMO_USERS.map((u) => `      ${u.username.padEnd(10)} ${u.displayName}`).join('\n')}
  Press Ctrl-C to stop / 按 Ctrl-C 停止
`);
}

function run(name: string, script: string): void {
  // detached: a terminal Ctrl-C reaches only this launcher, which stops api and worker before the services they use
  const child = spawn(process.execPath, ['--enable-source-maps', script], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env, detached: true });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((l) => `[${name}] ${l}`)
      .join('\n') + '\n';
  child.stdout?.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
  child.stderr?.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[${name}] exited (${signal ?? code}); stopping everything`);
    void shutdown(1);
  });
  children.push(child);
}

async function waitForHealth(port: number): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`API did not become healthy on port ${port} within 60 s`);
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((res) => {
          if (c.exitCode !== null) return res();
          const t = setTimeout(() => c.kill('SIGKILL'), 10_000);
          c.once('exit', () => {
            clearTimeout(t);
            res();
          });
          c.kill('SIGTERM');
        }),
    ),
  );
  for (const s of started.reverse()) await s.stop().catch(() => undefined);
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
// Last resort if the launcher dies abruptly: do not leave detached children behind.
process.on('exit', () => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));
process.on('SIGTERM', () => void shutdown(0));

main().catch(async (err) => {
  console.error(err instanceof MissingServiceError ? err.message : err);
  await shutdown(1);
});
