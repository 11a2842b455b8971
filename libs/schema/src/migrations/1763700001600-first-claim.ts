import { MigrationInterface, QueryRunner } from 'typeorm';

/** 首报首谈: transfer / joint-pursuit requests and granted joint pursuits. The holder itself is derived from targets. */
export class FirstClaim1763700001600 implements MigrationInterface {
  name = 'FirstClaim1763700001600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "claim_request" (
      "id" SERIAL NOT NULL, "firm_id" integer NOT NULL, "kind" character varying(10) NOT NULL, "state" character varying(10) NOT NULL DEFAULT 'pending',
      "requester_id" integer NOT NULL, "requester_team_id" integer, "reason" text NOT NULL,
      "decided_by_id" integer, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_claim_request" PRIMARY KEY ("id"),
      CONSTRAINT "ck_claim_request_kind" CHECK (kind IN ('transfer', 'joint')),
      CONSTRAINT "ck_claim_request_state" CHECK (state IN ('pending', 'granted', 'refused')),
      CONSTRAINT "fk_claim_request_firm" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_claim_request_requester" FOREIGN KEY ("requester_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
      CONSTRAINT "fk_claim_request_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q.query(`CREATE INDEX "ix_claim_request_firm" ON "claim_request" ("firm_id")`);
    await q.query(`CREATE INDEX "ix_claim_request_requester" ON "claim_request" ("requester_id")`);
    // One open request per person and firm.
    await q.query(`CREATE UNIQUE INDEX "uq_claim_request_pending" ON "claim_request" ("firm_id", "requester_id") WHERE state = 'pending'`);

    await q.query(`CREATE TABLE "firm_claim_share" (
      "id" SERIAL NOT NULL, "firm_id" integer NOT NULL, "team_id" integer, "user_id" integer, "request_id" integer, "granted_by_id" integer,
      "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_firm_claim_share" PRIMARY KEY ("id"),
      CONSTRAINT "ck_firm_claim_share_one" CHECK ((team_id IS NULL) <> (user_id IS NULL)),
      CONSTRAINT "fk_firm_claim_share_firm" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_firm_claim_share_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_firm_claim_share_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_firm_claim_share_request" FOREIGN KEY ("request_id") REFERENCES "claim_request"("id") ON DELETE SET NULL)`);
    await q.query(`CREATE INDEX "ix_firm_claim_share_firm" ON "firm_claim_share" ("firm_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_firm_claim_share_team" ON "firm_claim_share" ("firm_id", "team_id") WHERE team_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "uq_firm_claim_share_user" ON "firm_claim_share" ("firm_id", "user_id") WHERE user_id IS NOT NULL`);
    // The holder is the firm's earliest live target: keep that lookup an index scan.
    await q.query(`CREATE INDEX "ix_target_firm_created" ON "target" ("firm_id", "created_at", "id") WHERE stage <> 'lost'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_target_firm_created"`);
    await q.query(`DROP TABLE "firm_claim_share"`);
    await q.query(`DROP TABLE "claim_request"`);
  }
}
