import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { CHANNEL_SENDERS, type ChannelSender, type Outgoing, Refused, type RemoteChannel } from './channels/channel';
import type { Channel } from './entities/delivery.entity';
import { handedOverSql, OUTCOME_SQL, outcomeOf, type Outcome } from './delivery.rules';

export type DeliveryResult = 'sent' | 'retry' | 'failed' | 'skipped';

export interface Delivered {
  result: DeliveryResult;
  /** When a failed attempt is to be tried again. */
  retryAt?: { reminderId: number; at: Date; attempt: number };
}

/** Runs one statement on the delivery's connection. */
type Sql = (text: string, params: unknown[]) => Promise<unknown>;

interface Locked extends Outgoing {
  deliveryId: number;
  channel: Channel;
  attempts: number;
}

const LOCK_SQL = `
  SELECT d.id AS "deliveryId", d.channel, d.attempts, r.id AS "reminderId", r.kind, r.title, r.body, r.title_en AS "titleEn", r.body_en AS "bodyEn", r.link, r.recipient_id AS "recipientId",
         u.email, coalesce(u.webhook_url, tm.webhook_url) AS "webhookUrl"
    FROM delivery d
    JOIN reminder r ON r.id = d.reminder_id
    JOIN app_user u ON u.id = r.recipient_id
    LEFT JOIN team tm ON tm.id = u.team_id
   WHERE d.id = $1 AND d.state = 'pending' AND d.next_attempt_at <= now() AND r.state = 'scheduled' AND r.due_at <= now()
   FOR UPDATE OF d SKIP LOCKED
   FOR SHARE OF r`;

/**
 * One attempt at one delivery, exactly once even if this process is killed at any instant.
 *
 * The attempt runs in a transaction that locks the delivery row (SKIP LOCKED: a second worker
 * passes it by) and shares the reminder row (a concurrent cancel waits, and once committed stops
 * the send). In-app: the notification commits with the attempt. E-mail and webhook: the channel
 * transmits all but the last bytes; then, in one synchronous step, the last bytes go to the
 * receiver and "sent + COMMIT" goes to Postgres. Killed before that step, the receiver discards
 * the partial message and the open transaction rolls back: the delivery is still pending and is
 * sent later. Killed after it, both the receiver and Postgres have their half: sent once, recorded
 * once. The receiver's answer is recorded afterwards; a refusal puts the delivery back to pending.
 */
