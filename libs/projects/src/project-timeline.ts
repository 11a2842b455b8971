import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TimelineRegistry, type TimelineEntry, type TimelineQuery } from '@crm/pipeline';
import { TIME_ZONE } from '@crm/time';

type Source = (em: EntityManager, q: TimelineQuery) => Promise<TimelineEntry[]>;

const rows =
  (kind: string, sql: string): Source =>
  async (em, q) => {
    const found: Record<string, unknown>[] = await em.query(sql, [q.targetId, q.before ?? null, q.limit]);
    return found.map((r) => ({ kind, ...r, at: new Date(r.at as string) }) as TimelineEntry);
  };

/** The project in the target's timeline: instructions and their replies, funds arrived, milestones reached. */
@Injectable()
export class ProjectTimeline implements OnModuleInit {
  constructor(private readonly registry: TimelineRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      kind: 'instruction',
      entries: rows(
        'instruction',
        `
        SELECT i.id, i.created_at AS at, i.body, i.state, i.due_at AS "dueAt", i.author_id AS "authorId", au.display_name AS "authorName",
               i.assignee_id AS "assigneeId", asg.display_name AS "assigneeName", i.closed_at AS "closedAt", i.closing_note AS "closingNote"
          FROM instruction i JOIN app_user au ON au.id = i.author_id JOIN app_user asg ON asg.id = i.assignee_id
         WHERE i.target_id = $1 AND ($2::timestamptz IS NULL OR i.created_at < $2) ORDER BY i.created_at DESC, i.id DESC LIMIT $3`,
      ),
    });
    this.registry.register({
      kind: 'instruction_reply',
      entries: rows(
        'instruction_reply',
        `
        SELECT r.id, r.created_at AS at, r.body, r.instruction_id AS "instructionId", r.author_id AS "authorId", u.display_name AS "authorName"
          FROM instruction_reply r JOIN instruction i ON i.id = r.instruction_id JOIN app_user u ON u.id = r.author_id
         WHERE i.target_id = $1 AND ($2::timestamptz IS NULL OR r.created_at < $2) ORDER BY r.created_at DESC, r.id DESC LIMIT $3`,
      ),
    });
    this.registry.register({
      kind: 'project_fund',
      entries: rows(
        'project_fund',
        `
        SELECT f.id, f.created_at AS at, to_char(f.arrived_on, 'YYYY-MM-DD') AS "arrivedOn", f.amount::float8 AS amount, f.source, f.note, u.display_name AS "byName"
          FROM project_fund f LEFT JOIN app_user u ON u.id = f.created_by_id
         WHERE f.target_id = $1 AND ($2::timestamptz IS NULL OR f.created_at < $2) ORDER BY f.created_at DESC, f.id DESC LIMIT $3`,
      ),
    });
    // A milestone reached, placed at the start of its actual day in Shanghai.
    this.registry.register({
      kind: 'milestone',
      entries: rows(
        'milestone',
        `
        SELECT m.id, (m.actual_on::timestamp AT TIME ZONE '${TIME_ZONE}') AS at, m.kind AS "milestoneKind", to_char(m.actual_on, 'YYYY-MM-DD') AS "actualOn", to_char(m.planned_on, 'YYYY-MM-DD') AS "plannedOn"
          FROM project_milestone m
         WHERE m.target_id = $1 AND m.actual_on IS NOT NULL AND ($2::timestamptz IS NULL OR (m.actual_on::timestamp AT TIME ZONE '${TIME_ZONE}') < $2)
         ORDER BY m.actual_on DESC, m.id DESC LIMIT $3`,
      ),
    });
  }
}
