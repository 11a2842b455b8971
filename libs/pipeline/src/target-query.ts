import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { targetReadScope, type UserContext } from '@crm/access';
import { Target } from './target.entity';
import type { RecruitmentMethod, Stage } from './stage';

/** A target as lists, the board and the detail page show it: the row plus the names it points at. */
export type TargetRow = Omit<Target, 'firm' | 'chain' | 'chainLink' | 'owner'> & {
  firmName: string;
  chainName: string;
  chainLinkName: string;
  ownerName: string;
  planId: number;
};

export interface TargetFilters {
  ids?: number[];
  q?: string;
  chainIds?: number[];
  chainLinkIds?: number[];
  stages?: Stage[];
  ownerIds?: number[];
  methods?: RecruitmentMethod[];
  planIds?: number[];
  firmIds?: number[];
}

export const TARGET_SORTABLE = ['lastActivityAt', 'stageEnteredAt', 'expectedInvestment', 'createdAt', 'nextFollowUpAt', 'id'] as const;

/** `%fragment%` for ILIKE with the user's own % _ and \ taken literally. */
export const containsPattern = (fragment: string): string => `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Targets the caller may read (visibility is part of the SQL, never a filter after the fact),
 * joined to firm, chain, link and owner, narrowed by the filters.
 */
export function visibleTargets(em: EntityManager, ctx: UserContext, f: TargetFilters = {}): SelectQueryBuilder<Target> {
  const scope = targetReadScope(ctx, 't');
  const qb = em
    .createQueryBuilder(Target, 't')
    .innerJoin('t.firm', 'f')
    .addSelect(['f.id', 'f.name'])
    .innerJoin('t.chain', 'c')
    .addSelect(['c.id', 'c.name', 'c.planId'])
    .innerJoin('t.chainLink', 'l')
    .addSelect(['l.id', 'l.name'])
    .innerJoin('t.owner', 'o')
    .addSelect(['o.id', 'o.displayName'])
    .where(scope.sql, scope.params);
  if (f.ids) qb.andWhere('t.id = ANY(:ids)', { ids: f.ids });
  // The bigram containment lets the GIN index (crm_bigrams, bench migration) answer two-character
  // fragments, which trigrams cannot; the ILIKE is the exact check.
  if (f.q) qb.andWhere(`crm_bigrams(f.search_text) @> crm_bigrams(:qText) AND f.search_text ILIKE :q ESCAPE '\\'`, { qText: f.q, q: containsPattern(f.q) });
  if (f.chainIds) qb.andWhere('t.chain_id = ANY(:chainIds)', { chainIds: f.chainIds });
  if (f.chainLinkIds) qb.andWhere('t.chain_link_id = ANY(:chainLinkIds)', { chainLinkIds: f.chainLinkIds });
  if (f.stages) qb.andWhere('t.stage = ANY(:stages)', { stages: f.stages });
  if (f.ownerIds) qb.andWhere('t.owner_id = ANY(:ownerIds)', { ownerIds: f.ownerIds });
  if (f.methods) qb.andWhere('t.method = ANY(:methods)', { methods: f.methods });
  if (f.planIds) qb.andWhere('c.plan_id = ANY(:planIds)', { planIds: f.planIds });
  if (f.firmIds) qb.andWhere('t.firm_id = ANY(:firmIds)', { firmIds: f.firmIds });
  return qb;
}

/** Orders by a sortable field (nulls last) with id as the tie-break, so paging is stable. */
export function orderTargets(qb: SelectQueryBuilder<Target>, field: (typeof TARGET_SORTABLE)[number], order: 'ASC' | 'DESC'): SelectQueryBuilder<Target> {
  qb.orderBy(`t.${field}`, order, 'NULLS LAST');
  if (field !== 'id') qb.addOrderBy('t.id', order);
  return qb;
}

export function toTargetRow(t: Target): TargetRow {
  const { firm, chain, chainLink, owner, ...rest } = t;
  return {
    ...rest,
    firmName: firm!.name,
    chainName: chain!.name,
    chainLinkName: chainLink!.name,
    ownerName: owner!.displayName,
    planId: chain!.planId,
  };
}
