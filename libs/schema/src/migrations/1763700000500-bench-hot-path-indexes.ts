import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the hot paths the bench measures (test/bench, bench-results/explain-*.txt).
 *
 * Firm search by a two-character Chinese fragment (科技, 华宇): pg_trgm extracts no trigram from a
 * two-character LIKE pattern, so `search_text ILIKE '%华宇%'` cannot use ix_firm_search_trgm and
 * scans every firm. `crm_bigrams(text)` lists a text's character pairs (lower-cased, no spaces);
 * a GIN index over it answers `crm_bigrams(search_text) @> crm_bigrams(:q)` for any fragment of two
 * or more characters, with the ILIKE kept as the exact recheck.
 */
export class BenchHotPathIndexes1763700000500 implements MigrationInterface {
  name = 'BenchHotPathIndexes1763700000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION crm_bigrams(text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT b), '{}') FROM (
        SELECT substr(lower($1), i, 2) AS b FROM generate_series(1, char_length($1) - 1) AS i
      ) s WHERE b !~ '\\s'
    $$`);
    await q.query(`CREATE INDEX "ix_firm_search_bigrams" ON "firm" USING gin (crm_bigrams("search_text"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "ix_firm_search_bigrams"`);
    await q.query(`DROP FUNCTION IF EXISTS crm_bigrams(text)`);
  }
}
