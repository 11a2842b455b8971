import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { parseConfig } from '@crm/config';
import { createDataSource, runMigrations } from '@crm/schema';
import { seedAll } from '@crm/seeding';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { startApi, type TestApi } from '../support/api';
import { factories } from '../support/factories';
import { ownPostgres, ownRedis, waitUntil } from './services';

/**
 * Redis stopped: people's writes (contact logs with follow-ups) still succeed, because Postgres is
 * the source of truth and the queue only schedules. Once Redis is back (empty: it kept nothing),
 * the worker's sweep finds the due follow-up and delivers its reminder exactly once.
 */
describe('Redis stopped while people work', () => {
  let pg: Awaited<ReturnType<typeof ownPostgres>>;
  let redis: Awaited<ReturnType<typeof ownRedis>>;
  let api: TestApi;
  let worker: INestApplicationContext | undefined;
  let check: DataSource;

  beforeAll(async () => {
    pg = await ownPostgres();
    redis = await ownRedis();
    const env = {
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      NODE_ENV: 'test',
      QUEUE_PREFIX: `faultr${process.pid}`,
      JWT_SECRET: 'fault-test-secret-0123456789',
      REMINDER_SWEEP_SECONDS: '1',
      HEARTBEAT_SECONDS: '1',
    };
    const config = parseConfig(env);
    await runMigrations(config);
    const ds = await createDataSource(config).initialize();
    await seedAll(ds, { demo: true });
    await ds.destroy();
    api = await startApi(env);
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    check = await createDataSource(config).initialize();
  }, 180_000);
  afterAll(async () => {
    await check?.destroy().catch(() => undefined);
    await worker?.close().catch(() => undefined);
    await api?.close().catch(() => undefined);
    await redis?.stop();
    await pg?.destroy();
  });

  it('accepts contact logs with follow-ups while Redis is down and delivers the reminder once it is back', async () => {
    const target = await factories(check).target({ owner: 'promoter' });
    const as = await api.as('promoter');
    await redis.stop();

    const dueAt = new Date(Date.now() + 4000);
    const started = Date.now();
    const res = await as
      .post('/api/contact-logs')
      .send({ targetId: target.id, kind: 'call', at: new Date().toISOString(), summary: 'Redis 停机期间的电话', nextFollowUpAt: dueAt.toISOString() });
    expect(res.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(10_000);
    const second = await as.post('/api/contact-logs').send({ targetId: target.id, kind: 'visit', at: new Date().toISOString(), summary: '再次走访' });
    expect(second.status).toBe(201);
    const [{ next }] = await check.query('SELECT next_follow_up_at AS next FROM target WHERE id = $1', [target.id]);
    expect(new Date(next).getTime()).toBe(dueAt.getTime());
    expect((await api.http.get('/api/health')).status).toBe(503);

    await new Promise((r) => setTimeout(r, 5000)); // the follow-up falls due while Redis is still away
    await redis.start();
    const waited = await waitUntil(
      'the due reminder to be delivered',
      async () => (await check.query(`SELECT 1 FROM reminder WHERE target_id = $1 AND kind = 'due' AND state = 'delivered'`, [target.id])).length === 1,
      90_000,
    );
    await new Promise((r) => setTimeout(r, 3000)); // a second sweep must not send it again
    const due = await check.query(`SELECT state FROM reminder WHERE target_id = $1 AND kind = 'due'`, [target.id]);
    expect(due).toEqual([{ state: 'delivered' }]);
    const inbox = await as.get('/api/notifications').expect(200);
    expect((inbox.body as unknown[]).length).toBeGreaterThanOrEqual(1);
    console.log(`[faults] redis stop: writes accepted while down; due reminder delivered ${waited} ms after Redis returned`);
  });
});
