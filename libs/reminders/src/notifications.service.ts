import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@crm/auth';
import { invalidField, ListResult, notFound, parseListQuery } from '@crm/http';
import type { NotificationShape } from '@crm/contracts';

const SORTABLE = ['createdAt', 'id', 'readAt'] as const;
const COLUMN: Record<(typeof SORTABLE)[number], string> = { createdAt: 'n.created_at', id: 'n.id', readAt: 'n.read_at' };

/** A message as the inbox shows it: what it is about (target, reminder kind) and whether it was read or resolved. */
/** A message as the inbox answers it (the contract's shape, with Date values). */
export type NotificationView = NotificationShape<Date>;

const VIEW = `
  SELECT n.id, n.user_id AS "userId", n.reminder_id AS "reminderId", r.kind, r.target_id AS "targetId", n.title, n.body, n.title_en AS "titleEn", n.body_en AS "bodyEn", n.link,
         n.read_at AS "readAt", n.resolved_at AS "resolvedAt", n.created_at AS "createdAt"
    FROM notification n LEFT JOIN reminder r ON r.id = n.reminder_id`;

/** The caller's own inbox; nobody reads or marks another person's notifications. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** ra-data-simple-rest list; `filter={"unread":true}` keeps the unread ones (resolved ones are read). */
  async list(user: AuthUser, raw: Record<string, unknown>): Promise<ListResult<NotificationView>> {
    const q = parseListQuery(raw, SORTABLE, { field: 'createdAt', order: 'DESC' });
    const { unread, ...rest } = q.filter;
    const unknown = Object.keys(rest)[0];
    if (unknown) throw invalidField(`filter.${unknown}`, 'invalid', `cannot filter notifications by ${unknown}; use unread`, '不支持的筛选条件');
    if (unread !== undefined && typeof unread !== 'boolean') throw invalidField('filter.unread', 'isBoolean', 'unread must be true or false', '必须是是/否');
    const read = unread === true ? 'AND n.read_at IS NULL' : unread === false ? 'AND n.read_at IS NOT NULL' : '';
    const order = q.sort.order === 'ASC' ? 'ASC' : 'DESC';
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM notification n WHERE n.user_id = $1 ${read}`, [user.id]);
    const data: NotificationView[] = await this.db.query(
      `${VIEW} WHERE n.user_id = $1 ${read} ORDER BY ${COLUMN[q.sort.field as (typeof SORTABLE)[number]]} ${order} NULLS LAST, n.id ${order} LIMIT $2 OFFSET $3`,
      [user.id, q.take, q.skip],
    );
    return { data, total, skip: q.skip };
  }

  /** One of the caller's messages; anyone else's answers 404, as if it did not exist. */
  async get(user: AuthUser, id: number): Promise<NotificationView> {
    const [n]: NotificationView[] = await this.db.query(`${VIEW} WHERE n.id = $1 AND n.user_id = $2`, [id, user.id]);
    if (!n) throw notFound('Notification', '通知');
    return n;
  }

  async unreadCount(user: AuthUser): Promise<{ count: number }> {
    const [{ count }] = await this.db.query('SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL', [user.id]);
    return { count };
  }

  /** Marks one of the caller's messages read (idempotent: the first reading time stays). */
  async markRead(user: AuthUser, id: number): Promise<NotificationView> {
    await this.db.query('UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2', [id, user.id]);
    return this.get(user, id);
  }

  async markAllRead(user: AuthUser): Promise<{ updated: number }> {
    const [, updated] = (await this.db.query('UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL', [user.id])) as [unknown, number];
    return { updated };
  }
}
