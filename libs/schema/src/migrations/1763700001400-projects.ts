import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After signing (issue 17): a signed target's milestones, funds arrived and yearly actuals; leaders'
 * instructions (批示) with replies; reminders that point at a milestone or an instruction (so the
 * reminder machinery can cancel them when the milestone is recorded or the instruction closed);
 * milestone thresholds in the reminder rules. Targets already signed get their four milestones.
 */
export class Projects1763700001400 implements MigrationInterface {
  name = 'Projects1763700001400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "project_milestone" (
      "id" SERIAL PRIMARY KEY, "target_id" integer NOT NULL, "kind" character varying(12) NOT NULL,
      "planned_on" date, "actual_on" date,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "ck_project_milestone_kind" CHECK (kind IN ('registered', 'settled', 'producing', 'full_output')),
      CONSTRAINT "fk_project_milestone_target" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE UNIQUE INDEX "uq_project_milestone_target_kind" ON "project_milestone" ("target_id", "kind")`);
    // 督办 scans: milestones planned and not reached.
    await q.query(`CREATE INDEX "ix_project_milestone_open" ON "project_milestone" ("planned_on") WHERE actual_on IS NULL AND planned_on IS NOT NULL`);

    await q.query(`CREATE TABLE "project_fund" (
      "id" SERIAL PRIMARY KEY, "target_id" integer NOT NULL, "arrived_on" date NOT NULL, "amount" numeric(14,2) NOT NULL,
      "source" character varying(100) NOT NULL, "note" text, "created_by_id" integer,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "ck_project_fund_amount" CHECK (amount > 0),
      CONSTRAINT "fk_project_fund_target" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_project_fund_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q.query(`CREATE INDEX "ix_project_fund_target" ON "project_fund" ("target_id", "arrived_on")`);

    await q.query(`CREATE TABLE "project_year" (
      "id" SERIAL PRIMARY KEY, "target_id" integer NOT NULL, "year" smallint NOT NULL,
      "output" numeric(14,2), "tax" numeric(14,2), "jobs" integer,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "ck_project_year_values" CHECK (coalesce(output, 0) >= 0 AND coalesce(tax, 0) >= 0 AND coalesce(jobs, 0) >= 0 AND year BETWEEN 2000 AND 2100),
      CONSTRAINT "fk_project_year_target" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE UNIQUE INDEX "uq_project_year_target_year" ON "project_year" ("target_id", "year")`);

    await q.query(`CREATE TABLE "instruction" (
      "id" SERIAL PRIMARY KEY, "target_id" integer NOT NULL, "author_id" integer NOT NULL, "assignee_id" integer NOT NULL,
      "body" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" character varying(8) NOT NULL DEFAULT 'open',
      "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_id" integer, "closing_note" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "ck_instruction_state" CHECK (state IN ('open', 'closed')),
      CONSTRAINT "fk_instruction_target" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_instruction_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
      CONSTRAINT "fk_instruction_assignee" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
      CONSTRAINT "fk_instruction_closed_by" FOREIGN KEY ("closed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q.query(`CREATE INDEX "ix_instruction_target" ON "instruction" ("target_id", "created_at")`);
    await q.query(`CREATE INDEX "ix_instruction_assignee_open" ON "instruction" ("assignee_id", "due_at") WHERE state = 'open'`);

    await q.query(`CREATE TABLE "instruction_reply" (
      "id" SERIAL PRIMARY KEY, "instruction_id" integer NOT NULL, "author_id" integer NOT NULL, "body" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "fk_instruction_reply_instruction" FOREIGN KEY ("instruction_id") REFERENCES "instruction"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_instruction_reply_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT)`);
    await q.query(`CREATE INDEX "ix_instruction_reply_instruction" ON "instruction_reply" ("instruction_id", "created_at")`);

    // Reminders about a milestone or an instruction; the kinds grow, and the longest needs 22 characters.
    await q.query(`ALTER TABLE "reminder" ALTER COLUMN "kind" TYPE character varying(30)`);
    await q.query(`ALTER TABLE "reminder" DROP CONSTRAINT "ck_reminder_kind"`);
    await q.query(
      `ALTER TABLE "reminder" ADD CONSTRAINT "ck_reminder_kind" CHECK (kind IN ('pre_due', 'due', 'escalation', 'stale_yellow', 'stale_red', 'digest', 'milestone_yellow', 'milestone_red', 'instruction_new', 'instruction_due', 'instruction_overdue', 'instruction_reply'))`,
    );
    await q.query(`ALTER TABLE "reminder" ADD "milestone_id" integer, ADD "instruction_id" integer`);
    await q.query(
      `ALTER TABLE "reminder" ADD CONSTRAINT "fk_reminder_milestone" FOREIGN KEY ("milestone_id") REFERENCES "project_milestone"("id") ON DELETE CASCADE`,
    );
    await q.query(
      `ALTER TABLE "reminder" ADD CONSTRAINT "fk_reminder_instruction" FOREIGN KEY ("instruction_id") REFERENCES "instruction"("id") ON DELETE CASCADE`,
    );
    await q.query(`CREATE INDEX "ix_reminder_milestone" ON "reminder" ("milestone_id") WHERE milestone_id IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_reminder_instruction" ON "reminder" ("instruction_id") WHERE instruction_id IS NOT NULL`);

    await q.query(`ALTER TABLE "reminder_rule" ADD "milestone_yellow_days" integer NOT NULL DEFAULT 1, ADD "milestone_red_days" integer NOT NULL DEFAULT 15`);
    await q.query(
      `ALTER TABLE "reminder_rule" ADD CONSTRAINT "ck_reminder_rule_milestone" CHECK (milestone_red_days > milestone_yellow_days AND milestone_yellow_days > 0)`,
    );

    await q.query(`INSERT INTO project_milestone (target_id, kind)
      SELECT t.id, k.kind FROM target t CROSS JOIN (VALUES ('registered'), ('settled'), ('producing'), ('full_output')) AS k(kind) WHERE t.signed_at IS NOT NULL`);
    // A landed target has moved in (入驻) on its landing date.
    await q.query(`UPDATE project_milestone m SET actual_on = l.landed_on FROM landing l WHERE l.target_id = m.target_id AND m.kind = 'settled'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "reminder_rule" DROP CONSTRAINT "ck_reminder_rule_milestone"`);
    await q.query(`ALTER TABLE "reminder_rule" DROP COLUMN "milestone_red_days", DROP COLUMN "milestone_yellow_days"`);
    await q.query(`DELETE FROM "reminder" WHERE milestone_id IS NOT NULL OR instruction_id IS NOT NULL`);
    await q.query(`ALTER TABLE "reminder" DROP COLUMN "instruction_id", DROP COLUMN "milestone_id"`);
    await q.query(`ALTER TABLE "reminder" DROP CONSTRAINT "ck_reminder_kind"`);
    await q.query(
      `ALTER TABLE "reminder" ADD CONSTRAINT "ck_reminder_kind" CHECK (kind IN ('pre_due', 'due', 'escalation', 'stale_yellow', 'stale_red', 'digest'))`,
    );
    await q.query(`ALTER TABLE "reminder" ALTER COLUMN "kind" TYPE character varying(15)`);
    await q.query(`DROP TABLE "instruction_reply"`);
    await q.query(`DROP TABLE "instruction"`);
    await q.query(`DROP TABLE "project_year"`);
    await q.query(`DROP TABLE "project_fund"`);
    await q.query(`DROP TABLE "project_milestone"`);
  }
}
