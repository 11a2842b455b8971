import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { UserContext } from '@crm/access';
import { notFound } from '@crm/http';
import { STAGE_LABELS, type Stage } from '@crm/pipeline';
import { coveragePercent, linkStatus } from './coverage.rules';
import { LANDED_ON_SQL, namedQuery, targetConditions } from './target-filter';

interface LinkRow {
  id: number;
  code: string;
  name: string;
  position: string;
  action: string | null;
  sort_order: number;
  local_firms: string[];
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
}

/**
 * The chain manager's view of one chain: which links are covered, in progress or gaps, the live
 * targets aimed at each, the chain-owner firms, and weekly coverage over the last 90 days.
 * Coverage is a fact about the district (local firms, landings), so it counts every landing;
 * the live targets listed are those the caller may read.
 */
@Injectable()
export class ChainViewService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async view(ctx: UserContext, chainId: number) {
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
              (SELECT count(*)::int FROM target t WHERE t.chain_link_id = cl.id AND t.stage = 'landed') AS landed
         FROM chain_link cl WHERE cl.chain_id = $1 ORDER BY cl.sort_order, cl.id`,
      [chainId],
    );
    const c = targetConditions(ctx, { chainId });
    const live = await namedQuery<LiveRow>(
      this.db,
      `SELECT t.id, t.chain_link_id, f.name AS firm, t.stage, u.display_name AS owner, t.expected_investment, t.next_follow_up_at
         FROM target t JOIN firm f ON f.id = t.firm_id JOIN app_user u ON u.id = t.owner_id
        WHERE ${c.sql} AND t.stage IN ('lead', 'contact', 'signed') ORDER BY t.chain_link_id, t.id`,
      c.params,
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
      // Coverage ignores the caller's scope: a gap is a gap for everyone.
      return {
        id: l.id,
        code: l.code,
        name: l.name,
        position: l.position,
        action: l.action,
        localFirms: l.local_firms,
        landedTargets: l.landed,
        status: linkStatus({ localFirms: l.local_firms.length, landedTargets: l.landed, liveTargets: targets.length }),
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
    const covered = rows.filter((r) => r.status === 'covered').length;
    return {
      chain: { id: chain.id, name: chain.name, code: chain.code, kind: chain.kind, action: chain.action, description: chain.description, planId: chain.plan_id, plan: chain.plan_title },
      links: rows,
      totals: {
        links: rows.length,
        covered,
        inProgress: rows.filter((r) => r.status === 'in_progress').length,
        gaps: rows.filter((r) => r.status === 'gap').length,
        coveragePercent: coveragePercent(covered, rows.length),
      },
      gaps: rows.filter((r) => r.status === 'gap').map((r) => ({ id: r.id, name: r.name, action: r.action })),
      inProgress: rows.filter((r) => r.status === 'in_progress').map((r) => ({ id: r.id, name: r.name, action: r.action, liveTargets: r.liveTargets })),
      chainOwners: owners.map((o) => ({ id: o.id, name: o.name, isLocal: o.is_local })),
      coverageHistory: await this.history(chainId),
    };
  }

  /**
   * Coverage at the end of each week over the last 90 days (Asia/Shanghai dates): a link counts
   * from the day a target on it landed; local firms count throughout, as the system holds no
   * date for when they arrived.
   */
  private async history(chainId: number): Promise<{ date: string; covered: number; links: number; coveragePercent: number | null }[]> {
    const rows: { d: string; covered: number; total: number }[] = await this.db.query(
      `WITH days AS (SELECT (current_date - 7 * k) AS d FROM generate_series(0, 13) AS k),
            links AS (SELECT cl.id, EXISTS (SELECT 1 FROM firm_chain_link fcl JOIN firm f ON f.id = fcl.firm_id
                                             WHERE fcl.chain_link_id = cl.id AND f.is_local) AS has_local
                        FROM chain_link cl WHERE cl.chain_id = $1),
            landed AS (SELECT t.chain_link_id, min(${LANDED_ON_SQL('t')}) AS landed_on
                         FROM target t WHERE t.chain_id = $1 AND t.stage = 'landed' GROUP BY t.chain_link_id)
       SELECT to_char(days.d, 'YYYY-MM-DD') AS d,
              count(l.id) FILTER (WHERE l.has_local OR ld.landed_on <= days.d)::int AS covered,
              count(l.id)::int AS total
         FROM days LEFT JOIN links l ON TRUE LEFT JOIN landed ld ON ld.chain_link_id = l.id
        GROUP BY days.d ORDER BY days.d`,
      [chainId],
    );
    return rows.map((r) => ({ date: r.d, covered: r.covered, links: r.total, coveragePercent: coveragePercent(r.covered, r.total) }));
  }
}
