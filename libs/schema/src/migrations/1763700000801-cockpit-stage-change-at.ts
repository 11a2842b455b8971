import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cockpit reuses its flow figures (conversion, time in stage, velocity) for a later "last N
 * days" when no stage change is dated where the two periods differ (PipelineStatsService.sameFlow).
 * That question is two index range probes on stage_change(at); without this index each was a
 * sequential scan of the whole history (40 ms at 400,000 rows, on every dashboard load).
 */
export class CockpitStageChangeAt1763700000801 implements MigrationInterface {
  name = 'CockpitStageChangeAt1763700000801';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_stage_change_at" ON "stage_change" ("at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "ix_stage_change_at"`);
  }
}
