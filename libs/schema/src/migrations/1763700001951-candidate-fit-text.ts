import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the candidate ranking (候选企业) matches a chain link's terms against: name, full name,
 * 所属行业, 经营范围 and profile, lower-cased in one generated column, with a GIN index over its
 * character pairs (crm_bigrams, migration 1763700000500) so `crm_bigrams(fit_text) @> crm_bigrams(term)`
 * finds the firms that may contain a term — even a two-character Chinese one — without reading
 * every firm. Needs the registry fields (migration 1763700001900).
 */
export class CandidateFitText1763700001951 implements MigrationInterface {
  name = 'CandidateFitText1763700001951';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION crm_fit_text(text, text, text, text, text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT lower(coalesce($1, '') || ' ' || coalesce($2, '') || ' ' || coalesce($3, '') || ' ' || coalesce($4, '') || ' ' || coalesce($5, '')) $$`);
    await q.query(`ALTER TABLE "firm" ADD "fit_text" text GENERATED ALWAYS AS (crm_fit_text(name, full_name, industry, business_scope, profile)) STORED`);
    await q.query(`CREATE INDEX "ix_firm_fit_bigrams" ON "firm" USING gin (crm_bigrams("fit_text"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_firm_fit_bigrams"`);
    await q.query(`ALTER TABLE "firm" DROP COLUMN "fit_text"`);
    await q.query(`DROP FUNCTION crm_fit_text(text, text, text, text, text)`);
  }
}
