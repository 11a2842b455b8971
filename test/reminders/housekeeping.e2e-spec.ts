import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';
import { spawnWorker, startRedis, waitFor, WorkerProcess } from './support/servers';

/**
 * The worker's `system.housekeeping` job (every HOUSEKEEPING_SECONDS) drops the rows nobody can use
 * any more — sessions revoked or past the token lifetime, idempotency keys past 24 h — and keeps
 * every live one: the signed-in user stays signed in and a fresh key still replays its answer.
 */
describe('housekeeping: expired sessions and idempotency keys are dropped by the worker, live ones kept', () => {
  let api: TestApi;
  let db: DataSource;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let worker: WorkerProcess | undefined;
  const env: Record<string, string> = {};

  beforeAll(async () => {
    redis = await startRedis();
    Object.assign(env, {
      REDIS_URL: redis.url,
      QUEUE_PREFIX: 'housekeeping',
      DATABASE_POOL_SIZE: '5',
      HOUSEKEEPING_SECONDS: '1',
      JWT_EXPIRES_IN: '8h',
    });
    api = await startApi(env, { ownDatabase: 'seeded' });
    // The worker processes it spawns share the app's database.
    env.DATABASE_URL = api.dbUrl!;
    db = api.app.get(DataSource);
  }, 60_000);

  afterAll(async () => {
    await worker?.kill('SIGTERM');
    await api?.close();
    await redis?.stop();
  }, 60_000);

  const login = async (username: string): Promise<string> =>
    (await api.http.post('/api/auth/login').send({ username, password: 'Demo@2025' }).expect(200)).body.accessToken;
  const sessionCount = async (where: string, params: unknown[] = []): Promise<number> =>
    Number((await db.query(`SELECT count(*)::int AS n FROM auth_session WHERE ${where}`, params))[0].n);

  it('drops revoked and outlived sessions and day-old keys; the live session and a fresh key survive', async () => {
    const live = await login('promoter');
    const signedOut = await login('promoter');
    await api.http
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${signedOut}`)
      .expect((r) => expect(r.status).toBeLessThan(300));
    const outlived = await login('promoter');

    // Age the rows as time would: the sign-out two days ago, the third login 8 h + 2 days ago.
    const [{ id: promoterId }] = await db.query(`SELECT id FROM app_user WHERE username = 'promoter'`);
    const ids: { id: string }[] = await db.query(`SELECT id FROM auth_session WHERE user_id = $1 ORDER BY id`, [promoterId]);
    const [liveId, revokedId, outlivedId] = ids.slice(-3).map((r) => Number(r.id));
    await db.query(`UPDATE auth_session SET revoked_at = now() - interval '2 days' WHERE id = $1`, [revokedId]);
    await db.query(`UPDATE auth_session SET created_at = now() - interval '58 hours' WHERE id = $1`, [outlivedId]);
    // An idempotency key from yesterday and one from a minute ago (same user).
    const key = (k: string, age: string) =>
      db.query(
        `INSERT INTO idempotency_key (user_id, key, scope, request_hash, status, response, created_at)
         VALUES ($1, $2, 'test', repeat('0', 64), 201, '{}', now() - $3::interval)`,
        [promoterId, k, age],
      );
    await key('hk-old', '25 hours');
    await key('hk-fresh', '1 minute');

    worker = spawnWorker(env);
    await worker.ready;
    await waitFor(
      'housekeeping dropped the revoked and the outlived session',
      async () => (await sessionCount('id = ANY($1)', [[revokedId, outlivedId]])) === 0 || undefined,
      30_000,
    );
    await waitFor(
      'housekeeping dropped the day-old key',
      async () => Number((await db.query(`SELECT count(*)::int AS n FROM idempotency_key WHERE key = 'hk-old'`))[0].n) === 0 || undefined,
      30_000,
    );

    expect(await sessionCount('id = $1', [liveId])).toBe(1);
    expect(Number((await db.query(`SELECT count(*)::int AS n FROM idempotency_key WHERE key = 'hk-fresh'`))[0].n)).toBe(1);
    await api.http.get('/api/auth/me').set('Authorization', `Bearer ${live}`).expect(200);
    // A dropped session's token is refused (in real time the outlived one's token has expired by then).
    for (const token of [signedOut, outlived]) await api.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
  }, 120_000);
});
