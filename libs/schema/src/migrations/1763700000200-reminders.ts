import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1763700000200 implements MigrationInterface {
  name = 'Reminders1763700000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "follow_up" ("id" SERIAL NOT NULL, "target_id" integer NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" character varying(10) NOT NULL DEFAULT 'open', "created_by_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_follow_up_state" CHECK (state IN ('open', 'done', 'cancelled')), CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_follow_up_target" ON "follow_up"  ("target_id", "created_at") `);
    await q.query(
      `CREATE TABLE "reminder" ("id" SERIAL NOT NULL, "kind" character varying(15) NOT NULL, "target_id" integer, "follow_up_id" integer, "recipient_id" integer NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" character varying(10) NOT NULL DEFAULT 'scheduled', "dedupe_key" character varying(200) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "link" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "settled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_reminder_state" CHECK (state IN ('scheduled', 'cancelled', 'delivered', 'failed')), CONSTRAINT "ck_reminder_kind" CHECK (kind IN ('pre_due', 'due', 'escalation', 'stale_yellow', 'stale_red', 'digest')), CONSTRAINT "PK_9ec029d17cb8dece186b9221ede" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_reminder_recipient" ON "reminder"  ("recipient_id", "due_at") `);
    await q.query(`CREATE INDEX "ix_reminder_follow_up" ON "reminder"  ("follow_up_id") `);
    await q.query(`CREATE INDEX "ix_reminder_target" ON "reminder"  ("target_id", "created_at") `);
    await q.query(`CREATE UNIQUE INDEX "uq_reminder_dedupe_key" ON "reminder"  ("dedupe_key") `);
    await q.query(
      `CREATE TABLE "delivery" ("id" SERIAL NOT NULL, "reminder_id" integer NOT NULL, "channel" character varying(10) NOT NULL, "state" character varying(10) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_delivery_state" CHECK (state IN ('pending', 'sent', 'failed')), CONSTRAINT "ck_delivery_channel" CHECK (channel IN ('in_app', 'email', 'webhook')), CONSTRAINT "PK_ffad7bf84e68716cd9af89003b0" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_delivery_reminder_channel" ON "delivery"  ("reminder_id", "channel") `);
    await q.query(
      `CREATE TABLE "delivery_attempt" ("id" SERIAL NOT NULL, "delivery_id" integer NOT NULL, "attempt" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ok" boolean NOT NULL, "error" text, "duration_ms" integer NOT NULL, CONSTRAINT "PK_a43b0e18756fc86d042eeef093b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_delivery_attempt_number" ON "delivery_attempt"  ("delivery_id", "attempt") `);
    await q.query(
      `CREATE TABLE "notification" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "reminder_id" integer, "title" character varying(200) NOT NULL, "body" text NOT NULL, "link" character varying(300), "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_notification_user_created" ON "notification"  ("user_id", "created_at") `);
    await q.query(`CREATE UNIQUE INDEX "uq_notification_reminder" ON "notification"  ("reminder_id") `);
    await q.query(
      `CREATE TABLE "reminder_rule" ("id" SERIAL NOT NULL, "plan_id" integer, "pre_due_hours" integer NOT NULL DEFAULT '0', "escalation_grace_hours" integer NOT NULL DEFAULT '24', "lead_yellow_days" integer NOT NULL DEFAULT '30', "lead_red_days" integer NOT NULL DEFAULT '60', "contact_yellow_days" integer NOT NULL DEFAULT '14', "contact_red_days" integer NOT NULL DEFAULT '30', "signed_yellow_days" integer NOT NULL DEFAULT '30', "signed_red_days" integer NOT NULL DEFAULT '60', "digest_time" character varying(5) NOT NULL DEFAULT '08:30', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_reminder_rule_digest_time" CHECK (digest_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'), CONSTRAINT "ck_reminder_rule_hours" CHECK (pre_due_hours >= 0 AND escalation_grace_hours >= 0), CONSTRAINT "ck_reminder_rule_signed" CHECK (signed_red_days > signed_yellow_days AND signed_yellow_days > 0), CONSTRAINT "ck_reminder_rule_contact" CHECK (contact_red_days > contact_yellow_days AND contact_yellow_days > 0), CONSTRAINT "ck_reminder_rule_lead" CHECK (lead_red_days > lead_yellow_days AND lead_yellow_days > 0), CONSTRAINT "PK_1516615f8a6ae9b90a58398dfbe" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_reminder_rule_plan" ON "reminder_rule"  ("plan_id") `);
    await q.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "fk_follow_up_target" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "fk_follow_up_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reminder" ADD CONSTRAINT "fk_reminder_target" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reminder" ADD CONSTRAINT "fk_reminder_follow_up" FOREIGN KEY ("follow_up_id") REFERENCES "follow_up"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reminder" ADD CONSTRAINT "fk_reminder_recipient" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "delivery" ADD CONSTRAINT "fk_delivery_reminder" FOREIGN KEY ("reminder_id") REFERENCES "reminder"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "delivery_attempt" ADD CONSTRAINT "fk_delivery_attempt_delivery" FOREIGN KEY ("delivery_id") REFERENCES "delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_reminder" FOREIGN KEY ("reminder_id") REFERENCES "reminder"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reminder_rule" ADD CONSTRAINT "fk_reminder_rule_plan" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Hand-written: what entities cannot express.
    // At most one open follow-up per target.
    await q.query(`CREATE UNIQUE INDEX "uq_follow_up_open_target" ON "follow_up" ("target_id") WHERE state = 'open'`);
    // One defaults row (plan_id NULL); plan rows are unique by uq_reminder_rule_plan.
    await q.query(`CREATE UNIQUE INDEX "uq_reminder_rule_defaults" ON "reminder_rule" ((plan_id IS NULL)) WHERE plan_id IS NULL`);
    // What the sweep scans: pending deliveries by time, scheduled reminders by due time.
    await q.query(`CREATE INDEX "ix_delivery_pending_next" ON "delivery" ("next_attempt_at") WHERE state = 'pending'`);
    await q.query(`CREATE INDEX "ix_reminder_scheduled_due" ON "reminder" ("due_at") WHERE state = 'scheduled'`);
    await q.query(`CREATE INDEX "ix_notification_user_unread" ON "notification" ("user_id") WHERE read_at IS NULL`);
    await q.query(`INSERT INTO "reminder_rule" ("plan_id") VALUES (NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "ix_notification_user_unread"`);
    await q.query(`DROP INDEX IF EXISTS "ix_reminder_scheduled_due"`);
    await q.query(`DROP INDEX IF EXISTS "ix_delivery_pending_next"`);
    await q.query(`DROP INDEX IF EXISTS "uq_reminder_rule_defaults"`);
    await q.query(`DROP INDEX IF EXISTS "uq_follow_up_open_target"`);
    await q.query(`ALTER TABLE "reminder_rule" DROP CONSTRAINT "fk_reminder_rule_plan"`);
    await q.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_reminder"`);
    await q.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_user"`);
    await q.query(`ALTER TABLE "delivery_attempt" DROP CONSTRAINT "fk_delivery_attempt_delivery"`);
    await q.query(`ALTER TABLE "delivery" DROP CONSTRAINT "fk_delivery_reminder"`);
    await q.query(`ALTER TABLE "reminder" DROP CONSTRAINT "fk_reminder_recipient"`);
    await q.query(`ALTER TABLE "reminder" DROP CONSTRAINT "fk_reminder_follow_up"`);
    await q.query(`ALTER TABLE "reminder" DROP CONSTRAINT "fk_reminder_target"`);
    await q.query(`ALTER TABLE "follow_up" DROP CONSTRAINT "fk_follow_up_created_by"`);
    await q.query(`ALTER TABLE "follow_up" DROP CONSTRAINT "fk_follow_up_target"`);
    await q.query(`DROP INDEX "public"."uq_reminder_rule_plan"`);
    await q.query(`DROP TABLE "reminder_rule"`);
    await q.query(`DROP INDEX "public"."uq_notification_reminder"`);
    await q.query(`DROP INDEX "public"."ix_notification_user_created"`);
    await q.query(`DROP TABLE "notification"`);
    await q.query(`DROP INDEX "public"."uq_delivery_attempt_number"`);
    await q.query(`DROP TABLE "delivery_attempt"`);
    await q.query(`DROP INDEX "public"."uq_delivery_reminder_channel"`);
    await q.query(`DROP TABLE "delivery"`);
    await q.query(`DROP INDEX "public"."uq_reminder_dedupe_key"`);
    await q.query(`DROP INDEX "public"."ix_reminder_target"`);
    await q.query(`DROP INDEX "public"."ix_reminder_follow_up"`);
    await q.query(`DROP INDEX "public"."ix_reminder_recipient"`);
    await q.query(`DROP TABLE "reminder"`);
    await q.query(`DROP INDEX "public"."ix_follow_up_target"`);
    await q.query(`DROP TABLE "follow_up"`);
  }
}
