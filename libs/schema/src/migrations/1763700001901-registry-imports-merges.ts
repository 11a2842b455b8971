import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registry-export imports (企业库导入: upload → preview with per-row errors and duplicates → commit)
 * and firm merges (合并企业), each merge keeping what it moved so an admin can undo it exactly.
 */
export class RegistryImportsMerges1763700001901 implements MigrationInterface {
  name = 'RegistryImportsMerges1763700001901';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "registry_import" (
      "id" SERIAL NOT NULL, "created_by_id" integer NOT NULL, "file_name" character varying(255) NOT NULL,
      "source" character varying(20) NOT NULL, "exported_on" date NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'preview',
      "total_rows" integer NOT NULL DEFAULT 0, "error_rows" integer NOT NULL DEFAULT 0, "duplicate_rows" integer NOT NULL DEFAULT 0,
      "result" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "committed_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_registry_import" PRIMARY KEY ("id"),
      CONSTRAINT "ck_registry_import_status" CHECK (status IN ('preview', 'committed')),
      CONSTRAINT "ck_registry_import_source" CHECK (source IN ('qichacha', 'tianyancha', 'qixinbao', 'other')),
      CONSTRAINT "fk_registry_import_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "ix_registry_import_created" ON "registry_import" ("created_at" DESC, "id" DESC)`);
    await q.query(`CREATE TABLE "registry_import_row" (
      "batch_id" integer NOT NULL, "row_no" integer NOT NULL, "data" jsonb NOT NULL, "raw" jsonb NOT NULL, "errors" jsonb,
      "duplicate_of" integer, "duplicate_by" character varying(10),
      CONSTRAINT "PK_registry_import_row" PRIMARY KEY ("batch_id", "row_no"),
      CONSTRAINT "ck_registry_import_row_duplicate_by" CHECK (duplicate_by IN ('code', 'name')),
      CONSTRAINT "fk_registry_import_row_batch" FOREIGN KEY ("batch_id") REFERENCES "registry_import"("id") ON DELETE CASCADE)`);

    await q.query(`CREATE TABLE "firm_merge" (
      "id" SERIAL NOT NULL, "survivor_id" integer NOT NULL, "merged_id" integer NOT NULL, "merged_name" character varying(200) NOT NULL,
      "state" character varying(10) NOT NULL DEFAULT 'merged',
      "merged_firm" jsonb NOT NULL, "survivor_before" jsonb NOT NULL, "survivor_after" jsonb NOT NULL,
      "moved" jsonb NOT NULL DEFAULT '[]', "removed" jsonb NOT NULL DEFAULT '[]',
      "merged_by_id" integer NOT NULL, "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "undone_by_id" integer, "undone_at" TIMESTAMP WITH TIME ZONE, "undo_kept" jsonb,
      CONSTRAINT "PK_firm_merge" PRIMARY KEY ("id"),
      CONSTRAINT "ck_firm_merge_state" CHECK (state IN ('merged', 'undone')),
      CONSTRAINT "fk_firm_merge_survivor" FOREIGN KEY ("survivor_id") REFERENCES "firm"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_firm_merge_merged_by" FOREIGN KEY ("merged_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
      CONSTRAINT "fk_firm_merge_undone_by" FOREIGN KEY ("undone_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q.query(`CREATE INDEX "ix_firm_merge_survivor" ON "firm_merge" ("survivor_id")`);
    await q.query(`CREATE INDEX "ix_firm_merge_at" ON "firm_merge" ("merged_at" DESC, "id" DESC)`);
    // A firm id merged away is gone until undone: at most one live merge per merged id.
    await q.query(`CREATE UNIQUE INDEX "uq_firm_merge_merged_live" ON "firm_merge" ("merged_id") WHERE state = 'merged'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "firm_merge"`);
    await q.query(`DROP TABLE "registry_import_row"`);
    await q.query(`DROP TABLE "registry_import"`);
  }
}
