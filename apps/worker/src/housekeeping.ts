import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { purgeSessions } from '@crm/auth';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { IdempotencyService } from '@crm/idempotency';
import { HeartbeatService } from '@crm/ops';

export interface HousekeepingResult {
  sessions: number;
  idempotencyKeys: number;
}

/**
 * The hourly `system.housekeeping` job: each table's owner drops its own dead rows (sessions past
 * the token lifetime or revoked, idempotency keys past their 24 h, workers silent for a day), so
 * those tables stay the size of what is live. Idempotent: a second run finds nothing to drop.
 */
@Injectable()
export class Housekeeping {
  private readonly logger = new Logger('Housekeeping');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly idempotency: IdempotencyService,
    private readonly heartbeat: HeartbeatService,
  ) {}

  async run(): Promise<HousekeepingResult> {
    const sessions = await purgeSessions(this.db.manager, this.config.jwt.lifetimeSeconds);
    const idempotencyKeys = await this.idempotency.sweep(this.db.manager);
    await this.heartbeat.prune();
    if (sessions || idempotencyKeys) this.logger.log(`dropped ${sessions} expired sessions, ${idempotencyKeys} expired idempotency keys`);
    return { sessions, idempotencyKeys };
  }
}
