import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail and webhook deliveries are recorded as sent in the same instant their last bytes are
 * handed to the receiver, before its answer arrives. The attempt's `ok` is therefore unknown
 * (NULL) until the answer is heard, and stays NULL if the worker died in between ("handed over,
 * answer not heard"). `answer` keeps the receiver's reply (e.g. "250 OK: queued as …").
 */
export class DeliveryHandover1763700000600 implements MigrationInterface {
  name = 'DeliveryHandover1763700000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "delivery_attempt" ALTER COLUMN "ok" DROP NOT NULL`);
    await q.query(`ALTER TABLE "delivery_attempt" ADD "answer" text`);
    // The sweep looks for handovers whose answer never came (a worker died): few rows, found fast.
    await q.query(`CREATE INDEX "ix_delivery_attempt_unheard" ON "delivery_attempt" ("at") WHERE "ok" IS NULL AND "error" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_delivery_attempt_unheard"`);
    await q.query(`ALTER TABLE "delivery_attempt" DROP COLUMN "answer"`);
    await q.query(`UPDATE "delivery_attempt" SET "ok" = true WHERE "ok" IS NULL`);
    await q.query(`ALTER TABLE "delivery_attempt" ALTER COLUMN "ok" SET NOT NULL`);
  }
}
