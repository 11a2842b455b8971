import type { EntityManager, SelectQueryBuilder, WhereExpressionBuilder } from 'typeorm';
import { targetReadScope, type UserContext } from '@crm/access';
import { firmSearchCondition } from '@crm/firms';
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

/**
 * `column = :one` for a single value, `column = ANY(:list)` otherwise (an empty list matches
 * nothing). PostgreSQL returns index order only through equality, so a one-chain/one-stage list
 * can read ix_target_chain_stage_activity in sort order instead of sorting every match.
 */
function whereIn<T>(qb: WhereExpressionBuilder, column: string, listParam: string, oneParam: string, values: readonly T[] | undefined): void {
  if (!values) return;
  if (values.length === 1) qb.andWhere(`${column} = :${oneParam}`, { [oneParam]: values[0] });
  else qb.andWhere(`${column} = ANY(:${listParam})`, { [listParam]: values });
}

/** The filters as SQL on `t` (target), `f` (firm, only for q) and `c` (chain, only for planIds). */
function applyTargetFilters(qb: SelectQueryBuilder<Target>, f: TargetFilters): void {
  if (f.ids) qb.andWhere('t.id = ANY(:ids)', { ids: f.ids });
  // The bigram containment lets the GIN index (crm_bigrams, bench migration) answer two-character
  // fragments, which trigrams cannot; the ILIKE is the exact check.
  if (f.q) {
    const search = firmSearchCondition('f', f.q);
    qb.andWhere(search.sql, search.params);
  }
  whereIn(qb, 't.chain_id', 'chainIds', 'chainId', f.chainIds);
  whereIn(qb, 't.chain_link_id', 'chainLinkIds', 'chainLinkId', f.chainLinkIds);
  whereIn(qb, 't.stage', 'stages', 'stage', f.stages);
  whereIn(qb, 't.owner_id', 'ownerIds', 'ownerId', f.ownerIds);
  whereIn(qb, 't.method', 'methods', 'method', f.methods);
  whereIn(qb, 'c.plan_id', 'planIds', 'planId', f.planIds);
  if (f.firmIds) qb.andWhere('t.firm_id = ANY(:firmIds)', { firmIds: f.firmIds });
}

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
  applyTargetFilters(qb, f);
  return qb;
}

/**
 * visibleTargets(em, ctx, f) on `target` alone, for counts, sums and pages of ids: firm, chain,
 * link and owner are NOT NULL foreign keys, so those joins never drop a row and are added only
 * when a filter needs them (firm for q, chain for planIds). Each target is one row: no DISTINCT.
 * At 200k targets, joining every match to its names before grouping or sorting costs ~4× more.
 */
export function visibleTargetsAlone(em: EntityManager, ctx: UserContext, f: TargetFilters = {}): SelectQueryBuilder<Target> {
  const scope = targetReadScope(ctx, 't');
  const qb = em.createQueryBuilder(Target, 't');
  if (f.q) qb.innerJoin('t.firm', 'f');
  if (f.planIds) qb.innerJoin('t.chain', 'c');
  qb.where(scope.sql, scope.params);
  applyTargetFilters(qb, f);
  return qb;
}

/** How many targets visibleTargets(em, ctx, f) returns, counted on `target` alone. */
export async function countTargets(em: EntityManager, ctx: UserContext, f: TargetFilters = {}): Promise<number> {
  const row: { n: string } | undefined = await visibleTargetsAlone(em, ctx, f).select('COUNT(*)', 'n').getRawOne();
  return Number(row?.n ?? 0);
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
