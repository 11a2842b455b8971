import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canCreateTargetInChain, UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { EnumFilter, IdFilter } from '@crm/http';
import type { LinkPosition } from './chain-link.entity';
import { LINK_ACTIONS, type LinkAction } from './chain.entity';
import { isCovered, linkCoverage, type Coverage } from './coverage.rules';
import { targetsPerLinkSql } from '@crm/pipeline/reads';

export class GapQueryDto {
  @IdFilter() planId?: number;
  @IdFilter() chainId?: number;
  /** The plan's action on the link (the chain's when the link names none). */
  @EnumFilter(LINK_ACTIONS) action?: LinkAction;
}

export interface ChainGap {
  linkId: number;
  linkCode: string;
  linkName: string;
  position: LinkPosition;
  /** The link's action, else its chain's (补链, 建链 …); null when the plan names none. */
  action: LinkAction | null;
  /** gap: nothing at all; lead_only: only leads nobody has contacted yet (still a gap). */
  coverage: Extract<Coverage, 'gap' | 'lead_only'>;
  leadTargets: number;
  chainId: number;
  chainName: string;
  planId: number;
  planTitle: string;
  /** May the caller start a target on this link (chain managers: their chains; leaders never)? */
  mayCreateTarget: boolean;
}

/** The OpenAPI description of one 缺口清单 row (ChainGap). */
export class ChainGapView implements ChainGap {
  @ApiProperty() linkId: number;
  @ApiProperty() linkCode: string;
  @ApiProperty() linkName: string;
  @ApiProperty({ enum: ['upstream', 'midstream', 'downstream', 'sub-domain'] }) position: LinkPosition;
  @ApiProperty({ enum: LINK_ACTIONS, nullable: true }) action: LinkAction | null;
  @ApiProperty({ enum: ['gap', 'lead_only'] }) coverage: Extract<Coverage, 'gap' | 'lead_only'>;
  @ApiProperty() leadTargets: number;
  @ApiProperty() chainId: number;
  @ApiProperty() chainName: string;
  @ApiProperty() planId: number;
  @ApiProperty() planTitle: string;
  @ApiProperty() mayCreateTarget: boolean;
}

interface Row {
  link_id: number;
  link_code: string;
  link_name: string;
  position: LinkPosition;
  action: LinkAction | null;
  chain_id: number;
  chain_name: string;
  plan_id: number;
  plan_title: string;
  local_firms: number;
  lead: number;
  engaged: number;
  landed: number;
}

/**
 * 缺口清单: every link of every chain that the coverage rule does not count as covered, across
 * plans. Gaps are a fact about the district, so every role sees them all (as on the chain map);
 * mayCreateTarget says who can act on one.
 */
@Injectable()
export class GapListService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly userContext: UserContextService,
  ) {}

  async list(user: AuthUser, q: GapQueryDto): Promise<ChainGap[]> {
    const ctx = await this.userContext.load(user);
    const rows: Row[] = await this.db.query(
      `SELECT l.id AS link_id, l.code AS link_code, l.name AS link_name, l.position, coalesce(l.action, c.action) AS action,
              c.id AS chain_id, c.name AS chain_name, p.id AS plan_id, p.title AS plan_title,
              (SELECT count(*) FROM firm_chain_link fcl JOIN firm f ON f.id = fcl.firm_id AND f.is_local WHERE fcl.chain_link_id = l.id)::int AS local_firms,
              coalesce(t.lead, 0)::int AS lead, (coalesce(t.contact, 0) + coalesce(t.signed, 0))::int AS engaged, coalesce(t.landed, 0)::int AS landed
         FROM chain_link l
         JOIN chain c ON c.id = l.chain_id
         JOIN plan p ON p.id = c.plan_id
         LEFT JOIN (${targetsPerLinkSql()}) t ON t.chain_link_id = l.id
        WHERE ($1::int IS NULL OR p.id = $1) AND ($2::int IS NULL OR c.id = $2) AND ($3::text IS NULL OR coalesce(l.action, c.action) = $3)
        ORDER BY p.id, c.sort_order, c.id, l.sort_order, l.id`,
      [q.planId ?? null, q.chainId ?? null, q.action ?? null],
    );
    return rows.flatMap((r) => {
      const coverage = linkCoverage({ localFirms: r.local_firms, engagedTargets: r.engaged, leadTargets: r.lead, landedTargets: r.landed });
      if (isCovered(coverage)) return [];
      return [
        {
          linkId: r.link_id,
          linkCode: r.link_code,
          linkName: r.link_name,
          position: r.position,
          action: r.action,
          coverage: coverage as ChainGap['coverage'],
          leadTargets: r.lead,
          chainId: r.chain_id,
          chainName: r.chain_name,
          planId: r.plan_id,
          planTitle: r.plan_title,
          mayCreateTarget: canCreateTargetInChain(ctx, r.chain_id),
        },
      ];
    });
  }
}