@Injectable()
export class DeliveryRunner {
  private readonly logger = new Logger('Reminders');
  private readonly senders: Map<Channel, ChannelSender>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CHANNEL_SENDERS) senders: ChannelSender[],
  ) {
    this.senders = new Map(senders.map((s) => [s.channel, s]));
  }

  isLocal(channel: Channel): boolean {
    return this.senders.get(channel)?.remote === false;
  }

  /**
   * Many deliveries of one local channel (the inbox) in a single statement: lock those still
   * pending and due (others are skipped), deliver, record the attempt, mark sent — atomically.
   * Should the statement fail, each delivery goes through deliverOne, which records the failure.
   */
  async deliverLocal(channel: Channel, deliveryIds: number[]): Promise<DeliveryResult[]> {
    const sender = this.senders.get(channel);
    if (!sender || sender.remote) throw new Error(`${channel} is not a local channel`);
    if (!deliveryIds.length) return [];
    try {
      // TypeORM answers an UPDATE … RETURNING with [rows, affected].
      const [rows]: [{ id: number }[], number] = await this.db.query(
        `WITH due AS (
           SELECT d.id, d.attempts, r.id AS reminder_id, r.recipient_id, r.kind, r.title, r.body, r.link, r.title_en, r.body_en
             FROM delivery d JOIN reminder r ON r.id = d.reminder_id
            WHERE d.id = ANY($1::int[]) AND d.channel = $2 AND d.state = 'pending' AND d.next_attempt_at <= now() AND r.state = 'scheduled' AND r.due_at <= now()
            ORDER BY r.id -- reminders are locked in id order everywhere (settle, cancel): no deadlock
            FOR UPDATE OF d SKIP LOCKED
            FOR SHARE OF r),
         delivered AS (${sender.deliverDueSql}),
         attempt AS (INSERT INTO delivery_attempt (delivery_id, attempt, ok, duration_ms) SELECT id, attempts + 1, true, 0 FROM due)
         UPDATE delivery d SET state = 'sent', attempts = due.attempts + 1, sent_at = now(), last_error = NULL
           FROM due WHERE d.id = due.id
         RETURNING d.id`,
        [deliveryIds, channel],
      );
      const sent = new Set(rows.map((r) => r.id));
      return deliveryIds.map((id) => (sent.has(id) ? 'sent' : 'skipped'));
    } catch (err) {
      this.logger.warn(`${channel}: batch of ${deliveryIds.length} failed (${message(err)}); delivering one by one`);
      const results: DeliveryResult[] = [];
      for (const id of deliveryIds) results.push((await this.deliverOne(id)).result);
      return results;
    }
  }

  /** One delivery of any channel, in a transaction of its own (see the class comment). */
  async deliverOne(deliveryId: number): Promise<Delivered> {
    const [client, release] = (await (this.db.driver as PostgresDriver).obtainMasterConnection()) as [PoolClient, (err?: Error) => void];
    let broken: Error | undefined;
    let inTx = false;
    try {
      await client.query('BEGIN');
      inTx = true;
      const { rows } = await client.query<Locked>(LOCK_SQL, [deliveryId]);
      const row = rows[0];
      if (!row) {
        await client.query('ROLLBACK');
        inTx = false;
        return { result: 'skipped' };
      }
      const sender = this.senders.get(row.channel);
      const started = Date.now();
      const sql: Sql = (text, params) => client.query(text, params);
      if (sender?.remote) {
        const out = await this.handOver(client, sender, row, started);
        inTx = out.inTx;
        if (out.committed === false) broken = out.error;
        return out.delivered;
      }
      let outcome: Outcome;
      try {
        if (!sender) throw new Error(`no sender for channel ${row.channel}`);
        await client.query('SAVEPOINT channel');
        await client.query(
          `WITH due AS (SELECT $1::int AS id, $2::int AS attempts, $3::int AS reminder_id, $4::int AS recipient_id,
                               $5::text AS kind, $6::text AS title, $7::text AS body, $8::text AS link, $9::text AS title_en, $10::text AS body_en)
           ${sender.deliverDueSql}`,
          [row.deliveryId, row.attempts, row.reminderId, row.recipientId, row.kind, row.title, row.body, row.link, row.titleEn, row.bodyEn],
        );
        outcome = { kind: 'accepted', answer: null };
      } catch (err) {
        await client.query('ROLLBACK TO SAVEPOINT channel').catch(() => undefined);
        outcome = { kind: 'failed', error: message(err) };
      }
      const delivered = await this.record(sql, row, outcome, started);
      await client.query('COMMIT');
      inTx = false;
      return delivered;
    } catch (err) {
      broken = err instanceof Error ? err : new Error(String(err));
      throw err;
    } finally {
      if (inTx) await client.query('ROLLBACK').catch(() => undefined);
      release(broken);
    }
  }

  /** The remote half: prepare, hand over with the commit, then record the receiver's answer. */
  private async handOver(
    client: PoolClient,
    sender: RemoteChannel,
    row: Locked,
    started: number,
  ): Promise<{ delivered: Delivered; inTx: boolean; committed?: boolean; error?: Error }> {
    const sql: Sql = (text, params) => client.query(text, params);
    const attempt = row.attempts + 1;
    let handover;
    try {
      handover = await sender.prepare(row);
    } catch (err) {
      const delivered = await this.record(sql, row, { kind: 'failed', error: message(err) }, started);
      await client.query('COMMIT');
      return { delivered, inTx: false };
    }
    let commit: Promise<unknown> | undefined;
    const answer = await handover
      .complete(() => {
        // Same synchronous step as the last bytes: nothing else runs in between.
        commit = client.query(handedOverSql(row.deliveryId, attempt, Date.now() - started));
      })
      .then(
        (reply): Outcome => ({ kind: 'accepted', answer: reply }),
        (err): Outcome => (err instanceof Refused || !commit ? { kind: 'failed', error: message(err) } : { kind: 'unheard', error: message(err) }),
      );
    if (!commit) {
      handover.abandon();
      const delivered = await this.record(sql, row, answer, started);
      await client.query('COMMIT');
      return { delivered, inTx: false };
    }
    const commitError = await commit.then(
      () => undefined,
      (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
    );
    if (commitError) {
      // Postgres failed at the handover: the receiver may have the message while the row says pending.
      // Record the outcome on a fresh connection (the statement only applies to the row as we left it).
      this.logger.error(`reminder ${row.reminderId} ${row.channel}: handed over but the commit failed (${commitError.message}); recording again`);
      const delivered = await this.record((text, params) => this.db.query(text, params), row, answer, started).catch((err) => {
        this.logger.error(`reminder ${row.reminderId} ${row.channel}: not recorded (${message(err)}); a later attempt repeats it with the same id`);
        return { result: 'retry' as const };
      });
      return { delivered, inTx: false, committed: false, error: commitError };
    }
    return { delivered: await this.record(sql, row, answer, started), inTx: false, committed: true };
  }

  /** Writes the attempt and the delivery's new state in one statement, guarded by the attempt number. */
  private async record(sql: Sql, row: Locked, outcome: Outcome, started: number): Promise<Delivered> {
    const attempt = row.attempts + 1;
    const next = outcomeOf(outcome, attempt, this.config.reminders);
    await sql(OUTCOME_SQL, [
      row.deliveryId,
      attempt,
      next.state,
      next.ok,
      next.error,
      outcome.kind === 'accepted' ? outcome.answer : null,
      next.nextAttemptAt,
      Date.now() - started,
    ]);
    if (outcome.kind !== 'accepted')
      this.logger.warn(`reminder ${row.reminderId} ${row.channel} attempt ${attempt} ${outcome.kind} (${next.state}): ${outcome.error}`);
    if (next.state === 'pending') return { result: 'retry', retryAt: { reminderId: row.reminderId, at: next.nextAttemptAt, attempt } };
    return { result: next.state === 'sent' ? 'sent' : 'failed' };
  }
}

function message(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 2000);
}
