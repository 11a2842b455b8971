import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1763700000300 implements MigrationInterface {
  name = 'AuditLog1763700000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" integer, "action" character varying(12) NOT NULL, "entity" character varying(63) NOT NULL, "entity_id" character varying(100), "changes" jsonb NOT NULL DEFAULT '{}'::jsonb, "request_id" character varying(64), CONSTRAINT "PK_audit_log" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_audit_log_entity" ON "audit_log" ("entity", "entity_id", "at") `);
    await q.query(`CREATE INDEX "ix_audit_log_user_at" ON "audit_log" ("user_id", "at") `);
    await q.query(`CREATE INDEX "ix_audit_log_at" ON "audit_log" ("at") `);

    // Hand-written: the trail is append-only, like stage_change. No FK to app_user so a user's
    // history outlives the account.
    await q.query(`ALTER TABLE "audit_log" ADD CONSTRAINT "ck_audit_log_action" CHECK (action IN ('insert', 'update', 'delete', 'transition', 'login'))`);
    await q.query(`CREATE TRIGGER "tr_audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION crm_refuse_update()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS "tr_audit_log_append_only" ON "audit_log"`);
    await q.query(`DROP TABLE "audit_log"`);
  }
}
