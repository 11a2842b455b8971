import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canCreateTargetInChain, targetReadScope, UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { notFound } from '@crm/http';
import type { LinkPosition } from './chain-link.entity';
import type { LinkAction } from './chain.entity';
import type { ChainMap, MapFirm, MapLink, MapTarget } from '@crm/contracts';
import { isCovered, linkCoverage, summarizeCoverage } from './coverage.rules';
import { chainTargetsPerLink, firmTargetedInChainSql, targetsPerLinkSql } from '@crm/pipeline/reads';

export type { ChainMap, MapFirm, MapLink, MapTarget } from '@crm/contracts';

/** Targets listed per link on the map; the stage counts always cover every target. */
export const MAP_TARGETS_PER_LINK = 20;

interface LinkRow {
  id: number;
  code: string;
  name: string;
  position: LinkPosition;
  action: LinkAction | null;
  sort_order: number;
  version: number;
  lead: number;
  contact: number;
  signed: number;
  landed: number;
  local_firms: MapFirm[];
}

/**
 * The chain map (产业链图谱): every link with its local firms, pipeline counts and coverage.
 * Counts are global on purpose: a gap is a fact about the district, and a promoter who sees
 * "2 in contact" but cannot open them knows to ask rather than duplicate the work. The target
 * names listed per link respect targetReadScope, so no one learns which firm another team courts.
 */
@Injectable()
export class ChainMapService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly userContext: UserContextService,
  ) {}

  async map(chainId: number, user: AuthUser): Promise<ChainMap> {
    const [chain] = await this.db.query('SELECT id, plan_id AS "planId", code, name, kind, action, version FROM chain WHERE id = $1', [chainId]);
    if (!chain) throw notFound('chain', '产业链');
    const ctx = await this.userContext.load(user);
    const [links, targets, ownerFirms] = await Promise.all([this.links(chainId), this.visibleTargets(chainId, ctx), this.ownerFirms(chainId)]);

    const targetsByLink = new Map<number, MapTarget[]>();
    const totalByLink = new Map<number, number>();
    for (const t of targets) {
      const list = targetsByLink.get(t.linkId);
      if (list) list.push(t.target);
      else targetsByLink.set(t.linkId, [t.target]);
      totalByLink.set(t.linkId, t.total);
    }

    const mapLinks: MapLink[] = links.map((r) => {
      const liveCount = r.lead + r.contact + r.signed;
      const coverage = linkCoverage({ localFirms: r.local_firms.length, engagedTargets: r.contact + r.signed, leadTargets: r.lead, landedTargets: r.landed });
      return {
        id: r.id,
        code: r.code,
        name: r.name,
        position: r.position,
        action: r.action,
        sortOrder: r.sort_order,
        version: r.version,
        localFirms: r.local_firms,
        liveByStage: { lead: r.lead, contact: r.contact, signed: r.signed },
        liveCount,
        landedCount: r.landed,
        targets: targetsByLink.get(r.id) ?? [],
        targetsTotal: totalByLink.get(r.id) ?? 0,
        coverage,
        gap: !isCovered(coverage),
      };
    });
    return {
      chain: { ...chain, mayCreateTarget: canCreateTargetInChain(ctx, chain.id) },
      summary: { ...summarizeCoverage(mapLinks.map((l) => l.coverage)), ownerFirms },
      links: mapLinks,
    };
  }

  /** Every link with its stage counts and local firms, in one statement. */
  private links(chainId: number): Promise<LinkRow[]> {
    return this.db.query(
      `SELECT l.id, l.code, l.name, l.position, l.action, l.sort_order, l.version,
              coalesce(t.lead, 0)::int AS lead, coalesce(t.contact, 0)::int AS contact,
              coalesce(t.signed, 0)::int AS signed, coalesce(t.landed, 0)::int AS landed,
              coalesce(f.firms, '[]'::json) AS local_firms
         FROM chain_link l
         LEFT JOIN (${targetsPerLinkSql('$1')}) t ON t.chain_link_id = l.id
         LEFT JOIN (
           SELECT fcl.chain_link_id, json_agg(json_build_object('id', fm.id, 'name', fm.name, 'tags', fm.tags) ORDER BY fm.name) AS firms
             FROM firm_chain_link fcl
             JOIN firm fm ON fm.id = fcl.firm_id AND fm.is_local
             JOIN chain_link cl ON cl.id = fcl.chain_link_id AND cl.chain_id = $1
            GROUP BY fcl.chain_link_id
         ) f ON f.chain_link_id = l.id
        WHERE l.chain_id = $1
        ORDER BY l.sort_order, l.id`,
      [chainId],
    );
  }

  /**
   * Per link, the first MAP_TARGETS_PER_LINK live or landed targets the caller may read (newest
   * activity first), plus how many there are. The firm name is looked up only for the rows kept.
   */
  private async visibleTargets(
    chainId: number,
    ctx: Awaited<ReturnType<UserContextService['load']>>,
  ): Promise<{ linkId: number; total: number; target: MapTarget }[]> {
    const rows = await chainTargetsPerLink(this.db.manager, chainId, targetReadScope(ctx, 't'), MAP_TARGETS_PER_LINK);
    return rows.map((r) => ({
      linkId: r.link_id,
      total: Number(r.total),
      target: { id: r.id, firmId: r.firm_id, firmName: r.firm_name, stage: r.stage, ownerId: r.owner_id },
    }));
  }

  /**
   * Firms tagged 链主 that work in, or are recruited for, any link of the chain. `@>` lets the GIN
   * index on tags answer; the equivalent `= ANY` keeps the partial index ix_firm_chain_owner_name
   * (whose predicate it is) usable too, so the planner may pick either.
   */
  private ownerFirms(chainId: number): Promise<MapFirm[]> {
    return this.db.query(
      `SELECT f.id, f.name, f.tags FROM firm f
        WHERE f.tags @> ARRAY['链主']::text[] AND '链主' = ANY(f.tags)
          AND (EXISTS (SELECT 1 FROM firm_chain_link fcl JOIN chain_link l ON l.id = fcl.chain_link_id WHERE fcl.firm_id = f.id AND l.chain_id = $1)
               OR ${firmTargetedInChainSql('f.id', '$1')})
        ORDER BY f.name`,
      [chainId],
    );
  }
}
