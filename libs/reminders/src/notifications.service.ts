import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@crm/auth';
import { invalidField, ListResult, notFound, parseListQuery } from '@crm/http';
import { Notification } from './entities/notification.entity';

const SORTABLE = ['createdAt', 'id', 'readAt'] as const;
const COLUMN: Record<(typeof SORTABLE)[number], string> = { createdAt: 'n.created_at', id: 'n.id', readAt: 'n.read_at' };

/** The caller's own inbox; nobody reads or marks another person's notifications. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** ra-data-simple-rest list; `filter={"unread":true}` keeps the unread ones. */
  async list(user: AuthUser, raw: Record<string, unknown>): Promise<ListResult<Notification>> {
    const q = parseListQuery(raw, SORTABLE, { field: 'createdAt', order: 'DESC' });
    const { unread, ...rest } = q.filter;
    const unknown = Object.keys(rest)[0];
    if (unknown) throw invalidField(`filter.${unknown}`, 'invalid', `cannot filter notifications by ${unknown}; use unread`, '不支持的筛选条件');
    if (unread !== undefined && typeof unread !== 'boolean') throw invalidField('filter.unread', 'isBoolean', 'unread must be true or false', '必须是是/否');
    const qb = this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId: user.id })
      .orderBy(COLUMN[q.sort.field as (typeof SORTABLE)[number]], q.sort.order, 'NULLS LAST')
      .addOrderBy('n.id', q.sort.order)
      .skip(q.skip)
      .take(q.take);
    if (unread === true) qb.andWhere('n.read_at IS NULL');
    if (unread === false) qb.andWhere('n.read_at IS NOT NULL');
    const [data, total] = await qb.getManyAndCount();
    return { data, total, skip: q.skip };
  }

  async unreadCount(user: AuthUser): Promise<{ count: number }> {
    const [{ count }] = await this.db.query('SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL', [user.id]);
    return { count };
  }

  async markRead(user: AuthUser, id: number): Promise<Notification> {
    await this.db.query('UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2', [id, user.id]);
    const n = await this.db.getRepository(Notification).findOneBy({ id, userId: user.id });
    if (!n) throw notFound('Notification', '通知');
    return n;
  }

  async markAllRead(user: AuthUser): Promise<{ updated: number }> {
    const [, updated] = (await this.db.query('UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL', [user.id])) as [unknown, number];
    return { updated };
  }
}
