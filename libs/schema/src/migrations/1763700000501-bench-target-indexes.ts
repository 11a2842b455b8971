import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Target indexes for the hot paths the bench measures (bench-results/explain-*.txt).
 *
 * - The pipeline list (chain + stage, newest activity first, id as tie-break) sorts by
 *   `last_activity_at DESC NULLS LAST, id DESC`; ix_target_chain_stage is ascending with nulls
 *   last, so every matching row was sorted. This one returns the first page in index order, and
 *   with owner_id included a promoter's scoped count is an index-only scan.
 * - The chain map counts targets per link and stage within a chain: index-only with
 *   (chain_id, chain_link_id, stage) instead of a bitmap heap scan over the chain's targets.
 */
export class BenchTargetIndexes1763700000501 implements MigrationInterface {
  name = 'BenchTargetIndexes1763700000501';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_target_chain_stage_activity" ON "target" ("chain_id", "stage", "last_activity_at" DESC NULLS LAST, "id" DESC) INCLUDE ("owner_id")`,
    );
    await q.query(`CREATE INDEX "ix_target_chain_link_stage" ON "target" ("chain_id", "chain_link_id", "stage")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "ix_target_chain_link_stage"`);
    await q.query(`DROP INDEX IF EXISTS "ix_target_chain_stage_activity"`);
  }
}
