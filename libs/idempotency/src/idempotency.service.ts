import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError } from '@crm/http';
import { Clock } from '@crm/time';
import { IDEMPOTENCY_TTL_MS, requestHash } from './idempotency.rules';

export interface IdempotentRequest {
  /** The client's Idempotency-Key header (already validated by the decorator). */
  key: string;
  /** What the request does, e.g. `contact-log.create` or `target.transition:42`. */
  scope: string;
  /** The validated request body; hashed to tell a retry from a reused key. */
  body: unknown;
  /** The status the route answers on success. */
  status: number;
}

const keyReused = () =>
  new AppError(
    422,
    'idempotency_key_reused',
    'This Idempotency-Key was already used for a different request; generate a new key for a new request',
    '该幂等键（Idempotency-Key）已用于另一个不同的请求，请为新请求生成新的键',
  );

/**
 * Runs a write at most once per (user, key). Call inside the write's own transaction:
 * the key row is inserted first, so a second request with the same key blocks on the primary key
 * until the first commits and then answers the stored result (or, if the first rolled back,
 * does the work itself). Only successes are stored: a refused request leaves no key behind and
 * its retry is judged afresh.
 */
@Injectable()
export class IdempotencyService {
  /** `clock` stamps and expires keys; a test moves it to step past the TTL. */
  constructor(private readonly clock: Clock) {}

  async run<T>(em: EntityManager, userId: number, req: IdempotentRequest | undefined, work: () => Promise<T>): Promise<T> {
    if (!req) return work();
    const now = this.clock.now();
    const hash = requestHash(req.scope, req.body);
    // Claim the key: a new row, or take over one whose TTL has passed. A live row of another
    // transaction makes this statement wait for it, then do nothing.
    const claimed: unknown[] = await em.query(
      `INSERT INTO idempotency_key (user_id, key, scope, request_hash, status, response, created_at)
       VALUES ($1, $2, $3, $4, 0, '', $5)
       ON CONFLICT (user_id, key) DO UPDATE SET scope = EXCLUDED.scope, request_hash = EXCLUDED.request_hash, status = 0, response = '', created_at = EXCLUDED.created_at
       WHERE idempotency_key.created_at <= $6
       RETURNING user_id`,
      [userId, req.key, req.scope, hash, now, new Date(now.getTime() - IDEMPOTENCY_TTL_MS)],
    );
    if (claimed.length === 0) {
      const [stored] = (await em.query(`SELECT request_hash, status, response FROM idempotency_key WHERE user_id = $1 AND key = $2`, [userId, req.key])) as {
        request_hash: string;
        status: number;
        response: string;
      }[];
      if (stored.request_hash !== hash) throw keyReused();
      return JSON.parse(stored.response) as T;
    }
    const result = await work();
    await em.query(`UPDATE idempotency_key SET status = $3, response = $4 WHERE user_id = $1 AND key = $2`, [
      userId,
      req.key,
      req.status,
      JSON.stringify(result),
    ]);
    return result;
  }

  /** Drops keys past their TTL (they already count as absent; this only keeps the table small). */
  async sweep(em: EntityManager): Promise<number> {
    const [, deleted] = (await em.query(`DELETE FROM idempotency_key WHERE created_at <= $1`, [new Date(this.clock.now().getTime() - IDEMPOTENCY_TTL_MS)])) as [
      unknown,
      number,
    ];
    return deleted;
  }
}
