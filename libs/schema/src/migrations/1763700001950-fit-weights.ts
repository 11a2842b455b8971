import { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-plan weights of the candidate fit score; a plan without a row uses the defaults in code (DEFAULT_FIT_WEIGHTS). */
export class FitWeights1763700001950 implements MigrationInterface {
  name = 'FitWeights1763700001950';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "fit_weights" (
      "id" SERIAL NOT NULL, "plan_id" integer NOT NULL,
      "tags" integer NOT NULL DEFAULT 20, "industry" integer NOT NULL DEFAULT 20, "scope" integer NOT NULL DEFAULT 20, "profile" integer NOT NULL DEFAULT 10,
      "capital" integer NOT NULL DEFAULT 10, "city" integer NOT NULL DEFAULT 5, "relationship" integer NOT NULL DEFAULT 15,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_fit_weights" PRIMARY KEY ("id"),
      CONSTRAINT "ck_fit_weights_range" CHECK (LEAST(tags, industry, scope, profile, capital, city, relationship) >= 0 AND GREATEST(tags, industry, scope, profile, capital, city, relationship) <= 100),
      CONSTRAINT "fk_fit_weights_plan" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE UNIQUE INDEX "uq_fit_weights_plan" ON "fit_weights" ("plan_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "fit_weights"`);
  }
}
