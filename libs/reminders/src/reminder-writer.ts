import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import type { ReminderKind } from './entities/reminder.entity';

/** The reminders the pipeline's own follow-ups and stale alerts raise (not a project's milestones or instructions). */
export const PIPELINE_REMINDER_KINDS: readonly ReminderKind[] = ['pre_due', 'due', 'escalation', 'stale_yellow', 'stale_red'];
import { ReminderQueue } from './reminder-queue';
import type { ReminderText } from './reminder-messages';

export interface NewReminder extends Omit<ReminderText, 'titleEn' | 'bodyEn'> {
  /** The English text; without it the backoffice shows the Chinese one to every reader. */
  titleEn?: string | null;
  bodyEn?: string | null;
  kind: ReminderKind;
  targetId: number | null;
  followUpId: number | null;
  recipientId: number;
  dueAt: Date;
  /** Same key, same reminder: writing it again is a no-op. */
  dedupeKey: string;
  /** What else the reminder is about, so recording the milestone or closing the instruction cancels it. */
  milestoneId?: number | null;
  instructionId?: number | null;
}

/**
 * Writes reminders and their deliveries in the caller's transaction, one delivery per channel the
 * recipient can receive and wants (我的账户): in-app, e-mail when SMTP is configured and the user
 * has an address, webhook when the user or their team has a robot URL.
 */
@Injectable()
export class ReminderWriter {
  constructor(
    private readonly queue: ReminderQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns the ids of the reminders that were new. */
  async create(em: EntityManager, reminders: NewReminder[]): Promise<number[]> {
    if (!reminders.length) return [];
    const col = <K extends keyof NewReminder>(k: K) => reminders.map((r) => r[k]);
    const rows: { id: number; due_at: Date }[] = await em.query(
      `INSERT INTO reminder (kind, target_id, follow_up_id, recipient_id, due_at, dedupe_key, title, body, link, milestone_id, instruction_id, title_en, body_en)
       SELECT * FROM unnest($1::varchar[], $2::int[], $3::int[], $4::int[], $5::timestamptz[], $6::varchar[], $7::varchar[], $8::text[], $9::varchar[], $10::int[], $11::int[],
                            $12::varchar[], $13::text[])
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id, due_at`,
      [
        col('kind'),
        col('targetId'),
        col('followUpId'),
        col('recipientId'),
        col('dueAt'),
        col('dedupeKey'),
        col('title'),
        col('body'),
        col('link'),
        reminders.map((r) => r.milestoneId ?? null),
        reminders.map((r) => r.instructionId ?? null),
        reminders.map((r) => r.titleEn ?? null),
        reminders.map((r) => r.bodyEn ?? null),
      ],
    );
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    await em.query(
      `INSERT INTO delivery (reminder_id, channel, next_attempt_at)
       SELECT r.id, ch.channel, r.due_at
         FROM reminder r
         JOIN app_user u ON u.id = r.recipient_id
         LEFT JOIN team tm ON tm.id = u.team_id
         CROSS JOIN LATERAL (VALUES
           ('in_app', u.notify_in_app),
           ('email', $2::boolean AND u.notify_email AND coalesce(u.email, '') <> ''),
           ('webhook', u.notify_webhook AND coalesce(u.webhook_url, tm.webhook_url, '') <> '')
         ) AS ch(channel, wanted)
        WHERE r.id = ANY($1::int[]) AND ch.wanted
       ON CONFLICT (reminder_id, channel) DO NOTHING`,
      [ids, !!this.config.mail.smtpUrl],
    );
    this.queue.afterCommit(
      em,
      rows.map((r) => ({ id: r.id, dueAt: new Date(r.due_at) })),
    );
    return ids;
  }

  /** Cancels reminders not yet delivered (optionally only of some kinds); returns how many. Their queued jobs find them cancelled and stop. */
  async cancel(
    em: EntityManager,
    where: { followUpId?: number; targetId?: number; milestoneId?: number; instructionId?: number; kinds?: readonly ReminderKind[] },
  ): Promise<number> {
    if (where.followUpId === undefined && where.targetId === undefined && where.milestoneId === undefined && where.instructionId === undefined) {
      throw new Error('cancel needs a follow-up, a target, a milestone or an instruction');
    }
    const [, affected] = (await em.query(
      // Locked in id order, as deliveries and settling lock reminders, so none of them can deadlock.
      `WITH doomed AS (
         SELECT id FROM reminder WHERE state = 'scheduled' AND ($1::int IS NULL OR follow_up_id = $1) AND ($2::int IS NULL OR target_id = $2)
                AND ($3::int IS NULL OR milestone_id = $3) AND ($4::int IS NULL OR instruction_id = $4) AND ($5::varchar[] IS NULL OR kind = ANY($5))
          ORDER BY id FOR UPDATE)
       UPDATE reminder r SET state = 'cancelled', settled_at = now() FROM doomed WHERE r.id = doomed.id AND r.state = 'scheduled'`,
      [where.followUpId ?? null, where.targetId ?? null, where.milestoneId ?? null, where.instructionId ?? null, where.kinds ? [...where.kinds] : null],
    )) as [unknown, number];
    return affected;
  }
}
