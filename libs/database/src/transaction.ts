import { DataSource, EntityManager } from 'typeorm';
import { pgCode, PG } from './pg-errors';

/**
 * Runs work in one transaction and retries it when Postgres reports a serialization failure or
 * deadlock (the other side of optimistic and row locking); other errors pass through unchanged.
 */
export async function inTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await ds.transaction(work);
    } catch (err) {
      const code = pgCode(err);
      if (i < attempts && (code === PG.serializationFailure || code === PG.deadlockDetected)) continue;
      throw err;
    }
  }
}
