import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reminder and its inbox message carry their text in English too, rendered when the reminder is
 * written, so the backoffice shows each reader their own language. Rows written before this have
 * none (NULL) and are shown as stored, in Chinese.
 */
export class ReminderTextEn1763700001700 implements MigrationInterface {
  name = 'ReminderTextEn1763700001700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "reminder" ADD "title_en" varchar(300), ADD "body_en" text`);
    await q.query(`ALTER TABLE "notification" ADD "title_en" varchar(300), ADD "body_en" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification" DROP COLUMN "body_en", DROP COLUMN "title_en"`);
    await q.query(`ALTER TABLE "reminder" DROP COLUMN "body_en", DROP COLUMN "title_en"`);
  }
}
