import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the pipeline API's own queries: the targets list's default order (last activity,
 * newest first, for leaders and admins who see every target) and the contact-log author filter.
 */
export class PipelineApiIndexes1763700000150 implements MigrationInterface {
  name = 'PipelineApiIndexes1763700000150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS "ix_target_last_activity" ON "target" ("last_activity_at") `);
    await q.query(`CREATE INDEX IF NOT EXISTS "ix_contact_log_author" ON "contact_log" ("author_id") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "ix_contact_log_author"`);
    await q.query(`DROP INDEX IF EXISTS "ix_target_last_activity"`);
  }
}
