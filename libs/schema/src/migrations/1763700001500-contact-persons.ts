import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 联系人: persons at a firm and the contact logs they took part in. Erasing a person (个人信息保护法:
 * deletion, not hiding) must also blank their values in the audit trail, so audit_log's
 * append-only trigger now lets one kind of UPDATE through: a change of `changes` alone, in a
 * transaction that set `crm.audit_redact = 'on'` (SET LOCAL, done only by the erase path).
 * Deletes stay refused.
 */
export class ContactPersons1763700001500 implements MigrationInterface {
  name = 'ContactPersons1763700001500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "contact_person" ("id" SERIAL NOT NULL, "firm_id" integer NOT NULL, "name" character varying(100) NOT NULL, "title" character varying(100), "phone" character varying(40), "email" character varying(200), "wechat" character varying(100), "notes" text, "known_by_id" integer, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_contact_person" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_contact_person_firm" ON "contact_person" ("firm_id", "name")`);
    await q.query(
      `ALTER TABLE "contact_person" ADD CONSTRAINT "fk_contact_person_firm" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "contact_person" ADD CONSTRAINT "fk_contact_person_known_by" FOREIGN KEY ("known_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "contact_log_person" ("contact_log_id" integer NOT NULL, "contact_person_id" integer NOT NULL, CONSTRAINT "PK_contact_log_person" PRIMARY KEY ("contact_log_id", "contact_person_id"))`,
    );
    await q.query(`CREATE INDEX "ix_contact_log_person_person" ON "contact_log_person" ("contact_person_id")`);
    await q.query(
      `ALTER TABLE "contact_log_person" ADD CONSTRAINT "fk_contact_log_person_log" FOREIGN KEY ("contact_log_id") REFERENCES "contact_log"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "contact_log_person" ADD CONSTRAINT "fk_contact_log_person_person" FOREIGN KEY ("contact_person_id") REFERENCES "contact_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await q.query(`CREATE FUNCTION crm_audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('crm.audit_redact', true) = 'on'
     AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id AND NEW.action = OLD.action
     AND NEW.entity = OLD.entity AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '55000';
END $$`);
    await q.query(`DROP TRIGGER "tr_audit_log_append_only" ON "audit_log"`);
    await q.query(`CREATE TRIGGER "tr_audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION crm_audit_log_guard()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "tr_audit_log_append_only" ON "audit_log"`);
    await q.query(`CREATE TRIGGER "tr_audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION crm_refuse_update()`);
    await q.query(`DROP FUNCTION crm_audit_log_guard()`);
    await q.query(`DROP TABLE "contact_log_person"`);
    await q.query(`DROP TABLE "contact_person"`);
  }
}
