import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { REDIS } from '@crm/queue';
import { redisRunId } from './redis-run-id';
import { WorkerHeartbeat } from './worker-heartbeat.entity';

/** Records that this worker process is alive and which Redis it listens to. Idempotent upsert. */
@Injectable()
export class HeartbeatService {
  readonly workerId = `${hostname()}:${process.pid}`;
  private readonly startedAt = new Date();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async beat(): Promise<void> {
    await this.db.getRepository(WorkerHeartbeat).upsert(
      {
        workerId: this.workerId,
        hostname: hostname(),
        pid: process.pid,
        redisRunId: await redisRunId(this.redis),
        queuePrefix: this.config.queuePrefix,
        startedAt: this.startedAt,
        beatAt: new Date(),
      },
      ['workerId'],
    );
  }

  /** Drops rows of workers silent for a day, so the table stays the size of the fleet. */
  async prune(): Promise<void> {
    await this.db.query(`DELETE FROM worker_heartbeat WHERE beat_at < now() - interval '1 day'`);
  }
}
