import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { dispatch, JobHandlers, QUEUES } from '@crm/queue';
import { DeliveryService, DigestService, StaleService } from '@crm/reminders';

@Processor(QUEUES.reminders)
export class ReminderProcessor extends WorkerHost implements OnApplicationBootstrap {
  readonly handlers: JobHandlers<'reminders'> = {
    'reminder.deliver': (data) => this.delivery.deliverReminder(data.reminderId),
    'reminder.sweep': () => this.delivery.deliverDue(),
    'reminder.stale': () => this.stale.run(),
    'reminder.digest': () => this.digest.run(),
  };

  constructor(
    private readonly delivery: DeliveryService,
    private readonly stale: StaleService,
    private readonly digest: DigestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = Math.max(1, this.config.reminders.concurrency);
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
