import { MigrationInterface, QueryRunner } from 'typeorm';

export class Pipeline1763700000100 implements MigrationInterface {
  name = 'Pipeline1763700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "plan" ("id" SERIAL NOT NULL, "code" character varying(100) NOT NULL, "region" character varying(100) NOT NULL, "title" character varying(300) NOT NULL, "period" character varying(100) NOT NULL, "start_year" integer NOT NULL, "end_year" integer NOT NULL, "base_year" integer, "issuer" character varying(200), "issued_on" date, "document" character varying(200) NOT NULL, "recruitment_methods" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_plan_code" ON "plan"  ("code") `);
    await q.query(
      `CREATE TABLE "chain" ("id" SERIAL NOT NULL, "plan_id" integer NOT NULL, "code" character varying(100) NOT NULL, "name" character varying(100) NOT NULL, "kind" character varying(20) NOT NULL, "description" text, "action" character varying(10), "sort_order" integer NOT NULL DEFAULT '0', "source" jsonb, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_8e273aafae283b886672c952ecd" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_chain_plan_code" ON "chain"  ("plan_id", "code") `);
    await q.query(
      `CREATE TABLE "chain_link" ("id" SERIAL NOT NULL, "chain_id" integer NOT NULL, "code" character varying(100) NOT NULL, "name" character varying(100) NOT NULL, "position" character varying(20) NOT NULL, "action" character varying(10), "notes" text, "sort_order" integer NOT NULL DEFAULT '0', "source" jsonb, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_c8398ab405ec7b2b02a8958ce08" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_chain_link_chain_code" ON "chain_link"  ("chain_id", "code") `);
    await q.query(
      `CREATE TABLE "chain_manager" ("chain_id" integer NOT NULL, "user_id" integer NOT NULL, CONSTRAINT "PK_9363edbb07e0ca69d0ac25c724f" PRIMARY KEY ("chain_id", "user_id"))`,
    );
    await q.query(
      `CREATE TABLE "carrier" ("id" SERIAL NOT NULL, "plan_id" integer, "name" character varying(200) NOT NULL, "type" character varying(20) NOT NULL, "chain_id" integer, "total_area" numeric(14,2), "area_unit" character varying(10), "total_area_m2" numeric(14,2), "available_area_m2" numeric(14,2), "output_target" jsonb, "notes" text, "source" jsonb, "demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_carrier_available_area" CHECK (available_area_m2 IS NULL OR available_area_m2 >= 0), CONSTRAINT "PK_f615ebd1906f0270d41b3a5a8b0" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_carrier_name" ON "carrier"  ("name") `);
    await q.query(
      `CREATE TABLE "firm" ("id" SERIAL NOT NULL, "name" character varying(200) NOT NULL, "full_name" character varying(300), "aliases" text array NOT NULL DEFAULT '{}', "credit_code" character varying(18), "hq_city" character varying(100), "tags" text array NOT NULL DEFAULT '{}', "website" character varying(300), "profile" text, "is_local" boolean NOT NULL DEFAULT false, "source" jsonb, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_b6e197d72a2ef8bd97a7cbc686e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_firm_name" ON "firm"  ("name") `);
    await q.query(
      `CREATE TABLE "firm_chain_link" ("firm_id" integer NOT NULL, "chain_link_id" integer NOT NULL, CONSTRAINT "PK_d242bcce03e39fee081b348517d" PRIMARY KEY ("firm_id", "chain_link_id"))`,
    );
    await q.query(`CREATE INDEX "ix_firm_chain_link_link" ON "firm_chain_link"  ("chain_link_id") `);
    await q.query(
      `CREATE TABLE "kpi_target" ("id" SERIAL NOT NULL, "plan_id" integer NOT NULL, "metric" character varying(100) NOT NULL, "category" character varying(50), "unit" character varying(20) NOT NULL, "chain_id" integer, "year" integer NOT NULL, "value" numeric(18,4) NOT NULL, "source" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_c34adc0d9347ab04e2a4f80909e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_kpi_target_plan" ON "kpi_target"  ("plan_id", "year") `);
    await q.query(
      `CREATE TABLE "target" ("id" SERIAL NOT NULL, "firm_id" integer NOT NULL, "chain_link_id" integer NOT NULL, "chain_id" integer NOT NULL, "owner_id" integer NOT NULL, "stage" character varying(10) NOT NULL DEFAULT 'lead', "stage_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "paused_from_stage" character varying(10), "probability" smallint NOT NULL DEFAULT '10', "expected_investment" numeric(14,2), "expected_output" numeric(14,2), "expected_jobs" integer, "space_needed" numeric(12,2), "method" character varying(10), "signed_investment" numeric(14,2), "signed_output" numeric(14,2), "signed_jobs" integer, "signed_space" numeric(12,2), "signed_at" TIMESTAMP WITH TIME ZONE, "next_follow_up_at" TIMESTAMP WITH TIME ZONE, "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "notes" text, "source" jsonb, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_target_stage" CHECK (stage IN ('lead', 'contact', 'signed', 'landed', 'paused', 'lost')), CONSTRAINT "PK_9d962204b13c18851ea88fc72f3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_target_link" ON "target"  ("chain_link_id") `);
    await q.query(`CREATE INDEX "ix_target_owner_stage" ON "target"  ("owner_id", "stage") `);
    await q.query(`CREATE INDEX "ix_target_chain_stage" ON "target"  ("chain_id", "stage", "last_activity_at") `);
    await q.query(`CREATE UNIQUE INDEX "uq_target_firm_link" ON "target"  ("firm_id", "chain_link_id") `);
    await q.query(
      `CREATE TABLE "contact_log" ("id" SERIAL NOT NULL, "target_id" integer NOT NULL, "kind" character varying(10) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "participants" character varying(500), "summary" text NOT NULL, "outcome" text, "next_follow_up_at" TIMESTAMP WITH TIME ZONE, "author_id" integer, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_contact_log_kind" CHECK (kind IN ('visit', 'call', 'meeting', 'event', 'email', 'other')), CONSTRAINT "PK_71b653a749f79087751f3a86fa2" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_contact_log_target_at" ON "contact_log"  ("target_id", "at") `);
    await q.query(
      `CREATE TABLE "landing" ("id" SERIAL NOT NULL, "target_id" integer NOT NULL, "carrier_id" integer NOT NULL, "area" numeric(12,2) NOT NULL, "landed_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_afe555dc0cc6c8684375109e8c" UNIQUE ("target_id"), CONSTRAINT "PK_93c8e1a1f4ee5e4a52f03f4b724" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_landing_target" ON "landing"  ("target_id") `);
    await q.query(`CREATE INDEX "ix_landing_carrier" ON "landing"  ("carrier_id") `);
    await q.query(
      `CREATE TABLE "stage_change" ("id" SERIAL NOT NULL, "target_id" integer NOT NULL, "from_stage" character varying(10), "to_stage" character varying(10) NOT NULL, "by_user_id" integer, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reason" text, CONSTRAINT "PK_56167b85fbab45c2ad18a534cbd" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_stage_change_to_at" ON "stage_change"  ("to_stage", "at") `);
    await q.query(`CREATE INDEX "ix_stage_change_target_at" ON "stage_change"  ("target_id", "at") `);
    await q.query(`ALTER TABLE "chain" ADD CONSTRAINT "fk_chain_plan" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(
      `ALTER TABLE "chain_link" ADD CONSTRAINT "fk_chain_link_chain" FOREIGN KEY ("chain_id") REFERENCES "chain"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "chain_manager" ADD CONSTRAINT "fk_chain_manager_chain" FOREIGN KEY ("chain_id") REFERENCES "chain"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "chain_manager" ADD CONSTRAINT "fk_chain_manager_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "carrier" ADD CONSTRAINT "fk_carrier_plan" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "carrier" ADD CONSTRAINT "fk_carrier_chain" FOREIGN KEY ("chain_id") REFERENCES "chain"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "firm_chain_link" ADD CONSTRAINT "fk_firm_chain_link_firm" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "firm_chain_link" ADD CONSTRAINT "fk_firm_chain_link_link" FOREIGN KEY ("chain_link_id") REFERENCES "chain_link"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "kpi_target" ADD CONSTRAINT "fk_kpi_target_plan" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "kpi_target" ADD CONSTRAINT "fk_kpi_target_chain" FOREIGN KEY ("chain_id") REFERENCES "chain"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "target" ADD CONSTRAINT "fk_target_firm" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "target" ADD CONSTRAINT "fk_target_chain_link" FOREIGN KEY ("chain_link_id") REFERENCES "chain_link"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "target" ADD CONSTRAINT "fk_target_chain" FOREIGN KEY ("chain_id") REFERENCES "chain"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "target" ADD CONSTRAINT "fk_target_owner" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "contact_log" ADD CONSTRAINT "fk_contact_log_target" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "contact_log" ADD CONSTRAINT "fk_contact_log_author" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "landing" ADD CONSTRAINT "fk_landing_target" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "landing" ADD CONSTRAINT "fk_landing_carrier" FOREIGN KEY ("carrier_id") REFERENCES "carrier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stage_change" ADD CONSTRAINT "fk_stage_change_target" FOREIGN KEY ("target_id") REFERENCES "target"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stage_change" ADD CONSTRAINT "fk_stage_change_user" FOREIGN KEY ("by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    // Hand-written: what entities cannot express.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // TypeORM's own bookkeeping table: its schema diff reads it whenever a generated column exists.
    await q.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)`,
    );
    await q.query(
      `CREATE FUNCTION crm_join_names(text, text, text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT $1 || ' ' || coalesce($2, '') || ' ' || coalesce(array_to_string($3, ' '), '') $$`,
    );
    await q.query(`ALTER TABLE "firm" ADD "search_text" text GENERATED ALWAYS AS (crm_join_names(name, full_name, aliases)) STORED`);
    await q.query(`CREATE INDEX "ix_firm_search_trgm" ON "firm" USING gin ("search_text" gin_trgm_ops)`);
    await q.query(`CREATE UNIQUE INDEX "uq_firm_credit_code" ON "firm" ("credit_code") WHERE credit_code IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_firm_tags" ON "firm" USING gin ("tags")`);
    await q.query(`CREATE UNIQUE INDEX "uq_kpi_target_scope_year" ON "kpi_target" ("plan_id", "metric", COALESCE("chain_id", 0), "year")`);
    await q.query(
      `CREATE FUNCTION crm_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '55000'; END $$`,
    );
    await q.query(`CREATE TRIGGER "tr_stage_change_append_only" BEFORE UPDATE ON "stage_change" FOR EACH ROW EXECUTE FUNCTION crm_refuse_update()`);
    await q.query(`ALTER TABLE "target" ADD CONSTRAINT "ck_target_probability" CHECK (probability BETWEEN 0 AND 100)`);
    await q.query(`ALTER TABLE "landing" ADD CONSTRAINT "ck_landing_area" CHECK (area > 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS "tr_stage_change_append_only" ON "stage_change"`);
    await q.query(`DROP FUNCTION IF EXISTS crm_refuse_update()`);
    await q.query(`DROP INDEX IF EXISTS "uq_kpi_target_scope_year"`);
    await q.query(`ALTER TABLE "firm" DROP COLUMN IF EXISTS "search_text"`);
    await q.query(`DROP FUNCTION IF EXISTS crm_join_names(text, text, text[])`);
    await q.query(`ALTER TABLE "stage_change" DROP CONSTRAINT "fk_stage_change_user"`);
    await q.query(`ALTER TABLE "stage_change" DROP CONSTRAINT "fk_stage_change_target"`);
    await q.query(`ALTER TABLE "landing" DROP CONSTRAINT "fk_landing_carrier"`);
    await q.query(`ALTER TABLE "landing" DROP CONSTRAINT "fk_landing_target"`);
    await q.query(`ALTER TABLE "contact_log" DROP CONSTRAINT "fk_contact_log_author"`);
    await q.query(`ALTER TABLE "contact_log" DROP CONSTRAINT "fk_contact_log_target"`);
    await q.query(`ALTER TABLE "target" DROP CONSTRAINT "fk_target_owner"`);
    await q.query(`ALTER TABLE "target" DROP CONSTRAINT "fk_target_chain"`);
    await q.query(`ALTER TABLE "target" DROP CONSTRAINT "fk_target_chain_link"`);
    await q.query(`ALTER TABLE "target" DROP CONSTRAINT "fk_target_firm"`);
    await q.query(`ALTER TABLE "kpi_target" DROP CONSTRAINT "fk_kpi_target_chain"`);
    await q.query(`ALTER TABLE "kpi_target" DROP CONSTRAINT "fk_kpi_target_plan"`);
    await q.query(`ALTER TABLE "firm_chain_link" DROP CONSTRAINT "fk_firm_chain_link_link"`);
    await q.query(`ALTER TABLE "firm_chain_link" DROP CONSTRAINT "fk_firm_chain_link_firm"`);
    await q.query(`ALTER TABLE "carrier" DROP CONSTRAINT "fk_carrier_chain"`);
    await q.query(`ALTER TABLE "carrier" DROP CONSTRAINT "fk_carrier_plan"`);
    await q.query(`ALTER TABLE "chain_manager" DROP CONSTRAINT "fk_chain_manager_user"`);
    await q.query(`ALTER TABLE "chain_manager" DROP CONSTRAINT "fk_chain_manager_chain"`);
    await q.query(`ALTER TABLE "chain_link" DROP CONSTRAINT "fk_chain_link_chain"`);
    await q.query(`ALTER TABLE "chain" DROP CONSTRAINT "fk_chain_plan"`);
    await q.query(`DROP INDEX "public"."ix_stage_change_target_at"`);
    await q.query(`DROP INDEX "public"."ix_stage_change_to_at"`);
    await q.query(`DROP TABLE "stage_change"`);
    await q.query(`DROP INDEX "public"."ix_landing_carrier"`);
    await q.query(`DROP INDEX "public"."uq_landing_target"`);
    await q.query(`DROP TABLE "landing"`);
    await q.query(`DROP INDEX "public"."ix_contact_log_target_at"`);
    await q.query(`DROP TABLE "contact_log"`);
    await q.query(`DROP INDEX "public"."uq_target_firm_link"`);
    await q.query(`DROP INDEX "public"."ix_target_chain_stage"`);
    await q.query(`DROP INDEX "public"."ix_target_owner_stage"`);
    await q.query(`DROP INDEX "public"."ix_target_link"`);
    await q.query(`DROP TABLE "target"`);
    await q.query(`DROP INDEX "public"."ix_kpi_target_plan"`);
    await q.query(`DROP TABLE "kpi_target"`);
    await q.query(`DROP INDEX "public"."ix_firm_chain_link_link"`);
    await q.query(`DROP TABLE "firm_chain_link"`);
    await q.query(`DROP INDEX "public"."uq_firm_name"`);
    await q.query(`DROP TABLE "firm"`);
    await q.query(`DROP INDEX "public"."uq_carrier_name"`);
    await q.query(`DROP TABLE "carrier"`);
    await q.query(`DROP TABLE "chain_manager"`);
    await q.query(`DROP INDEX "public"."uq_chain_link_chain_code"`);
    await q.query(`DROP TABLE "chain_link"`);
    await q.query(`DROP INDEX "public"."uq_chain_plan_code"`);
    await q.query(`DROP TABLE "chain"`);
    await q.query(`DROP INDEX "public"."uq_plan_code"`);
    await q.query(`DROP TABLE "plan"`);
  }
}
