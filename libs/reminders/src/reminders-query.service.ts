import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { enumFilter, idList, invalidField, ListResult, notFound, parseListQuery } from '@crm/http';
import type { ReminderAttempt, ReminderDelivery, ReminderDetail, ReminderRecord } from '@crm/contracts';
import { TimelineEntry, TimelineQuery, TimelineRegistry } from '@crm/pipeline';
import { REMINDER_KINDS, REMINDER_STATES } from './entities/reminder.entity';

/** The contract's shapes with the server's Dates (libs/contracts/src/responses/reminders.ts). */
export type DeliveryView = ReminderDelivery<Date>;
export type ReminderView = ReminderRecord<Date>;

const SORTABLE = ['id', 'dueAt', 'createdAt'] as const;
const COLUMN: Record<(typeof SORTABLE)[number], string> = { id: 'r.id', dueAt: 'r.due_at', createdAt: 'r.created_at' };
const FILTERS = ['id', 'state', 'kind', 'targetId', 'recipientId'];

const SELECT = `
  SELECT r.id, r.kind, r.state, r.target_id AS "targetId", r.follow_up_id AS "followUpId", r.recipient_id AS "recipientId",
         u.display_name AS "recipientName", r.due_at AS "dueAt", r.title, r.body, r.title_en AS "titleEn", r.body_en AS "bodyEn", r.created_at AS "createdAt", r.settled_at AS "settledAt",
         coalesce((SELECT json_agg(json_build_object('channel', d.channel, 'state', d.state, 'attempts', d.attempts, 'lastError', d.last_error,
                                                     'sentAt', d.sent_at, 'nextAttemptAt', d.next_attempt_at) ORDER BY d.channel)
                     FROM delivery d WHERE d.reminder_id = r.id), '[]') AS deliveries
    FROM reminder r JOIN app_user u ON u.id = r.recipient_id`;

/**
 * Reminders as admins monitor them (what, whom, when, state, each channel's attempts; failed ones
 * never disappear), and as entries of a target's timeline.
 */
@Injectable()
export class RemindersQueryService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly timeline: TimelineRegistry,
  ) {}

  onModuleInit(): void {
    this.timeline.register({ kind: 'reminder', entries: (em, q) => this.timelineEntries(em, q) });
  }

  async list(raw: Record<string, unknown>): Promise<ListResult<ReminderView>> {
    const q = parseListQuery(raw, SORTABLE, { field: 'dueAt', order: 'DESC' });
    const unknown = Object.keys(q.filter).find((k) => !FILTERS.includes(k));
    if (unknown) throw invalidField(`filter.${unknown}`, 'invalid', `cannot filter reminders by ${unknown}; use ${FILTERS.join(', ')}`, '不支持的筛选条件');
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      if (value === undefined) return;
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    add('r.id = ANY(?::int[])', idList(q.filter.id));
    add('r.state = ANY(?::varchar[])', enumFilter(q.filter.state, 'state', REMINDER_STATES));
    add('r.kind = ANY(?::varchar[])', enumFilter(q.filter.kind, 'kind', REMINDER_KINDS));
    add('r.target_id = ANY(?::int[])', idList(q.filter.targetId, 'targetId'));
    add('r.recipient_id = ANY(?::int[])', idList(q.filter.recipientId, 'recipientId'));
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM reminder r ${cond}`, params);
    const data: ReminderView[] = await this.db.query(
      `${SELECT} ${cond} ORDER BY ${COLUMN[q.sort.field as (typeof SORTABLE)[number]]} ${q.sort.order}, r.id ${q.sort.order} LIMIT ${q.take} OFFSET ${q.skip}`,
      params,
    );
    return { data, total, skip: q.skip };
  }

  async get(id: number): Promise<ReminderDetail<Date>> {
    const [row]: ReminderView[] = await this.db.query(`${SELECT} WHERE r.id = $1`, [id]);
    if (!row) throw notFound('Reminder', '提醒');
    // ok: true accepted, false failed, null handed over with no answer heard; answer: the receiver's reply.
    const attempts: ReminderAttempt<Date>[] = await this.db.query(
      `SELECT d.channel, a.attempt, a.at, a.ok, a.error, a.answer, a.duration_ms AS "durationMs"
         FROM delivery_attempt a JOIN delivery d ON d.id = a.delivery_id WHERE d.reminder_id = $1 ORDER BY a.at, a.id`,
      [id],
    );
    return { ...row, attempts };
  }

  /**
   * Reminders about a target that reached someone, newest first, dated when they were delivered:
   * one entry per notice (same kind, follow-up and due time) naming everyone it reached. Scheduled,
   * cancelled and never-delivered reminders are not history, so they are not listed.
   */
  private async timelineEntries(em: EntityManager, q: TimelineQuery): Promise<TimelineEntry[]> {
    const rows: DeliveredNotice[] = await em.query(TIMELINE_SQL, [q.targetId, q.before ?? null, q.limit]);
    return rows.map((r) => ({ ...r, kind: 'reminder', at: new Date(r.at) }));
  }
}

interface DeliveredNotice {
  id: number;
  reminderKind: string;
  followUpId: number | null;
  dueAt: Date;
  at: Date;
  title: string;
  body: string;
  titleEn: string | null;
  bodyEn: string | null;
  recipients: string[];
  reminderIds: number[];
}

/** A reminder counts as delivered at its first channel handed over or sent (the inbox is written as it is sent). */
const TIMELINE_SQL = `
  WITH delivered AS (
    SELECT r.id, r.kind, r.follow_up_id, r.due_at, r.title, r.body, r.title_en, r.body_en, u.display_name, ds.at
      FROM reminder r
      JOIN app_user u ON u.id = r.recipient_id
      JOIN LATERAL (SELECT min(d.sent_at) AS at FROM delivery d WHERE d.reminder_id = r.id AND d.state IN ('sent', 'awaiting')) ds ON ds.at IS NOT NULL
     WHERE r.target_id = $1 AND r.state <> 'cancelled'),
  notices AS (
    SELECT min(id) AS id, kind AS "reminderKind", follow_up_id AS "followUpId", due_at AS "dueAt", min(at) AS at,
           (array_agg(title ORDER BY id))[1] AS title, (array_agg(body ORDER BY id))[1] AS body,
           (array_agg(title_en ORDER BY id))[1] AS "titleEn", (array_agg(body_en ORDER BY id))[1] AS "bodyEn",
           array_agg(display_name ORDER BY id) AS recipients, array_agg(id ORDER BY id) AS "reminderIds"
      FROM delivered GROUP BY kind, follow_up_id, due_at)
  SELECT * FROM notices WHERE $2::timestamptz IS NULL OR at < $2 ORDER BY at DESC, id DESC LIMIT $3`;
