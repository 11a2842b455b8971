import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { UserContext } from '@crm/access';
import type { OverdueList, StalledList } from '@crm/contracts';
import { namedQuery } from '@crm/database';
import { STAGE_LABELS, targetConditions, type Stage, type TargetFilterDto } from '@crm/pipeline';
import { daysIdle, defaultStaleThresholds, RULE_FOR_PLAN_SQL, staleGradeAfter, type StaleThresholds } from '@crm/reminders';

const LIST_LIMIT = 200;

interface WatchRow {
  id: number;
  firm_name: string;
  stage: Stage;
  chain_id: number;
  chain_name: string;
  owner_id: number;
  owner_name: string;
  next_follow_up_at: Date | null;
  last_activity_at: Date;
  expected_investment: string | null;
}

const SELECT_WATCH = `SELECT t.id, f.name AS firm_name, t.stage, t.chain_id, c.name AS chain_name, t.owner_id, u.display_name AS owner_name,
                             t.next_follow_up_at, t.last_activity_at, t.expected_investment
                        FROM target t JOIN firm f ON f.id = t.firm_id JOIN chain c ON c.id = t.chain_id JOIN app_user u ON u.id = t.owner_id`;

const item = (r: WatchRow) => ({
  id: r.id,
  firm: r.firm_name,
  stage: r.stage,
  stageLabel: STAGE_LABELS[r.stage],
  chainId: r.chain_id,
  chain: r.chain_name,
  ownerId: r.owner_id,
  owner: r.owner_name,
  nextFollowUpAt: r.next_follow_up_at,
  lastActivityAt: r.last_activity_at,
  expectedInvestment: r.expected_investment === null ? null : Number(r.expected_investment),
});

/** The lists a leader acts on: overdue follow-ups and stalled (red/yellow) targets. */
@Injectable()
export class WatchlistService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Live targets whose open follow-up is past due, oldest first, with totals per owner. */
  async overdue(ctx: UserContext, f: TargetFilterDto, now = new Date()): Promise<OverdueList<Date>> {
    const c = targetConditions(ctx, f);
    const where = `${c.sql} AND t.stage IN ('lead', 'contact', 'signed') AND t.next_follow_up_at < CAST(:now AS timestamptz)`;
    const params = { ...c.params, now, lim: LIST_LIMIT };
    const [rows, byOwner] = await Promise.all([
      namedQuery<WatchRow>(this.db, `${SELECT_WATCH} WHERE ${where} ORDER BY t.next_follow_up_at, t.id LIMIT :lim`, params),
      namedQuery<{ owner_id: number; owner_name: string; count: number }>(
        this.db,
        `SELECT t.owner_id, u.display_name AS owner_name, count(*)::int AS count
           FROM target t JOIN app_user u ON u.id = t.owner_id WHERE ${where}
          GROUP BY t.owner_id, u.display_name ORDER BY count DESC, t.owner_id`,
        params,
      ),
    ]);
    const total = byOwner.reduce((s, o) => s + o.count, 0);
    return {
      total,
      byOwner: byOwner.map((o) => ({ ownerId: o.owner_id, owner: o.owner_name, count: o.count })),
      items: rows.map((r) => ({ ...item(r), daysOverdue: daysIdle(r.next_follow_up_at!, now) })),
    };
  }

  /**
   * Live targets idle past their stage's yellow threshold, longest idle first, each marked red or
   * yellow. Thresholds come from reminder_rule (the target's plan's row, else the defaults row,
   * read through the reminders library); staleGradeAfter grades each row with the thresholds that applied to it.
   */
  async stalled(ctx: UserContext, f: TargetFilterDto, now = new Date()): Promise<StalledList<Date>> {
    const c = targetConditions(ctx, f);
    const params = { ...c.params, now, lim: LIST_LIMIT };
    // Thresholds per chain (its plan's reminder_rule row, else the defaults row), joined to the
    // targets by hash: a LATERAL per target cost 150 ms at 150,000 live targets. "idle ≥ N days"
    // (whole days, as daysIdle) is compared as "last activity ≤ now − N × 86,400 s", the same
    // instant, without computing a numeric day count for every row.
    const graded = `
      WITH rules AS (
        SELECT ch.id AS chain_id, r.* FROM chain ch
          JOIN LATERAL ${RULE_FOR_PLAN_SQL('ch.plan_id')} r ON TRUE),
      thresholds AS (
        SELECT t.id, t.last_activity_at,
               CASE t.stage WHEN 'lead' THEN r.lead_yellow_days WHEN 'contact' THEN r.contact_yellow_days ELSE r.signed_yellow_days END AS yellow,
               CASE t.stage WHEN 'lead' THEN r.lead_red_days WHEN 'contact' THEN r.contact_red_days ELSE r.signed_red_days END AS red
          FROM target t JOIN rules r ON r.chain_id = t.chain_id
         WHERE ${c.sql} AND t.stage IN ('lead', 'contact', 'signed')),
      g AS (
        SELECT id, last_activity_at, yellow, red,
               last_activity_at <= CAST(:now AS timestamptz) - make_interval(secs => 86400 * yellow) AS past_yellow,
               last_activity_at <= CAST(:now AS timestamptz) - make_interval(secs => 86400 * red) AS past_red
          FROM thresholds)`;
    const [rows, [counts]] = await Promise.all([
      namedQuery<WatchRow & { yellow: number; red: number }>(
        this.db,
        `${graded}
         SELECT g.yellow, g.red, w.* FROM (${SELECT_WATCH}) w JOIN g ON g.id = w.id
          WHERE g.past_yellow ORDER BY w.last_activity_at, w.id LIMIT :lim`,
        params,
      ),
      namedQuery<{ red: number; yellow: number }>(
        this.db,
        `${graded}
         SELECT count(*) FILTER (WHERE past_red)::int AS red, count(*) FILTER (WHERE past_yellow AND NOT past_red)::int AS yellow FROM g`,
        params,
      ),
    ]);
    return {
      thresholds: await this.thresholds(),
      red: counts.red,
      yellow: counts.yellow,
      items: rows.map((r) => {
        const days = daysIdle(r.last_activity_at, now);
        const own = { yellow: Number(r.yellow), red: Number(r.red) };
        const grade = staleGradeAfter(r.stage, days, { lead: own, contact: own, signed: own });
        // Only rows past yellow (in SQL) are listed, so the grade is yellow or red.
        return { ...item(r), idleDays: days, thresholds: own, level: grade === 'red' ? 'red' : 'yellow' };
      }),
    };
  }

  /** The office-wide thresholds (reminder_rule's defaults row), for display. */
  thresholds(): Promise<StaleThresholds> {
    return defaultStaleThresholds(this.db);
  }
}
