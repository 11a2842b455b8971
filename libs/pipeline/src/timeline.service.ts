import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { parseDateTime, parseIntParam } from '@crm/http';
import { readableTarget } from './target-guard';
import { mergeTimeline, TimelineRegistry, type TimelineEntry, type TimelineQuery } from './timeline';

export const TIMELINE_MAX = 500;

/** Stage changes with who moved it (and, for a landing, where). */
async function stageChangeEntries(em: EntityManager, q: TimelineQuery): Promise<TimelineEntry[]> {
  const rows: Record<string, unknown>[] = await em.query(
    `SELECT sc.id, sc.at, sc.from_stage AS "fromStage", sc.to_stage AS "toStage", sc.reason, sc.by_user_id AS "byUserId", u.display_name AS "byName",
            CASE WHEN sc.to_stage = 'landed' THEN l.carrier_id END AS "carrierId", CASE WHEN sc.to_stage = 'landed' THEN ca.name END AS "carrierName",
            CASE WHEN sc.to_stage = 'landed' THEN l.area::float8 END AS area, CASE WHEN sc.to_stage = 'landed' THEN to_char(l.landed_on, 'YYYY-MM-DD') END AS "landedOn"
       FROM stage_change sc
       LEFT JOIN app_user u ON u.id = sc.by_user_id
       LEFT JOIN landing l ON l.target_id = sc.target_id
       LEFT JOIN carrier ca ON ca.id = l.carrier_id
      WHERE sc.target_id = $1 AND ($2::timestamptz IS NULL OR sc.at < $2)
      ORDER BY sc.at DESC, sc.id DESC LIMIT $3`,
    [q.targetId, q.before ?? null, q.limit],
  );
  return rows.map((r) => ({ kind: 'stage_change', ...r }) as TimelineEntry);
}

async function contactLogEntries(em: EntityManager, q: TimelineQuery): Promise<TimelineEntry[]> {
  const rows: Record<string, unknown>[] = await em.query(
    `SELECT cl.id, cl.at, cl.kind AS "contactKind", cl.participants, cl.summary, cl.outcome, cl.next_follow_up_at AS "nextFollowUpAt",
            cl.author_id AS "authorId", u.display_name AS "authorName"
       FROM contact_log cl LEFT JOIN app_user u ON u.id = cl.author_id
      WHERE cl.target_id = $1 AND ($2::timestamptz IS NULL OR cl.at < $2)
      ORDER BY cl.at DESC, cl.id DESC LIMIT $3`,
    [q.targetId, q.before ?? null, q.limit],
  );
  return rows.map((r) => ({ kind: 'contact_log', ...r }) as TimelineEntry);
}

/** One target's history, newest first, from every registered source. Page with `before` = the last entry's `at`. */
@Injectable()
export class TimelineService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UserContextService,
    private readonly registry: TimelineRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register({ kind: 'stage_change', entries: stageChangeEntries });
    this.registry.register({ kind: 'contact_log', entries: contactLogEntries });
  }

  async forTarget(user: AuthUser, targetId: number, query: { before?: unknown; limit?: unknown }): Promise<TimelineEntry[]> {
    const limit = query.limit === undefined ? 100 : parseIntParam(query.limit, 'limit', 1, TIMELINE_MAX);
    const before = query.before === undefined ? undefined : parseDateTime(query.before, 'before');
    const em = this.db.manager;
    const ctx = await this.access.load(user, em);
    await readableTarget(em, ctx, targetId);
    const q: TimelineQuery = { targetId, before, limit };
    const lists = await Promise.all(this.registry.list().map((s) => s.entries(em, q)));
    return mergeTimeline(lists, limit);
  }
}
