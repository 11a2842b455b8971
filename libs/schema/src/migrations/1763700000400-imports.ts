import { MigrationInterface, QueryRunner } from 'typeorm';

/** Import batches (firm/target lists) and their parsed rows, for preview before commit. */
export class Imports1763700000400 implements MigrationInterface {
  name = 'Imports1763700000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "import_batch" ("id" SERIAL NOT NULL, "created_by_id" integer NOT NULL, "file_name" character varying(255) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'preview', "total_rows" integer NOT NULL DEFAULT '0', "valid_rows" integer NOT NULL DEFAULT '0', "error_rows" integer NOT NULL DEFAULT '0', "result" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "committed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_import_batch_status" CHECK (status IN ('preview', 'committed')), CONSTRAINT "PK_import_batch" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_import_batch_created_by" ON "import_batch" ("created_by_id", "created_at") `);
    await q.query(
      `CREATE TABLE "import_row" ("batch_id" integer NOT NULL, "row_no" integer NOT NULL, "data" jsonb NOT NULL, "errors" jsonb, "valid" boolean NOT NULL, CONSTRAINT "PK_import_row" PRIMARY KEY ("batch_id", "row_no"))`,
    );
    await q.query(
      `ALTER TABLE "import_batch" ADD CONSTRAINT "fk_import_batch_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "import_row" ADD CONSTRAINT "fk_import_row_batch" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Hand-written: the error report pages through invalid rows in row order.
    await q.query(`CREATE INDEX "ix_import_row_invalid" ON "import_row" ("batch_id", "row_no") WHERE NOT valid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "ix_import_row_invalid"`);
    await q.query(`ALTER TABLE "import_row" DROP CONSTRAINT "fk_import_row_batch"`);
    await q.query(`ALTER TABLE "import_batch" DROP CONSTRAINT "fk_import_batch_created_by"`);
    await q.query(`DROP TABLE "import_row"`);
    await q.query(`DROP INDEX "public"."ix_import_batch_created_by"`);
    await q.query(`DROP TABLE "import_batch"`);
  }
}
