import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { inTransaction } from '@crm/database';
import { notFound, ruleBroken } from '@crm/http';
import { CHANNEL_SENDERS, type ChannelSender, type Outgoing } from './channels/channel';
import type { Channel } from './entities/delivery.entity';
import { retryDelayMs, stateAfterAttempt } from './delivery.rules';
import { ReminderQueue } from './reminder-queue';

export type DeliveryResult = 'sent' | 'retry' | 'failed' | 'skipped';

interface Locked extends Outgoing {
  deliveryId: number;
  channel: Channel;
  attempts: number;
}

/**
 * Delivers reminders, at most once per (reminder, channel). Each delivery runs in its own
 * transaction that locks the delivery row (SKIP LOCKED: a second worker passes it by) and shares
 * the reminder row (a concurrent cancel waits, and once committed stops the send). Only a row that
 * is pending, due, and whose reminder is still scheduled and due is sent. The attempt and its
 * outcome commit with the send; in-app notifications commit in the very same transaction.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger('Reminders');
  private readonly senders: Map<Channel, ChannelSender>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CHANNEL_SENDERS) senders: ChannelSender[],
    private readonly queue: ReminderQueue,
  ) {
    this.senders = new Map(senders.map((s) => [s.channel, s]));
  }

  /** The job handler: every due, pending channel of one reminder. */
  async deliverReminder(reminderId: number): Promise<DeliveryResult[]> {
    const rows: { id: number }[] = await this.db.query(
      `SELECT d.id FROM delivery d JOIN reminder r ON r.id = d.reminder_id
        WHERE r.id = $1 AND r.state = 'scheduled' AND r.due_at <= now() AND d.state = 'pending' AND d.next_attempt_at <= now()`,
      [reminderId],
    );
    if (!rows.length) await this.requeueIfEarly(reminderId);
    const results = await Promise.all(rows.map((r) => this.deliverOne(r.id)));
    await this.settle([reminderId]);
    return results;
  }

  /**
   * The sweep: everything due and undelivered, whatever happened to its job. Works through the
   * backlog in batches with bounded parallelism; rows another worker holds are skipped and come
   * back in a later sweep if that worker dies.
   */
  async deliverDue(limit = 5000): Promise<{ sent: number; retry: number; failed: number; skipped: number }> {
    const tally = { sent: 0, retry: 0, failed: 0, skipped: 0 };
    const seen = new Set<number>();
    const parallel = Math.max(1, Math.min(this.config.reminders.concurrency, this.config.database.poolSize - 2));
    while (seen.size < limit) {
      const rows: { id: number; reminder_id: number }[] = await this.db.query(
        `SELECT d.id, d.reminder_id FROM delivery d JOIN reminder r ON r.id = d.reminder_id
          WHERE d.state = 'pending' AND d.next_attempt_at <= now() AND r.state = 'scheduled' AND r.due_at <= now() AND NOT (d.id = ANY($1::int[]))
          ORDER BY d.next_attempt_at LIMIT 200`,
        [[...seen]],
      );
      if (!rows.length) break;
      rows.forEach((r) => seen.add(r.id));
      for (let i = 0; i < rows.length; i += parallel) {
        const results = await Promise.all(rows.slice(i, i + parallel).map((r) => this.deliverOne(r.id)));
        results.forEach((r) => (tally[r] += 1));
      }
    }
    await this.settleDue();
    return tally;
  }

  async deliverOne(deliveryId: number): Promise<DeliveryResult> {
    let retryAt: { reminderId: number; at: Date; attempt: number } | undefined;
    const result = await inTransaction(this.db, async (em) => {
      const [row]: Locked[] = await em.query(
        `SELECT d.id AS "deliveryId", d.channel, d.attempts, r.id AS "reminderId", r.kind, r.title, r.body, r.link, r.recipient_id AS "recipientId",
                u.email, coalesce(u.webhook_url, tm.webhook_url) AS "webhookUrl"
           FROM delivery d
           JOIN reminder r ON r.id = d.reminder_id
           JOIN app_user u ON u.id = r.recipient_id
           LEFT JOIN team tm ON tm.id = u.team_id
          WHERE d.id = $1 AND d.state = 'pending' AND d.next_attempt_at <= now() AND r.state = 'scheduled' AND r.due_at <= now()
          FOR UPDATE OF d SKIP LOCKED
          FOR SHARE OF r`,
        [deliveryId],
      );
      if (!row) return 'skipped' as const;
      const sender = this.senders.get(row.channel);
      const attempt = row.attempts + 1;
      const started = Date.now();
      let error: string | null = null;
      try {
        if (!sender) throw new Error(`no sender for channel ${row.channel}`);
        await sender.send(em, row);
      } catch (err) {
        error = (err instanceof Error ? err.message : String(err)).slice(0, 2000);
      }
      const state = stateAfterAttempt(error === null, attempt, this.config.reminders.maxAttempts);
      const next = new Date(Date.now() + retryDelayMs(attempt, this.config.reminders.retryBaseMs));
      // The attempt is recorded with the outcome, in one statement.
      await em.query(
        `WITH attempt AS (INSERT INTO delivery_attempt (delivery_id, attempt, ok, error, duration_ms) VALUES ($1, $3, $4::text IS NULL, $4::text, $6))
         UPDATE delivery SET state = $2::varchar, attempts = $3, last_error = $4::text, sent_at = CASE WHEN $2::varchar = 'sent' THEN now() END,
                next_attempt_at = CASE WHEN $2::varchar = 'pending' THEN $5::timestamptz ELSE next_attempt_at END
          WHERE id = $1`,
        [row.deliveryId, state, attempt, error, next, Date.now() - started],
      );
      if (state === 'pending') retryAt = { reminderId: row.reminderId, at: next, attempt };
      if (error) this.logger.warn(`reminder ${row.reminderId} ${row.channel} attempt ${attempt} failed (${state}): ${error}`);
      return state === 'sent' ? ('sent' as const) : state === 'pending' ? ('retry' as const) : ('failed' as const);
    });
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
      const [, n] = (await em.query(`UPDATE delivery SET state = 'pending', next_attempt_at = now() WHERE reminder_id = $1 AND state = 'failed'`, [reminderId])) as [unknown, number];
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
    const [early]: { due_at: Date }[] = await this.db.query(`SELECT due_at FROM reminder WHERE id = $1 AND state = 'scheduled' AND due_at > now()`, [reminderId]);
    if (!early) return;
    const dueAt = new Date(early.due_at);
    await this.queue.enqueue([{ id: reminderId, dueAt: new Date(Math.max(dueAt.getTime(), Date.now() + 50)) }], `at${dueAt.getTime()}-${Date.now()}`).catch(() => undefined);
  }

  /** Marks reminders with no pending channel delivered (or failed, if a channel failed for good). */
  async settle(reminderIds: number[]): Promise<void> {
    await this.db.query(
      `UPDATE reminder r SET state = CASE WHEN EXISTS (SELECT 1 FROM delivery d WHERE d.reminder_id = r.id AND d.state = 'failed') THEN 'failed' ELSE 'delivered' END,
              settled_at = now()
        WHERE r.id = ANY($1::int[]) AND r.state = 'scheduled' AND r.due_at <= now()
          AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.reminder_id = r.id AND d.state = 'pending')`,
      [reminderIds],
    );
  }

  /** Settles every due reminder left scheduled after its last channel (e.g. a crash between send and settle). */
  private async settleDue(): Promise<void> {
    const rows: { id: number }[] = await this.db.query(
      `SELECT r.id FROM reminder r WHERE r.state = 'scheduled' AND r.due_at <= now()
          AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.reminder_id = r.id AND d.state = 'pending') LIMIT 5000`,
    );
    if (rows.length) await this.settle(rows.map((r) => r.id));
  }
}
