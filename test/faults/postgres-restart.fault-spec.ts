import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { parseConfig } from '@crm/config';
import { createDataSource, runMigrations } from '@crm/schema';
import { seedAll } from '@crm/seeding';
import { startApi, type TestApi } from '../support/api';
import { factories } from '../support/factories';
import { ownPostgres, ownRedis, waitUntil } from './services';

/**
 * Postgres restarted while transitions are in flight: the API recovers on its own (no restart)
 * and no half-done transition is visible — each target's stage is the last entry of its history
 * and the history has exactly one entry per version.
 */
describe('Postgres restart under load', () => {
  let pg: Awaited<ReturnType<typeof ownPostgres>>;
  let redis: Awaited<ReturnType<typeof ownRedis>>;
  let api: TestApi;
  let check: DataSource;

  beforeAll(async () => {
    pg = await ownPostgres();
    redis = await ownRedis();
    const env = {
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      NODE_ENV: 'test',
      QUEUE_PREFIX: `fault${process.pid}`,
      JWT_SECRET: 'fault-test-secret-0123456789',
      DATABASE_POOL_SIZE: '5',
    };
    const config = parseConfig(env);
    await runMigrations(config);
    const ds = await createDataSource(config).initialize();
    await seedAll(ds, { demo: true });
    await ds.destroy();
    api = await startApi(env);
    check = await createDataSource(config).initialize();
  }, 180_000);
  afterAll(async () => {
    await check?.destroy().catch(() => undefined);
    await api?.close().catch(() => undefined);
    await redis?.stop();
    await pg?.destroy();
  });

  it('keeps every target consistent with its history and serves again after the restart', async () => {
    const f = factories(check);
    const targets = await Promise.all(Array.from({ length: 8 }, () => f.target({ owner: 'promoter' })));
    const as = await api.as('promoter');
    const statuses: number[] = [];
    let stop = false;
    // contact → paused → contact … : each step needs the current version, read over the API.
    const loop = async (id: number) => {
      while (!stop) {
        const cur = await as.get(`/api/targets/${id}`).ok(() => true);
        if (cur.status !== 200) {
          statuses.push(cur.status);
          await new Promise((r) => setTimeout(r, 100));
          continue;
        }
        const to = cur.body.stage === 'contact' ? 'paused' : 'contact';
        const res = await as
          .post(`/api/targets/${id}/transitions`)
          .send({ to, version: cur.body.version, ...(to === 'paused' ? { reason: '故障演练' } : {}) })
          .ok(() => true);
        statuses.push(res.status);
      }
    };
    const loops = targets.map((t) => loop(t.id));
    await new Promise((r) => setTimeout(r, 2000));
    await pg.stop();
    await new Promise((r) => setTimeout(r, 2000));
    await pg.start();
    const recoveredMs = await waitUntil('the API to answer health again', async () => (await api.http.get('/api/health')).status === 200, 60_000);
    await new Promise((r) => setTimeout(r, 2000));
    stop = true;
    await Promise.all(loops);

    const ok = statuses.filter((s) => s < 300).length;
    expect(ok).toBeGreaterThan(targets.length);
    // after recovery a write goes through without restarting anything
    const [{ version, stage }] = await check.query('SELECT version, stage FROM target WHERE id = $1', [targets[0].id]);
    const to = stage === 'contact' ? 'paused' : 'contact';
    await as
      .post(`/api/targets/${targets[0].id}/transitions`)
      .send({ to, version, ...(to === 'paused' ? { reason: '恢复后' } : {}) })
      .expect(201);

    const rows: { id: number; stage: string; version: number; entries: number; last: string }[] = await check.query(
      `SELECT t.id, t.stage, t.version, count(s.id)::int AS entries,
              (array_agg(s.to_stage ORDER BY s.id DESC))[1] AS last
         FROM target t JOIN stage_change s ON s.target_id = t.id
        WHERE t.id = ANY($1::int[]) GROUP BY t.id`,
      [targets.map((t) => t.id)],
    );
    for (const r of rows) {
      expect(r.last).toBe(r.stage);
      expect(r.entries).toBe(r.version);
    }
    console.log(
      `[faults] postgres restart: ${statuses.length} requests, ${ok} transitions applied, ${statuses.filter((s) => s >= 500).length} failed during the outage, recovered in ${recoveredMs} ms`,
    );
  });
});
