import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A message whose condition has cleared (the stale target got a log, the follow-up was done,
 * moved or cancelled) is resolved, in the transaction that cleared it, and shown as 已解除
 * instead of waiting unread. Nothing already in the inbox is resolved retroactively.
 */
export class NotificationResolved1763700001100 implements MigrationInterface {
  name = 'NotificationResolved1763700001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification" ADD "resolved_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification" DROP COLUMN "resolved_at"`);
  }
}
