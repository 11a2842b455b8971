import type { DataSource } from 'typeorm';
import { uniq } from './factories';

export interface AttemptRow {
  attempt: number;
  /** Minutes before now. */
  minutesAgo: number;
  /** null: handed over, the receiver's answer never heard. */
  ok: boolean | null;
  error?: string | null;
  /** The receiver's reply, e.g. "250 OK". */
  answer?: string | null;
  durationMs?: number;
}

export interface DeliveryRow {
  channel: 'in_app' | 'email' | 'webhook';
  state: 'pending' | 'sent' | 'failed';
  lastError?: string | null;
  attempts?: AttemptRow[];
}

export interface ReminderRowOptions {
  recipientId: number;
  targetId?: number | null;
  kind?: string;
  state?: 'scheduled' | 'cancelled' | 'delivered' | 'failed';
  title?: string;
  /** Minutes before now the reminder fell due (default 120). */
  dueMinutesAgo?: number;
  /** An exact due time instead (several recipients of one notice share it). */
  dueAt?: Date;
  followUpId?: number | null;
  deliveries: DeliveryRow[];
}

/**
 * A reminder with its deliveries and attempt history written directly, the way the worker would
 * have left them (e.g. an e-mail that failed for good after two tries). Returns the ids.
 */
export async function reminderWithDeliveries(db: DataSource, o: ReminderRowOptions): Promise<{ id: number; deliveryIds: Record<string, number> }> {
  const state = o.state ?? 'failed';
  const [{ id }] = await db.query(
    `INSERT INTO reminder (kind, target_id, recipient_id, due_at, state, dedupe_key, title, body, link, settled_at, follow_up_id)
     VALUES ($1, $2, $3, coalesce($12::timestamptz, now() - make_interval(mins => $4)), $5, $6, $7, $8, $9, CASE WHEN $10::boolean THEN now() END, $11) RETURNING id`,
    [
      o.kind ?? 'due',
      o.targetId ?? null,
      o.recipientId,
      o.dueMinutesAgo ?? 120,
      state,
      `test:${uniq()}`,
      o.title ?? `测试提醒 ${uniq()}`,
      '测试提醒正文（演示）',
      o.targetId ? `#/targets/${o.targetId}/show` : null,
      state !== 'scheduled',
      o.followUpId ?? null,
      o.dueAt ?? null,
    ],
  );
  const deliveryIds: Record<string, number> = {};
  for (const d of o.deliveries) {
    const tries = d.attempts ?? [];
    const [{ id: deliveryId }] = await db.query(
      `INSERT INTO delivery (reminder_id, channel, state, attempts, next_attempt_at, last_error, sent_at)
       VALUES ($1, $2, $3, $4, now() - interval '1 minute', $5, CASE WHEN $6::boolean THEN now() - interval '1 minute' END) RETURNING id`,
      [id, d.channel, d.state, tries.length, d.lastError ?? null, d.state === 'sent'],
    );
    deliveryIds[d.channel] = deliveryId;
    for (const a of tries) {
      await db.query(
        `INSERT INTO delivery_attempt (delivery_id, attempt, at, ok, error, answer, duration_ms) VALUES ($1, $2, now() - make_interval(mins => $3), $4, $5, $6, $7)`,
        [deliveryId, a.attempt, a.minutesAgo, a.ok, a.error ?? null, a.answer ?? null, a.durationMs ?? 10],
      );
    }
  }
  return { id, deliveryIds };
}

/**
 * A reminder delivered to the recipient's inbox, as the worker leaves it (reminder delivered,
 * notification written). Returns the notification's and the reminder's ids.
 */
export async function deliveredMessage(
  db: DataSource,
  o: { recipientId: number; targetId: number; kind?: string; followUpId?: number | null; dedupeKey?: string; title?: string },
): Promise<{ id: number; reminderId: number; title: string }> {
  const title = o.title ?? `测试消息 ${uniq()}`;
  const [{ id: reminderId }] = await db.query(
    `INSERT INTO reminder (kind, target_id, follow_up_id, recipient_id, due_at, state, dedupe_key, title, body, link, settled_at)
     VALUES ($1, $2, $3, $4, now() - interval '1 hour', 'delivered', $5, $6, '测试消息正文（演示）', $7, now()) RETURNING id`,
    [o.kind ?? 'due', o.targetId, o.followUpId ?? null, o.recipientId, o.dedupeKey ?? `test:${uniq()}`, title, `#/targets/${o.targetId}/show`],
  );
  const [{ id }] = await db.query(
    `INSERT INTO notification (user_id, reminder_id, title, body, link) SELECT recipient_id, id, title, body, link FROM reminder WHERE id = $1 RETURNING id`,
    [reminderId],
  );
  return { id, reminderId, title };
}
