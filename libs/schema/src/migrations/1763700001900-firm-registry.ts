import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The candidate pool (候选企业库): the fields company-registry exports carry (企查查/天眼查/启信宝),
 * where each record came from (registry source + export date), and a normalised name for duplicate
 * matching. `crm_firm_name_key` is the SQL twin of `firmNameKey` (libs/firms/src/firm-name.rules.ts);
 * its patterns are written out here so this migration never changes when the rule evolves.
 */
export class FirmRegistry1763700001900 implements MigrationInterface {
  name = 'FirmRegistry1763700001900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "firm"
      ADD "legal_representative" character varying(100),
      ADD "established_on" date,
      ADD "registered_capital" numeric(16,2),
      ADD "registered_capital_text" character varying(100),
      ADD "firm_type" character varying(100),
      ADD "industry" character varying(200),
      ADD "registered_address" character varying(500),
      ADD "business_scope" text,
      ADD "registry_source" character varying(20),
      ADD "registry_exported_on" date,
      ADD "registry_updated_at" TIMESTAMP WITH TIME ZONE,
      ADD CONSTRAINT "ck_firm_registered_capital" CHECK (registered_capital IS NULL OR registered_capital >= 0),
      ADD CONSTRAINT "ck_firm_registry_source" CHECK (registry_source IN ('qichacha', 'tianyancha', 'qixinbao', 'other'))`);

    const punctuation = String.raw`[\s()\[\]{}【】〔〕〈〉《》「」『』<>·・.,，、。:;：；''"‘’“”!?！？&+/\\_\-—–~]+`;
    const suffixes = '(股份有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|公司|coltd|ltd|limited|inc|corporation|corp|group)+$';
    await q.query(`CREATE FUNCTION crm_firm_name_key(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN bare = '' THEN NULL ELSE coalesce(nullif(regexp_replace(bare, '${suffixes}', ''), ''), bare) END
      FROM (SELECT regexp_replace(lower(normalize($1, NFKC)), '${punctuation}', '', 'g') AS bare) s $$`);
    // Schema-qualified call: pg_restore runs with an empty search_path, and a generated column's
    // function must still find crm_firm_name_key then (backup-restore e2e).
    await q.query(`CREATE FUNCTION crm_firm_name_keys(text, text, text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT k), '{}') FROM (SELECT public.crm_firm_name_key(n) AS k FROM unnest(ARRAY[$1, $2] || coalesce($3, '{}')) n) s WHERE k IS NOT NULL $$`);
    await q.query(`ALTER TABLE "firm" ADD "name_key" text GENERATED ALWAYS AS (crm_firm_name_key(name)) STORED`);
    await q.query(`ALTER TABLE "firm" ADD "name_keys" text[] GENERATED ALWAYS AS (crm_firm_name_keys(name, full_name, aliases)) STORED`);
    await q.query(`CREATE INDEX "ix_firm_name_key" ON "firm" ("name_key")`);
    await q.query(`CREATE INDEX "ix_firm_name_keys" ON "firm" USING gin ("name_keys")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_firm_name_keys"`);
    await q.query(`DROP INDEX "ix_firm_name_key"`);
    await q.query(`ALTER TABLE "firm" DROP COLUMN "name_keys", DROP COLUMN "name_key"`);
    await q.query(`DROP FUNCTION crm_firm_name_keys(text, text, text[])`);
    await q.query(`DROP FUNCTION crm_firm_name_key(text)`);
    await q.query(`ALTER TABLE "firm" DROP CONSTRAINT "ck_firm_registry_source", DROP CONSTRAINT "ck_firm_registered_capital",
      DROP COLUMN "registry_updated_at", DROP COLUMN "registry_exported_on", DROP COLUMN "registry_source", DROP COLUMN "business_scope",
      DROP COLUMN "registered_address", DROP COLUMN "industry", DROP COLUMN "firm_type", DROP COLUMN "registered_capital_text",
      DROP COLUMN "registered_capital", DROP COLUMN "established_on", DROP COLUMN "legal_representative"`);
  }
}
