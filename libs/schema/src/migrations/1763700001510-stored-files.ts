import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files on targets, contact logs and firms. The bytes live in a table of their own
 * (stored_file_content, bytea) so listing files never reads them, and so `pg_dump` — the
 * backup — carries them with everything else. Each file hangs on exactly one record.
 */
export class StoredFiles1763700001510 implements MigrationInterface {
  name = 'StoredFiles1763700001510';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "stored_file" ("id" SERIAL NOT NULL, "target_id" integer, "contact_log_id" integer, "firm_id" integer, "file_name" character varying(255) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_stored_file_one_owner" CHECK (num_nonnulls(target_id, contact_log_id, firm_id) = 1), CONSTRAINT "ck_stored_file_size" CHECK (size > 0), CONSTRAINT "PK_stored_file" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_stored_file_target" ON "stored_file" ("target_id") WHERE target_id IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_stored_file_contact_log" ON "stored_file" ("contact_log_id") WHERE contact_log_id IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_stored_file_firm" ON "stored_file" ("firm_id") WHERE firm_id IS NOT NULL`);
    await q.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "fk_stored_file_target" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "fk_stored_file_contact_log" FOREIGN KEY ("contact_log_id") REFERENCES "contact_log"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "fk_stored_file_firm" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "fk_stored_file_uploaded_by" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "stored_file_content" ("file_id" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_stored_file_content" PRIMARY KEY ("file_id"))`,
    );
    await q.query(
      `ALTER TABLE "stored_file_content" ADD CONSTRAINT "fk_stored_file_content_file" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "stored_file_content"`);
    await q.query(`DROP TABLE "stored_file"`);
  }
}
