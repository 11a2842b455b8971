import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A refused import row keeps the cells as the user typed them (by column key), so the wizard can
 * hand the rejected rows back as a workbook with a 错误原因 column to fix and upload again. Valid
 * rows do not need it (their parsed data is what gets written). History lists batches newest first.
 */
export class ImportRowRaw1763700001201 implements MigrationInterface {
  name = 'ImportRowRaw1763700001201';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "import_row" ADD "raw" jsonb`);
    await q.query(`CREATE INDEX "ix_import_batch_created" ON "import_batch" ("created_at" DESC, "id" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_import_batch_created"`);
    await q.query(`ALTER TABLE "import_row" DROP COLUMN "raw"`);
  }
}
