import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delivery handed over to its receiver waits for the answer in its own state, 'awaiting', so
 * nothing mistakes it for settled: a refusal still puts it back to pending, and a reminder is only
 * settled once none of its deliveries is pending or awaiting. An awaiting delivery whose worker
 * died is closed as sent by the sweep (found through the partial index). Replaces the attempt
 * index of 600, which looked for the same thing from the attempt side.
 */
export class DeliveryAwaiting1763700000601 implements MigrationInterface {
  name = 'DeliveryAwaiting1763700000601';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "delivery" DROP CONSTRAINT "ck_delivery_state"`);
    await q.query(`ALTER TABLE "delivery" ADD CONSTRAINT "ck_delivery_state" CHECK (state IN ('pending', 'awaiting', 'sent', 'failed'))`);
    await q.query(`CREATE INDEX "ix_delivery_awaiting" ON "delivery" ("sent_at") WHERE state = 'awaiting'`);
    await q.query(`DROP INDEX IF EXISTS "ix_delivery_attempt_unheard"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_delivery_attempt_unheard" ON "delivery_attempt" ("at") WHERE "ok" IS NULL AND "error" IS NULL`);
    await q.query(`DROP INDEX "ix_delivery_awaiting"`);
    await q.query(`UPDATE "delivery" SET state = 'sent' WHERE state = 'awaiting'`);
    await q.query(`ALTER TABLE "delivery" DROP CONSTRAINT "ck_delivery_state"`);
    await q.query(`ALTER TABLE "delivery" ADD CONSTRAINT "ck_delivery_state" CHECK (state IN ('pending', 'sent', 'failed'))`);
  }
}
