import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { inTransaction } from '@crm/database';
import { notFound, ruleBroken } from '@crm/http';
import { DeliveryRunner, type DeliveryResult } from './delivery-runner';
import type { Channel } from './entities/delivery.entity';
import { ReminderQueue } from './reminder-queue';

interface Due {
  id: number;
  channel: Channel;
}

/**
 * Delivers reminders, exactly once per (reminder, channel): finds what is due (one reminder's
 * channels for its job, or the whole backlog for the sweep), runs each delivery through
 * DeliveryRunner (one attempt, crash-safe), schedules retries and settles reminders.
 */
@Injectable()
export class DeliveryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: DeliveryRunner,
    private readonly queue: ReminderQueue,
  ) {}

  /** The job handler: every due, pending channel of one reminder. */
  async deliverReminder(reminderId: number): Promise<DeliveryResult[]> {
    const rows: Due[] = await this.db.query(
      `SELECT d.id, d.channel FROM delivery d JOIN reminder r ON r.id = d.reminder_id
        WHERE r.id = $1 AND r.state = 'scheduled' AND r.due_at <= now() AND d.state = 'pending' AND d.next_attempt_at <= now()`,
      [reminderId],
    );
    if (!rows.length) await this.requeueIfEarly(reminderId);
    const results = await this.deliver(rows, rows.length);
    await this.settle([reminderId]);
    return results;
  }

  /**
   * The sweep: everything due and undelivered, whatever happened to its job. Works through the
   * backlog in batches (in-app ones in one statement per batch, the others with bounded
   * parallelism); rows another worker holds are skipped and come back in a later sweep if that
   * worker dies.
   */
  async deliverDue(limit = 5000): Promise<{ sent: number; retry: number; failed: number; skipped: number }> {
    const tally = { sent: 0, retry: 0, failed: 0, skipped: 0 };
    const seen = new Set<number>();
    const parallel = Math.max(1, Math.min(this.config.reminders.concurrency, this.config.database.poolSize - 2));
    while (seen.size < limit) {
      const rows: Due[] = await this.db.query(
        `SELECT d.id, d.channel FROM delivery d JOIN reminder r ON r.id = d.reminder_id
          WHERE d.state = 'pending' AND d.next_attempt_at <= now() AND r.state = 'scheduled' AND r.due_at <= now() AND NOT (d.id = ANY($1::int[]))
          ORDER BY d.next_attempt_at LIMIT 200`,
        [[...seen]],
      );
      if (!rows.length) break;
      rows.forEach((r) => seen.add(r.id));
      (await this.deliver(rows, parallel)).forEach((r) => (tally[r] += 1));
    }
    await this.closeUnheard();
    await this.settleDue();
    return tally;
  }

  /** Local channels in one statement each, then the remote deliveries `parallel` at a time. */
  private async deliver(rows: Due[], parallel: number): Promise<DeliveryResult[]> {
    const results: DeliveryResult[] = [];
    const remote: number[] = [];
    const local = new Map<Channel, number[]>();
    for (const r of rows) {
      if (this.runner.isLocal(r.channel)) local.set(r.channel, [...(local.get(r.channel) ?? []), r.id]);
      else remote.push(r.id);
    }
    for (const [channel, ids] of local) results.push(...(await this.runner.deliverLocal(channel, ids)));
    for (let i = 0; i < remote.length; i += parallel) results.push(...(await Promise.all(remote.slice(i, i + parallel).map((id) => this.deliverOne(id)))));
    return results;
  }

  /**
   * Handovers whose answer never came because their worker stopped (a live worker records the
   * answer, or its absence, within the send timeout): they count as sent — the receiver had the
   * whole message — and are never repeated; the attempt says why no answer is shown.
   */
  private async closeUnheard(): Promise<void> {
    await this.db.query(
      `WITH closed AS (
         UPDATE delivery SET state = 'sent' WHERE state = 'awaiting' AND sent_at < now() - make_interval(secs => $1) RETURNING id, attempts)
       UPDATE delivery_attempt a SET error = 'handed over; no answer heard (the worker stopped before it came)'
         FROM closed WHERE a.delivery_id = closed.id AND a.attempt = closed.attempts AND a.ok IS NULL`,
      [this.config.reminders.sendTimeoutMs / 1000 + 10],
    );
  }

  async deliverOne(deliveryId: number): Promise<DeliveryResult> {
    const { result, retryAt } = await this.runner.deliverOne(deliveryId);
    if (retryAt) {
      const { reminderId, at, attempt } = retryAt;
      // Best effort: the sweep retries too, should this job be lost.
      await this.queue.enqueue([{ id: reminderId, dueAt: at }], `retry${deliveryId}-${attempt}`).catch(() => undefined);
    }
    return result;
  }

  /**
   * An admin's retry of a reminder whose channels failed for good: the failed deliveries are pending
   * again, due now, and get one more attempt each (attempts keep counting, so another failure ends
   * them as failed again).
   */
  async retryFailed(reminderId: number): Promise<{ retried: number }> {
    const retried = await inTransaction(this.db, async (em) => {
      const [reminder] = await em.query('SELECT state FROM reminder WHERE id = $1 FOR UPDATE', [reminderId]);
      if (!reminder) throw notFound('Reminder', '提醒');
      const [, n] = (await em.query(`UPDATE delivery SET state = 'pending', next_attempt_at = now() WHERE reminder_id = $1 AND state = 'failed'`, [
        reminderId,
      ])) as [unknown, number];
      if (!n) throw ruleBroken('nothing_to_retry', 'This reminder has no failed delivery to retry', '该提醒没有发送失败的渠道，无需重试');
      await em.query(`UPDATE reminder SET state = 'scheduled', settled_at = NULL WHERE id = $1`, [reminderId]);
      return n;
    });
    await this.queue.enqueue([{ id: reminderId, dueAt: new Date() }], `manual${Date.now()}`).catch(() => undefined);
    return { retried };
  }

  /**
   * A job that fires a moment before the reminder is due by Postgres' clock (Redis and Node keep
   * their own time) is put back for the rest of the wait instead of leaving it to the next sweep.
   */
  private async requeueIfEarly(reminderId: number): Promise<void> {
    const [early]: { due_at: Date }[] = await this.db.query(`SELECT due_at FROM reminder WHERE id = $1 AND state = 'scheduled' AND due_at > now()`, [
      reminderId,
    ]);
    if (!early) return;
    const dueAt = new Date(early.due_at);
    await this.queue
      .enqueue([{ id: reminderId, dueAt: new Date(Math.max(dueAt.getTime(), Date.now() + 50)) }], `at${dueAt.getTime()}-${Date.now()}`)
      .catch(() => undefined);
  }

  /** Marks reminders with no pending channel delivered (or failed, if a channel failed for good). */
  async settle(reminderIds: number[]): Promise<void> {
    await this.db.query(
      // Locked in id order, as delivery batches and cancels lock reminders, so none of them can deadlock.
      `WITH done AS (
         SELECT r.id FROM reminder r
          WHERE r.id = ANY($1::int[]) AND r.state = 'scheduled' AND r.due_at <= now()
            AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.reminder_id = r.id AND d.state IN ('pending', 'awaiting'))
          ORDER BY r.id FOR UPDATE OF r)
       UPDATE reminder r SET state = CASE WHEN EXISTS (SELECT 1 FROM delivery d WHERE d.reminder_id = r.id AND d.state = 'failed') THEN 'failed' ELSE 'delivered' END,
              settled_at = now()
         FROM done WHERE r.id = done.id AND r.state = 'scheduled'
          AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.reminder_id = r.id AND d.state IN ('pending', 'awaiting'))`,
      [reminderIds],
    );
  }

  /** Settles every due reminder left scheduled after its last channel (e.g. a crash between send and settle). */
  private async settleDue(): Promise<void> {
    const rows: { id: number }[] = await this.db.query(
      `SELECT r.id FROM reminder r WHERE r.state = 'scheduled' AND r.due_at <= now()
          AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.reminder_id = r.id AND d.state IN ('pending', 'awaiting')) LIMIT 5000`,
    );
    if (rows.length) await this.settle(rows.map((r) => r.id));
  }
}
