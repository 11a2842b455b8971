import { cappedCount } from '@crm/database';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { targetReadScope, type UserContext } from '@crm/access';
import { firmSearchCondition } from '@crm/firms';
import { Target } from './target.entity';
import type { RecruitmentMethod, Stage } from './stage';
import type { TargetFilterDto } from './target-filter.dto';

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

export interface TargetCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * `column = :one` for a single value, `column = ANY(:list)` otherwise (an empty list matches
 * nothing). PostgreSQL returns index order only through equality, so a one-chain/one-stage list
 * can read ix_target_chain_stage_activity in sort order instead of sorting every match.
 */
function inList<T>(column: string, listParam: string, oneParam: string, values: readonly T[] | undefined): TargetCondition | null {
  if (!values) return null;
  if (values.length === 1) return { sql: `${column} = :${oneParam}`, params: { [oneParam]: values[0] } };
  return { sql: `${column} = ANY(:${listParam})`, params: { [listParam]: values } };
}

/** The aliases the filters need besides the target's: the firm (only for q) and the chain (only for planIds). */
export interface TargetJoins {
  firm: string;
  chain: string;
}

/**
 * The one target-filter engine: the caller's read scope AND the filters, as one SQL condition on
 * `alias` (target), `joins.firm` (only for q) and `joins.chain` (only for planIds). Lists and the
 * board use it through visibleTargets, cockpit figures and exports through targetConditions.
 */
export function targetWhere(ctx: UserContext, f: TargetFilters, alias = 't', joins: TargetJoins = { firm: 'f', chain: 'c' }): TargetCondition {
  const parts: (TargetCondition | null)[] = [targetReadScope(ctx, alias)];
  if (f.ids) parts.push({ sql: `${alias}.id = ANY(:ids)`, params: { ids: f.ids } });
  // The bigram containment lets the GIN index (crm_bigrams, bench migration) answer two-character
  // fragments, which trigrams cannot; the ILIKE is the exact check.
  if (f.q) parts.push(firmSearchCondition(joins.firm, f.q));
  parts.push(
    inList(`${alias}.chain_id`, 'chainIds', 'chainId', f.chainIds),
    inList(`${alias}.chain_link_id`, 'chainLinkIds', 'chainLinkId', f.chainLinkIds),
    inList(`${alias}.stage`, 'stages', 'stage', f.stages),
    inList(`${alias}.owner_id`, 'ownerIds', 'ownerId', f.ownerIds),
    inList(`${alias}.method`, 'methods', 'method', f.methods),
    inList(`${joins.chain}.plan_id`, 'planIds', 'planId', f.planIds),
  );
  if (f.firmIds) parts.push({ sql: `${alias}.firm_id = ANY(:firmIds)`, params: { firmIds: f.firmIds } });
  const kept = parts.filter((p): p is TargetCondition => p !== null);
  return { sql: kept.map((p) => `(${p.sql})`).join(' AND '), params: Object.assign({}, ...kept.map((p) => p.params)) };
}

/** The one-value filters of the query string (board, cockpit, exports) as TargetFilters. */
export function targetFiltersOf(f: { chainId?: number; ownerId?: number; method?: RecruitmentMethod; stage?: Stage }): TargetFilters {
  const one = <T>(v: T | undefined): T[] | undefined => (v === undefined ? undefined : [v]);
  return { chainIds: one(f.chainId), ownerIds: one(f.ownerId), methods: one(f.method), stages: one(f.stage) };
}

/** targetWhere for the cockpit's and the exports' raw SQL, from the one-value query-string filters. */
export function targetConditions(ctx: UserContext, f: TargetFilterDto, alias = 't'): TargetCondition {
  return targetWhere(ctx, targetFiltersOf(f), alias);
}

/**
 * Targets the caller may read (visibility is part of the SQL, never a filter after the fact),
 * joined to firm, chain, link and owner, narrowed by the filters.
 */
export function visibleTargets(em: EntityManager, ctx: UserContext, f: TargetFilters = {}): SelectQueryBuilder<Target> {
  const where = targetWhere(ctx, f);
  return em
    .createQueryBuilder(Target, 't')
    .innerJoin('t.firm', 'f')
    .addSelect(['f.id', 'f.name'])
    .innerJoin('t.chain', 'c')
    .addSelect(['c.id', 'c.name', 'c.planId'])
    .innerJoin('t.chainLink', 'l')
    .addSelect(['l.id', 'l.name'])
    .innerJoin('t.owner', 'o')
    .addSelect(['o.id', 'o.displayName'])
    .where(where.sql, where.params);
}

/**
 * visibleTargets(em, ctx, f) on `target` alone, for counts, sums and pages of ids: firm, chain,
 * link and owner are NOT NULL foreign keys, so those joins never drop a row and are added only
 * when a filter needs them (firm for q, chain for planIds). Each target is one row: no DISTINCT.
 * At 200k targets, joining every match to its names before grouping or sorting costs ~4× more.
 */
export function visibleTargetsAlone(em: EntityManager, ctx: UserContext, f: TargetFilters = {}): SelectQueryBuilder<Target> {
  const qb = em.createQueryBuilder(Target, 't');
  if (f.q) qb.innerJoin('t.firm', 'f');
  if (f.planIds) qb.innerJoin('t.chain', 'c');
  const where = targetWhere(ctx, f);
  return qb.where(where.sql, where.params);
}

/**
 * How many targets visibleTargets(em, ctx, f) returns, counted on `target` alone: exact up to
 * EXACT_COUNT_UP_TO (or the page's end), else null (more than that, see cappedCount).
 */
export function countTargets(em: EntityManager, ctx: UserContext, f: TargetFilters, skip: number, take: number): Promise<number | null> {
  return cappedCount(visibleTargetsAlone(em, ctx, f), skip, take);
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
