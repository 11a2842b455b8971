import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763700000000 implements MigrationInterface {
  name = 'Foundation1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "team" ("id" SERIAL NOT NULL, "name" character varying(100) NOT NULL, "leader_id" integer, "webhook_url" character varying(500), "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_cf461f5b40cf1a2b8876011e1e1" UNIQUE ("name"), CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "app_user" ("id" SERIAL NOT NULL, "username" character varying(50) NOT NULL, "display_name" character varying(100) NOT NULL, "password_hash" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "team_id" integer, "email" character varying(200), "webhook_url" character varying(500), "active" boolean NOT NULL DEFAULT true, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_app_user_role" CHECK (role IN ('admin', 'leader', 'chain_manager', 'promoter')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_app_user_username" ON "app_user"  ("username") `);
    await q.query(`CREATE INDEX "ix_app_user_team" ON "app_user"  ("team_id") `);
    await q.query(
      `CREATE TABLE "worker_heartbeat" ("worker_id" character varying(100) NOT NULL, "hostname" character varying(200) NOT NULL, "pid" integer NOT NULL, "redis_run_id" character varying(64) NOT NULL, "queue_prefix" character varying(100) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "beat_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_57142a5b912c5001ff15f617a54" PRIMARY KEY ("worker_id"))`,
    );
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_team"`);
    await q.query(`DROP TABLE "worker_heartbeat"`);
    await q.query(`DROP INDEX "public"."ix_app_user_team"`);
    await q.query(`DROP INDEX "public"."uq_app_user_username"`);
    await q.query(`DROP TABLE "app_user"`);
    await q.query(`DROP TABLE "team"`);
  }
}
