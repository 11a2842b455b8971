import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Config } from '@jest/types';
import { parseConfig } from '@crm/config';
import { providePostgres, provideRedis, Service } from '@crm/devenv';
import { createDataSource, runMigrations } from '@crm/schema';
import { seedAll } from '@crm/seeding';
import { dbUrl, TEMPLATE_EMPTY, TEMPLATE_SEEDED, workerDb } from './names';

/**
 * Finds (or starts) Postgres and Redis, builds two template databases — migrated, and migrated +
 * seeded — and one database per Jest worker cloned from the seeded one. Variables set here reach
 * the workers, which are forked after this runs.
 */
export default async function globalSetup(config: Config.GlobalConfig): Promise<void> {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-test-'));
  const services: Service[] = [];
  const pg = await providePostgres({ configuredUrl: process.env.TEST_DATABASE_URL, database: 'postgres', dataDir, persistent: false });
  services.push(pg);
  const redis = await provideRedis({ configuredUrl: process.env.TEST_REDIS_URL, dataDir, persistent: false });
  services.push(redis);
  (globalThis as { __crmServices?: Service[] }).__crmServices = services;

  process.env.TEST_RUN_ID = runId;
  process.env.TEST_PG_SERVER = pg.url.replace(/\/[^/]*$/, '');
  process.env.TEST_REDIS_URL_RESOLVED = redis.url;

  const admin = new Client({ connectionString: pg.url });
  await admin.connect();
  try {
    for (const t of [TEMPLATE_EMPTY, TEMPLATE_SEEDED]) await admin.query(`CREATE DATABASE "${t(runId)}"`);
    const emptyConfig = parseConfig({ DATABASE_URL: dbUrl(TEMPLATE_EMPTY(runId)), NODE_ENV: 'test' });
    await runMigrations(emptyConfig);
    const seededConfig = parseConfig({ DATABASE_URL: dbUrl(TEMPLATE_SEEDED(runId)), NODE_ENV: 'test' });
    await runMigrations(seededConfig);
    const ds = await createDataSource(seededConfig).initialize();
    await seedAll(ds, { demo: true });
    await ds.destroy();
    const workers = Math.max(1, config.maxWorkers);
    for (let w = 1; w <= workers; w++) await admin.query(`CREATE DATABASE "${workerDb(runId, w)}" TEMPLATE "${TEMPLATE_SEEDED(runId)}"`);
  } finally {
    await admin.end();
  }
}
