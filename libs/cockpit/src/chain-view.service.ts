import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { UserContext } from '@crm/access';
import { notFound } from '@crm/http';
import { coveragePercent, isCovered, linkCoverage, summarizeCoverage } from '@crm/chain-map';
import type { ChainView } from '@crm/contracts';
import { namedQuery } from '@crm/database';
import { LANDED_ON_SQL, STAGE_LABELS, targetConditions, type Stage } from '@crm/pipeline';
import { shanghaiDate, TIME_ZONE } from '@crm/time';

interface LinkRow {
  id: number;
  code: string;
  name: string;
  position: string;
  action: string | null;
  sort_order: number;
  local_firms: string[];
  leads: number;
  engaged: number;
  landed: number;
}

interface LiveRow {
  id: number;
  chain_link_id: number;
  firm: string;
  stage: Stage;
  owner: string;
  expected_investment: string | null;
  next_follow_up_at: Date | null;
  /** Live targets on the link the caller may read, listed or not. */
  total: number;
}

/**
 * Live targets listed per link on the cockpit's chain view (as on the chain map); the handbook
 * export lists every one. At district scale a chain holds thousands of live targets: listing them
 * all made the view a 3.3 MB answer that took longer to serialise than to compute.
 */
export const COCKPIT_TARGETS_PER_LINK = 20;

export interface ChainViewOptions {
  /** The Asia/Shanghai date (YYYY-MM-DD) the coverage history ends on; default today. */
  today?: string;
  /** List at most this many live targets per link, the most recently active (liveTargetsTotal counts them all); default every one. */
  liveTargetsPerLink?: number;
}

/**
 * The chain manager's view of one chain: each link's coverage (the chain map's linkCoverage), the live
 * targets aimed at each, the chain-owner firms, and weekly coverage over the last 90 days.
 * Coverage is a fact about the district (local firms, landings), so it counts every landing;
 * the live targets listed are those the caller may read.
 */
@Injectable()
export class ChainViewService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async view(ctx: UserContext, chainId: number, opts: ChainViewOptions = {}): Promise<ChainView<Date>> {
    const today = opts.today ?? shanghaiDate();
    if (ctx.user.role === 'chain_manager' && !ctx.managedChainIds.includes(chainId)) throw notFound('Chain', '产业链');
    const [chain] = await this.db.query(
      `SELECT c.id, c.name, c.code, c.kind, c.action, c.description, p.id AS plan_id, p.title AS plan_title FROM chain c JOIN plan p ON p.id = c.plan_id WHERE c.id = $1`,
      [chainId],
    );
    if (!chain) throw notFound('Chain', '产业链');

    const links: LinkRow[] = await this.db.query(
      `SELECT cl.id, cl.code, cl.name, cl.position, cl.action, cl.sort_order,
              ARRAY(SELECT f.name FROM firm_chain_link fcl JOIN firm f ON f.id = fcl.firm_id
                     WHERE fcl.chain_link_id = cl.id AND f.is_local ORDER BY f.name) AS local_firms,
              (SELECT count(*)::int FROM target t WHERE t.chain_link_id = cl.id AND t.stage = 'lead') AS leads,
              (SELECT count(*)::int FROM target t WHERE t.chain_link_id = cl.id AND t.stage IN ('contact', 'signed')) AS engaged,
              (SELECT count(*)::int FROM target t WHERE t.chain_link_id = cl.id AND t.stage = 'landed') AS landed
         FROM chain_link cl WHERE cl.chain_id = $1 ORDER BY cl.sort_order, cl.id`,
      [chainId],
    );
    const c = targetConditions(ctx, { chainId });
    // Firm and owner names looked up for the listed rows only (a join named every live target of the chain first).
    const live = await namedQuery<LiveRow>(
      this.db,
      `SELECT l.id, l.chain_link_id, l.stage, l.expected_investment, l.next_follow_up_at, l.total,
              (SELECT f.name FROM firm f WHERE f.id = l.firm_id) AS firm, (SELECT u.display_name FROM app_user u WHERE u.id = l.owner_id) AS owner
         FROM (SELECT t.id, t.chain_link_id, t.firm_id, t.owner_id, t.stage, t.expected_investment, t.next_follow_up_at,
                      row_number() OVER (PARTITION BY t.chain_link_id ORDER BY t.last_activity_at DESC, t.id DESC) AS rn,
                      count(*) OVER (PARTITION BY t.chain_link_id)::int AS total
                 FROM target t WHERE ${c.sql} AND t.stage IN ('lead', 'contact', 'signed')) l
        WHERE CAST(:perLink AS int) IS NULL OR l.rn <= CAST(:perLink AS int)
        ORDER BY l.chain_link_id, l.id`,
      { ...c.params, perLink: opts.liveTargetsPerLink ?? null },
    );
    const owners: { id: number; name: string; is_local: boolean }[] = await this.db.query(
      `SELECT DISTINCT f.id, f.name, f.is_local FROM firm f
        WHERE '链主' = ANY (f.tags)
          AND (EXISTS (SELECT 1 FROM firm_chain_link fcl JOIN chain_link cl ON cl.id = fcl.chain_link_id WHERE fcl.firm_id = f.id AND cl.chain_id = $1)
               OR EXISTS (SELECT 1 FROM target t WHERE t.firm_id = f.id AND t.chain_id = $1))
        ORDER BY f.name`,
      [chainId],
    );

