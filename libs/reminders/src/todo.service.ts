import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TARGET_ROWS_SQL } from '@crm/pipeline/reads';
import { UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import type { Todo as TodoShape, TodoFollowUp as TodoFollowUpShape, TodoStale as TodoStaleShape } from '@crm/contracts';
import { NotificationsService } from './notifications.service';
import { StaleService } from './stale.service';
import { shanghaiBoundaries, todoBucket, type TodoBucket } from './todo.rules';

/** GET /api/home/todo: the caller's own day (the shape is the contract's, with Date values). */
export type TodoFollowUp = TodoFollowUpShape<Date>;
export type TodoStale = TodoStaleShape<Date>;
export type Todo = TodoShape<Date>;

const MAX_ITEMS = 200;
const LATEST_UNREAD = 5;

/**
 * 我的待办: follow-ups on the caller's own live targets that are overdue, due today or later this
 * week (Asia/Shanghai), the caller's targets that have gone quiet (the one stale rule with each
 * plan's thresholds, red first), and unread messages.
 */
@Injectable()
export class TodoService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UserContextService,
    private readonly stale: StaleService,
    private readonly notifications: NotificationsService,
  ) {}

  async forUser(user: AuthUser, now = new Date()): Promise<Todo> {
    const { endOfWeek } = shanghaiBoundaries(now);
    const [rows, stale, count, latest, ctx] = await Promise.all([
      this.db.query(
        `SELECT t.id AS "targetId", f.name AS "firmName", c.name AS "chainName", l.name AS "chainLinkName", t.stage, t.next_follow_up_at AS "dueAt"
           FROM ${TARGET_ROWS_SQL} t JOIN firm f ON f.id = t.firm_id JOIN chain c ON c.id = t.chain_id JOIN chain_link l ON l.id = t.chain_link_id
          WHERE t.owner_id = $1 AND t.stage IN ('lead', 'contact', 'signed') AND t.next_follow_up_at < $2
          ORDER BY t.next_follow_up_at, t.id LIMIT ${MAX_ITEMS}`,
        [user.id, endOfWeek],
      ) as Promise<TodoFollowUp[]>,
      this.stale.staleTargets(now, user.id),
      this.notifications.unreadCount(user),
      this.notifications.list(user, { filter: JSON.stringify({ unread: true }), range: JSON.stringify([0, LATEST_UNREAD - 1]) }),
      this.access.load(user),
    ]);
    const followUps: Record<TodoBucket, TodoFollowUp[]> = { overdue: [], today: [], week: [] };
    for (const r of rows) {
      const bucket = todoBucket(new Date(r.dueAt), now);
      if (bucket) followUps[bucket].push(r);
    }
    const rank = { red: 0, yellow: 1 } as const;
    return {
      now,
      followUps,
      stale: stale
        .map((s) => ({
          targetId: s.targetId,
          firmName: s.firmName,
          stage: s.stage,
          grade: s.grade as 'yellow' | 'red',
          daysIdle: s.daysIdle,
          lastActivityAt: s.lastActivityAt,
        }))
        .sort((a, b) => rank[a.grade] - rank[b.grade] || b.daysIdle - a.daysIdle)
        .slice(0, MAX_ITEMS),
      unread: { count: count.count, latest: latest.data },
      managedChainIds: [...ctx.managedChainIds],
    };
  }
}
