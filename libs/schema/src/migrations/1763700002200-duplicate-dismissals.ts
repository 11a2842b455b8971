import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 非重复: a suspected pair of firms marked as two different firms, so the duplicates report leaves
 * it out; who and when, and an admin's undo. The firm ids carry no foreign key on purpose: a merge
 * moves every row that references a firm, and a pair must not follow one of its firms into the
 * survivor; it keeps its ids through a merge and its undo.
 */
export class DuplicateDismissals1763700002200 implements MigrationInterface {
  name = 'DuplicateDismissals1763700002200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "duplicate_dismissal" (
      "id" SERIAL NOT NULL, "firm_low_id" integer NOT NULL, "firm_high_id" integer NOT NULL,
      "firm_low_name" character varying(200) NOT NULL, "firm_high_name" character varying(200) NOT NULL,
      "state" character varying(10) NOT NULL DEFAULT 'dismissed',
      "dismissed_by_id" integer NOT NULL, "dismissed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "undone_by_id" integer, "undone_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_duplicate_dismissal" PRIMARY KEY ("id"),
      CONSTRAINT "ck_duplicate_dismissal_pair" CHECK (firm_low_id < firm_high_id),
      CONSTRAINT "ck_duplicate_dismissal_state" CHECK (state IN ('dismissed', 'undone')),
      CONSTRAINT "fk_duplicate_dismissal_dismissed_by" FOREIGN KEY ("dismissed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
      CONSTRAINT "fk_duplicate_dismissal_undone_by" FOREIGN KEY ("undone_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    // One live dismissal per pair; undone ones stay as history.
    await q.query(`CREATE UNIQUE INDEX "uq_duplicate_dismissal_live" ON "duplicate_dismissal" ("firm_low_id", "firm_high_id") WHERE state = 'dismissed'`);
    await q.query(`CREATE INDEX "ix_duplicate_dismissal_at" ON "duplicate_dismissal" ("dismissed_at" DESC, "id" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "duplicate_dismissal"`);
  }
}
