import { Client } from 'pg';
import { explainOne } from './capture';

/**
 * Firm search by a two-character fragment, written three ways, EXPLAINed on the bench data:
 * the plain ILIKE (what pg_trgm cannot index for two characters), the bigram-array containment
 * that ix_firm_search_bigrams serves, and a page of 25 by name. Saved beside the captured plans
 * so the report can show why the firms service should use the bigram form.
 */
export async function searchVariants(db: Client, rare: string): Promise<string> {
  const parts = ['## Firm search variants (two-character fragments)'];
  for (const frag of ['科技', rare]) {
    const like = `%${frag}%`;
    parts.push(await explainOne(db, `count, ILIKE only: ${frag}`, { sql: `SELECT count(*) FROM firm f WHERE f.search_text ILIKE $1`, params: [like] }));
    parts.push(
      await explainOne(db, `count, bigram GIN + ILIKE recheck: ${frag}`, {
        sql: `SELECT count(*) FROM firm f WHERE crm_bigrams(f.search_text) @> crm_bigrams($1) AND f.search_text ILIKE $2`,
        params: [frag, like],
      }),
    );
    parts.push(
      await explainOne(db, `page of 25 by name, bigram GIN + ILIKE: ${frag}`, {
        sql: `SELECT f.id, f.name FROM firm f WHERE crm_bigrams(f.search_text) @> crm_bigrams($1) AND f.search_text ILIKE $2 ORDER BY f.name LIMIT 25`,
        params: [frag, like],
      }),
    );
    parts.push(
      await explainOne(db, `count capped at 1000 (for a "1000+" total): ${frag}`, {
        sql: `SELECT count(*) FROM (SELECT 1 FROM firm f WHERE f.search_text ILIKE $1 LIMIT 1001) c`,
        params: [like],
      }),
    );
  }
  return parts.join('\n\n');
}
