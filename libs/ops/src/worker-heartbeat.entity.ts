import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per worker process, written by its heartbeat job. The API compares `redisRunId` with
 * its own Redis: a worker listening to a different Redis is visible in /api/health at once.
 */
@Entity('worker_heartbeat')
export class WorkerHeartbeat {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  workerId: string;

  @Column({ type: 'varchar', length: 200 })
  hostname: string;

  @Column({ type: 'int' })
  pid: number;

  @Column({ type: 'varchar', length: 64 })
  redisRunId: string;

  @Column({ type: 'varchar', length: 100 })
  queuePrefix: string;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz' })
  beatAt: Date;
}