    const rows = links.map((l) => {
      const targets = live.filter((t) => t.chain_link_id === l.id);
      const liveTotal = targets[0]?.total ?? 0;
      // Coverage ignores the caller's scope: a gap is a gap for everyone.
      return {
        id: l.id,
        code: l.code,
        name: l.name,
        position: l.position,
        action: l.action,
        localFirms: l.local_firms,
        landedTargets: l.landed,
        coverage: linkCoverage({ localFirms: l.local_firms.length, engagedTargets: l.engaged, leadTargets: l.leads, landedTargets: l.landed }),
        liveTargetsTotal: liveTotal,
        liveTargets: targets.map((t) => ({
          id: t.id,
          firm: t.firm,
          stage: t.stage,
          stageLabel: STAGE_LABELS[t.stage],
          owner: t.owner,
          expectedInvestment: t.expected_investment === null ? null : Number(t.expected_investment),
          nextFollowUpAt: t.next_follow_up_at,
        })),
      };
    });
    const summary = summarizeCoverage(rows.map((r) => r.coverage));
    const open = rows.filter((r) => !isCovered(r.coverage));
    return {
      chain: {
        id: chain.id,
        name: chain.name,
        code: chain.code,
        kind: chain.kind,
        action: chain.action,
        description: chain.description,
        planId: chain.plan_id,
        plan: chain.plan_title,
      },
      links: rows,
      totals: {
        links: summary.links,
        covered: summary.covered,
        inProgress: summary.byCoverage.in_progress,
        leadOnly: summary.byCoverage.lead_only,
        gaps: summary.gaps,
        coveragePercent: summary.coveredPct,
      },
      /** Links not covered (gap and lead_only), as the coverage figure counts them. */
      gaps: open.map((r) => ({ id: r.id, name: r.name, action: r.action, coverage: r.coverage })),
      inProgress: rows
        .filter((r) => r.coverage === 'in_progress')
        .map((r) => ({ id: r.id, name: r.name, action: r.action, liveTargets: r.liveTargets, liveTargetsTotal: r.liveTargetsTotal })),
      chainOwners: owners.map((o) => ({ id: o.id, name: o.name, isLocal: o.is_local })),
      coverageHistory: await this.history(chainId, today),
    };
  }

  /**
   * Coverage at the end of each week over the last 90 days (Asia/Shanghai dates), by the same rule
   * as today's figure (isCovered): a link counts from the day a target on it landed, or while a
   * target on it stood at 接洽 or 签约 (from its stage changes); local firms count throughout, as the
   * system holds no date for when they arrived.
   */
  private async history(chainId: number, today: string): Promise<{ date: string; covered: number; links: number; coveragePercent: number | null }[]> {
    const rows: { d: string; covered: number; total: number }[] = await this.db.query(
      `WITH days AS (SELECT ($2::date - 7 * k) AS d FROM generate_series(0, 13) AS k),
            links AS (SELECT cl.id, EXISTS (SELECT 1 FROM firm_chain_link fcl JOIN firm f ON f.id = fcl.firm_id
                                             WHERE fcl.chain_link_id = cl.id AND f.is_local) AS has_local
                        FROM chain_link cl WHERE cl.chain_id = $1),
            landed AS (SELECT t.chain_link_id, min(${LANDED_ON_SQL('t')}) AS landed_on
                         FROM target t WHERE t.chain_id = $1 AND t.stage = 'landed' GROUP BY t.chain_link_id),
            stays AS (SELECT t.chain_link_id, sc.to_stage, (sc.at AT TIME ZONE '${TIME_ZONE}')::date AS from_day,
                             lead((sc.at AT TIME ZONE '${TIME_ZONE}')::date) OVER (PARTITION BY sc.target_id ORDER BY sc.at, sc.id) AS to_day
                        FROM stage_change sc JOIN target t ON t.id = sc.target_id WHERE t.chain_id = $1),
            engaged AS (SELECT DISTINCT days.d, s.chain_link_id FROM days JOIN stays s
                           ON s.to_stage IN ('contact', 'signed') AND s.from_day <= days.d AND (s.to_day IS NULL OR s.to_day > days.d))
       SELECT to_char(days.d, 'YYYY-MM-DD') AS d,
              count(l.id) FILTER (WHERE l.has_local OR ld.landed_on <= days.d OR e.chain_link_id IS NOT NULL)::int AS covered,
              count(l.id)::int AS total
         FROM days LEFT JOIN links l ON TRUE LEFT JOIN landed ld ON ld.chain_link_id = l.id
         LEFT JOIN engaged e ON e.d = days.d AND e.chain_link_id = l.id
        GROUP BY days.d ORDER BY days.d`,
      [chainId, today],
    );
    return rows.map((r) => ({ date: r.d, covered: r.covered, links: r.total, coveragePercent: coveragePercent(r.covered, r.total) }));
  }
}
