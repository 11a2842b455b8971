import type { Redis } from 'ioredis';

/** Redis's run_id identifies one server process; two clients seeing the same id share one Redis. */
export async function redisRunId(redis: Redis): Promise<string> {
  const info = await redis.info('server');
  return /run_id:([0-9a-f]+)/.exec(info)?.[1] ?? 'unknown';
}
