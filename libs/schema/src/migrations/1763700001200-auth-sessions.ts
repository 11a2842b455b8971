import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per login: a token names its session, and every request checks that the session is
 * not revoked and its user still active. Sign-out revokes one session; a password change or an
 * admin disabling the user revokes all of a user's sessions. Postgres holds the truth so every
 * API process agrees on the next request. Also the reminder preferences of 我的账户: which
 * channels a user wants and whether they get the daily digest.
 */
export class AuthSessions1763700001200 implements MigrationInterface {
  name = 'AuthSessions1763700001200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "auth_session" (
      "id" bigserial PRIMARY KEY,
      "user_id" int NOT NULL CONSTRAINT "fk_auth_session_user" REFERENCES "app_user"("id") ON DELETE CASCADE,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "revoked_at" timestamptz,
      "revoked_reason" varchar(20),
      CONSTRAINT "ck_auth_session_reason" CHECK (revoked_reason IN ('logout', 'password', 'disabled', 'admin'))
    )`);
    await q.query(`CREATE INDEX "ix_auth_session_user_live" ON "auth_session" ("user_id") WHERE "revoked_at" IS NULL`);
    await q.query(`ALTER TABLE "app_user" ADD "notify_in_app" boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE "app_user" ADD "notify_email" boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE "app_user" ADD "notify_webhook" boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE "app_user" ADD "daily_digest" boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ['daily_digest', 'notify_webhook', 'notify_email', 'notify_in_app']) await q.query(`ALTER TABLE "app_user" DROP COLUMN "${c}"`);
    await q.query(`DROP TABLE "auth_session"`);
  }
}
