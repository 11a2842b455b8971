import type { EntityManager } from 'typeorm';
import { targetReadScope, type UserContext } from '@crm/access';
import { firmPursuitSql, firmsTargetedOnLinkSql, firmVisibleLogsSql } from '@crm/pipeline/reads';
import { TIME_ZONE } from '@crm/time';
import type { LinkTerm } from './fit-score.rules';
import type { OwnFitFacts, RelationshipFacts } from './rank-bounds.rules';

/** One candidate's own facts as the first ranking statement returns them (texts cut to what a source shows). */
export interface CandidateRow {
  id: number;
  name: string;
  tags: string[];
  industry: string | null;
  scope: string | null;
  profile: string | null;
  capital: string | null;
  hq_city: string | null;
  is_local: boolean;
  mi: number[];
  ms: number[];
  mp: number[];
  registry_source: string | null;
  registry_exported_on: string | null;
}

/** A firm's relationship facts as the second statement returns them. */
interface RelationshipRow {
  id: number;
  live_targets: number;
  first_claimed_on: string | null;
  logs: number;
  last_log_on: string | null;
}

/** Characters of a text field a source shows (one more tells the rules to add an ellipsis). */
const SHOWN = 41;

/**
 * The firms that may fit the link, with what the fit score reads from their own row: every firm
 * whose name, full name, 所属行业, 经营范围 or profile contains one of the link's terms (the bigram
 * GIN index on fit_text, migration 1763700001951, finds them; strpos confirms), except firms
 * already a target on the link. Term matches are computed here per field (indexes into `terms`),
 * so only short facts travel, never the full 经营范围. Targets and contact logs: relationshipFacts.
 */
export async function candidateRows(em: EntityManager, linkId: number, terms: readonly LinkTerm[]): Promise<CandidateRow[]> {
  if (!terms.length) return [];
  const params: unknown[] = [linkId];
  const refs = terms.map((t) => `$${params.push(t.text.toLowerCase())}::text`);
  // Two ORs, not one OR of pairs: the bigram containments then form the bitmap index condition
  // alone (no per-row recomputation of crm_bigrams), and strpos is the exact per-row check.
  const mayContain = refs.map((r) => `crm_bigrams(f.fit_text) @> crm_bigrams(${r})`).join(' OR ');
  const contains = refs.map((r) => `strpos(f.fit_text, ${r}) > 0`).join(' OR ');
  // Indexes of the terms a lower-cased field contains, one strpos per term (no subquery per row).
  const matched = (field: string) => `array_remove(ARRAY[${refs.map((r, i) => `CASE WHEN strpos(${field}, ${r}) > 0 THEN ${i} END`).join(', ')}], NULL)`;
  // OFFSET 0 keeps each LATERAL a subquery of its own: each lower() runs once per firm, not once per term.
  return em.query(
    `SELECT f.id, f.name, f.tags, left(f.industry, ${SHOWN}) AS industry, left(f.business_scope, ${SHOWN}) AS scope,
            left(nullif(lw.profile, ''), ${SHOWN}) AS profile, f.registered_capital AS capital, f.hq_city, f.is_local,
            f.registry_source, to_char(f.registry_exported_on, 'YYYY-MM-DD') AS registry_exported_on,
            ${matched('lw.industry')} AS mi, ${matched('lw.scope')} AS ms, ${matched('lp.profile')} AS mp
       FROM firm f
       CROSS JOIN LATERAL (SELECT lower(f.industry) AS industry, lower(f.business_scope) AS scope, concat_ws(' ', f.name, f.full_name, f.profile) AS profile OFFSET 0) lw
       CROSS JOIN LATERAL (SELECT lower(lw.profile) AS profile OFFSET 0) lp
      WHERE (${mayContain}) AND (${contains})
        AND f.id NOT IN (${firmsTargetedOnLinkSql('$1')})`,
    params,
  );
}

/**
 * The relationship facts of the given firms: live targets (any team) with the 首报 date, and the
 * contact logs the caller may read with the latest one's date.
 */
export async function relationshipFacts(em: EntityManager, ctx: UserContext, firmIds: readonly number[]): Promise<Map<number, RelationshipFacts>> {
  const out = new Map<number, RelationshipFacts>();
  if (!firmIds.length) return out;
  const params: unknown[] = [[...firmIds]];
  const scope = targetReadScope(ctx, 'vt');
  const scopeSql = scope.sql.replace(/:(\w+)/g, (_m, name: string) => `$${params.push(scope.params[name])}`);
  const rows: RelationshipRow[] = await em.query(
    `SELECT f.id, lt.n AS live_targets, to_char(lt.first AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM-DD') AS first_claimed_on,
            lg.n AS logs, to_char(lg.last AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM-DD') AS last_log_on
       FROM unnest($1::int[]) f(id)
       CROSS JOIN LATERAL (${firmPursuitSql('f.id')}) lt
       CROSS JOIN LATERAL (${firmVisibleLogsSql('f.id', scopeSql)}) lg`,
    params,
  );
  for (const r of rows) out.set(r.id, { liveTargets: r.live_targets, firstClaimedOn: r.first_claimed_on, visibleLogs: r.logs, lastLogOn: r.last_log_on });
  return out;
}

export function toOwnFacts(r: CandidateRow): OwnFitFacts {
  return {
    tags: r.tags,
    industry: r.industry,
    businessScope: r.scope,
    profileText: r.profile,
    registeredCapital: r.capital === null ? null : Number(r.capital),
    hqCity: r.hq_city,
    isLocal: r.is_local,
    matches: { industry: r.mi, scope: r.ms, profile: r.mp },
  };
}
