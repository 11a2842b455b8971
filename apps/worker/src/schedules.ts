import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { QUEUES } from '@crm/queue';
import { dailyCron, ReminderRulesService } from '@crm/reminders';
import { TIME_ZONE } from '@crm/time';

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
    await this.system.upsertJobScheduler(
      'housekeeping',
      { every: this.config.housekeepingSeconds * 1000 },
      { name: 'system.housekeeping', data: {}, opts: { removeOnComplete: 10, removeOnFail: 10 } },
    );
  }
}

/**
 * The reminders' repeating jobs: the sweep (every REMINDER_SWEEP_SECONDS), stale grading (every
 * REMINDER_STALE_SECONDS) and the daily digest (the defaults rule's time, Asia/Shanghai). Schedulers
 * live in Redis, so a watchdog re-creates any that a Redis flush or restart took away.
 */
@Injectable()
export class ReminderSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReminderSchedules');
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectQueue(QUEUES.reminders) private readonly reminders: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rules: ReminderRulesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensure(true);
    this.timer = setInterval(
      () => void this.ensure(false).catch((e: Error) => this.logger.warn(`scheduler check failed: ${e.message}`)),
      this.config.reminders.sweepSeconds * 1000,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Upserts every scheduler at start; afterwards those missing (a flushed Redis) or changed (a new digest time). */
  private async ensure(all: boolean): Promise<void> {
    const digestTime = (await this.rules.defaults()).digestTime;
    const wanted: [string, Parameters<Queue['upsertJobScheduler']>[1], 'reminder.sweep' | 'reminder.stale' | 'reminder.digest'][] = [
      ['reminder-sweep', { every: this.config.reminders.sweepSeconds * 1000 }, 'reminder.sweep'],
      ['reminder-stale', { every: this.config.reminders.staleSeconds * 1000 }, 'reminder.stale'],
      ['reminder-digest', { pattern: dailyCron(digestTime), tz: TIME_ZONE }, 'reminder.digest'],
    ];
    for (const [id, repeat, name] of wanted) {
      const current = all ? undefined : await this.reminders.getJobScheduler(id);
      const same = current && Number(current.every ?? 0) === Number(repeat?.every ?? 0) && (current.pattern ?? null) === (repeat?.pattern ?? null);
      if (!same) {
        await this.reminders.upsertJobScheduler(id, repeat, { name, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } });
      }
    }
  }
}
