import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { QUEUES } from '@crm/queue';

export interface ScheduledReminder {
  id: number;
  dueAt: Date;
}

const PENDING = 'reminderJobs';

/** The deterministic BullMQ job id of a reminder (BullMQ refuses ':' in custom ids). */
export const reminderJobId = (reminderId: number, suffix?: string): string => `reminder-${reminderId}${suffix ? `-${suffix}` : ''}`;

/**
 * Puts reminders on the queue as delayed jobs carrying only the id. Jobs for reminders written
 * inside a transaction are added after it commits (a TypeORM subscriber), so a worker never looks
 * for a row that is not there yet, and a rolled-back change schedules nothing. Enqueueing is best
 * effort: if Redis is away, the sweep finds the rows in Postgres.
 */
@Injectable()
export class ReminderQueue implements EntitySubscriberInterface {
  private readonly logger = new Logger('ReminderQueue');

  constructor(
    @InjectQueue(QUEUES.reminders) private readonly queue: Queue,
    @InjectDataSource() ds: DataSource,
  ) {
    ds.subscribers.push(this);
  }

  /** Schedules after the transaction `em` belongs to commits (at once when there is none). */
  afterCommit(em: EntityManager, reminders: ScheduledReminder[]): void {
    if (!reminders.length) return;
    const qr = em.queryRunner;
    if (qr?.isTransactionActive) ((qr.data[PENDING] ??= []) as ScheduledReminder[]).push(...reminders);
    else this.fireAndForget(reminders);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const qr = event.queryRunner;
    if (qr.isTransactionActive) return; // a savepoint was released; the outer transaction may still roll back
    const pending = qr.data[PENDING] as ScheduledReminder[] | undefined;
    delete qr.data[PENDING];
    if (pending?.length) this.fireAndForget(pending);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) delete event.queryRunner.data[PENDING];
  }

  async enqueue(reminders: ScheduledReminder[], suffix?: string): Promise<void> {
    const now = Date.now();
    await this.queue.addBulk(
      reminders.map((r) => ({
        name: 'reminder.deliver',
        data: { reminderId: r.id },
        opts: {
          jobId: reminderJobId(r.id, suffix),
          delay: Math.max(0, r.dueAt.getTime() - now),
          // Completed jobs go at once so the id is free again; Postgres keeps the history.
          removeOnComplete: true,
          removeOnFail: true,
          attempts: 3,
          backoff: { type: 'exponential', delay: 1000 },
        },
      })),
    );
  }

  private fireAndForget(reminders: ScheduledReminder[]): void {
    this.enqueue(reminders).catch((err: Error) =>
      this.logger.warn(`could not enqueue ${reminders.length} reminder(s), the sweep will deliver them: ${err.message}`),
    );
  }
}
