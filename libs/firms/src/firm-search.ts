import { containsPattern } from '@crm/http';

/**
 * The firm-name search condition shared by the firm list and the target list (`q`).
 *
 * `search_text ILIKE '%fragment%'` is the exact check. For fragments of two or more characters the
 * bigram containment `crm_bigrams(search_text) @> crm_bigrams(:fragment)` is added in front: it is a
 * necessary condition of the ILIKE (both lower-case), and the GIN index ix_firm_search_bigrams
 * (migration 1763700000500, same expression) answers it even for two-character Chinese fragments,
 * which pg_trgm cannot. A one-character fragment has no bigram, so it keeps the ILIKE alone.
 *
 * `alias` is the firm's alias in the query; `param` prefixes the parameter names so the condition
 * can sit next to other parameters.
 */
export function firmSearchCondition(alias: string, fragment: string, param = 'q'): { sql: string; params: Record<string, string> } {
  const pattern = containsPattern(fragment);
  const ilike = `${alias}.search_text ILIKE :${param} ESCAPE '\\'`;
  if ([...fragment].length < 2) return { sql: ilike, params: { [param]: pattern } };
  return {
    sql: `crm_bigrams(${alias}.search_text) @> crm_bigrams(:${param}Text) AND ${ilike}`,
    params: { [param]: pattern, [`${param}Text`]: fragment },
  };
}
