import { MigrationInterface, QueryRunner } from 'typeorm';

/** Client Idempotency-Keys (libs/idempotency): one row per user and key, with the first answer. */
export class IdempotencyKeys1763700001300 implements MigrationInterface {
  name = 'IdempotencyKeys1763700001300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "idempotency_key" ("user_id" integer NOT NULL, "key" character varying(128) NOT NULL, "scope" character varying(100) NOT NULL, "request_hash" character(64) NOT NULL, "status" smallint NOT NULL, "response" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("user_id", "key"))`,
    );
    await q.query(`CREATE INDEX "ix_idempotency_key_created_at" ON "idempotency_key" ("created_at") `);
    // A user's keys go with the account; they only ever answered that user.
    await q.query(
      `ALTER TABLE "idempotency_key" ADD CONSTRAINT "fk_idempotency_key_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "idempotency_key"`);
  }
}
