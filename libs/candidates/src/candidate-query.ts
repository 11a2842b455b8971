import type { EntityManager } from 'typeorm';
import { targetReadScope, type UserContext } from '@crm/access';
import { firmPursuitSql, firmTargetedOnLinkSql, firmVisibleLogsSql } from '@crm/pipeline/reads';
import { TIME_ZONE } from '@crm/time';
import type { FirmFitFacts, LinkTerm } from './fit-score.rules';

/** One candidate's facts as the ranking statement returns them (texts cut to what a source shows). */
export interface CandidateFactsRow {
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
  live_targets: number;
  first_claimed_on: string | null;
  logs: number;
  last_log_on: string | null;
}

/** Characters of a text field a source shows (one more tells the rules to add an ellipsis). */
const SHOWN = 41;

/**
 * The firms that may fit the link, with what the fit score reads: every firm whose name, full
 * name, 所属行业, 经营范围 or profile contains one of the link's terms (the bigram GIN index on
 * fit_text, migration 1763700001951, finds them; strpos confirms), except firms already a target
 * on the link. Term matches are computed here per field (indexes into `terms`), so only short
 * facts travel, never the full 经营范围. Contact logs count only those the caller may read.
 */
export async function candidateFacts(em: EntityManager, ctx: UserContext, linkId: number, terms: readonly LinkTerm[]): Promise<CandidateFactsRow[]> {
  if (!terms.length) return [];
  const lowered = terms.map((t) => t.text.toLowerCase());
  const params: unknown[] = [lowered, linkId];
  // Two ORs, not one OR of pairs: the bigram containments then form the bitmap index condition
  // alone (no per-row recomputation of crm_bigrams), and strpos is the exact per-row check.
  const refs = lowered.map((t) => `$${params.push(t)}::text`);
  const mayContain = refs.map((r) => `crm_bigrams(f.fit_text) @> crm_bigrams(${r})`).join(' OR ');
  const contains = refs.map((r) => `strpos(f.fit_text, ${r}) > 0`).join(' OR ');
  const scope = targetReadScope(ctx, 'vt');
  const scopeSql = scope.sql.replace(/:(\w+)/g, (_m, name: string) => `$${params.push(scope.params[name])}`);
  return em.query(
    `WITH terms AS (SELECT t, i::int - 1 AS i FROM unnest($1::text[]) WITH ORDINALITY u(t, i))
     SELECT f.id, f.name, f.tags, left(f.industry, ${SHOWN}) AS industry, left(f.business_scope, ${SHOWN}) AS scope,
            left(nullif(concat_ws(' ', f.name, f.full_name, f.profile), ''), ${SHOWN}) AS profile,
            f.registered_capital AS capital, f.hq_city, f.is_local,
            ARRAY(SELECT i FROM terms WHERE strpos(lower(f.industry), t) > 0) AS mi,
            ARRAY(SELECT i FROM terms WHERE strpos(lower(f.business_scope), t) > 0) AS ms,
            ARRAY(SELECT i FROM terms WHERE strpos(lower(concat_ws(' ', f.name, f.full_name, f.profile)), t) > 0) AS mp,
            lt.n AS live_targets, to_char(lt.first AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM-DD') AS first_claimed_on,
            lg.n AS logs, to_char(lg.last AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM-DD') AS last_log_on
       FROM firm f
       CROSS JOIN LATERAL (${firmPursuitSql('f.id')}) lt
       CROSS JOIN LATERAL (${firmVisibleLogsSql('f.id', scopeSql)}) lg
      WHERE (${mayContain}) AND (${contains})
        AND NOT ${firmTargetedOnLinkSql('f.id', '$2')}`,
    params,
  );
}

export function toFitFacts(r: CandidateFactsRow): FirmFitFacts {
  return {
    tags: r.tags,
    industry: r.industry,
    businessScope: r.scope,
    profileText: r.profile,
    registeredCapital: r.capital === null ? null : Number(r.capital),
    hqCity: r.hq_city,
    isLocal: r.is_local,
    liveTargets: r.live_targets,
    firstClaimedOn: r.first_claimed_on,
    visibleLogs: r.logs,
    lastLogOn: r.last_log_on,
    matches: { industry: r.mi, scope: r.ms, profile: r.mp },
  };
}
