import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { QUEUES } from '@crm/queue';

/**
 * Repeating jobs, declared with BullMQ job schedulers: upserting the same scheduler id from every
 * worker keeps exactly one schedule per cluster however many workers run.
 */
@Injectable()
export class Schedules implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.system) private readonly system: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.system.upsertJobScheduler('heartbeat', { every: this.config.heartbeatSeconds * 1000 }, { name: 'system.heartbeat', data: {} });
  }
}
