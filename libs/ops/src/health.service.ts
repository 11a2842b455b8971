import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import type { HealthReport } from '@crm/contracts';
import { REDIS } from '@crm/queue';
import { redisRunId } from './redis-run-id';
import { WorkerHeartbeat } from './worker-heartbeat.entity';

export type { HealthReport };

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms))]);

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthReport> {
    const [pg, rd] = await Promise.allSettled([withTimeout(this.db.query('SELECT 1'), 2000), withTimeout(redisRunId(this.redis), 2000)]);
    const postgres = pg.status === 'fulfilled' ? { status: 'up' as const } : { status: 'down' as const, error: String(pg.reason?.message ?? pg.reason) };
    const redis = rd.status === 'fulfilled' ? { status: 'up' as const } : { status: 'down' as const, error: String(rd.reason?.message ?? rd.reason) };
    const workers = pg.status === 'fulfilled' ? await this.workers(rd.status === 'fulfilled' ? rd.value : undefined) : { status: 'none' as const, alive: 0 };
    return { status: postgres.status === 'up' && redis.status === 'up' ? 'ok' : 'down', postgres, redis, workers };
  }

  /** Workers whose heartbeat is younger than three beats count as alive. */
  private async workers(runId: string | undefined): Promise<HealthReport['workers']> {
    const fresh = new Date(Date.now() - this.config.heartbeatSeconds * 3000);
    const beats = await this.db.getRepository(WorkerHeartbeat).find({ order: { beatAt: 'DESC' }, take: 50 });
    const alive = beats.filter((b) => b.beatAt > fresh && b.queuePrefix === this.config.queuePrefix);
    const lastBeatAt = beats[0]?.beatAt.toISOString();
    if (!beats.length) return { status: 'none', alive: 0 };
    if (!alive.length) return { status: 'stale', alive: 0, lastBeatAt };
    const elsewhere = alive.filter((b) => runId && b.redisRunId !== runId);
    if (elsewhere.length) {
      return {
        status: 'other-redis',
        alive: alive.length,
        lastBeatAt,
        detail: `${elsewhere.length} worker(s) use a different Redis than this API: their jobs are not ours`,
      };
    }
    return { status: 'ok', alive: alive.length, lastBeatAt };
  }
}
