import { PG, PG_BAD_INPUT, pgCode } from './pg-errors';

/** How loudly a failed query is logged. */
export type QueryFailureLevel = 'debug' | 'warn' | 'error';

/**
 * SQLSTATEs the app expects and answers with a 4xx (AllExceptionsFilter in @crm/http, mapDuplicates,
 * inTransaction's retry): a duplicate (409), a missing or still-used reference (400), a concurrent
 * update (409, retried first), a value Postgres cannot store (400). The request was refused; the
 * server is fine.
 */
export const PG_EXPECTED: readonly string[] = [PG.uniqueViolation, PG.foreignKeyViolation, PG.serializationFailure, ...PG_BAD_INPUT];

/**
 * The level a failed query deserves: `debug` for the expected refusals above (they reach the
 * client as a clear 4xx, and at error level they read like outages), `warn` for a deadlock (also
 * retried and answered 409, but two transactions took locks in opposite orders, which the code can
 * fix), `error` for everything else: unknown SQLSTATEs, lock timeouts (55P03, answered 500), a
 * database that is away (08xxx, 57P0x, 53300: 503), and errors without a code.
 */
export function queryFailureLevel(err: unknown): QueryFailureLevel {
  const code = pgCode(err);
  if (code === undefined) return 'error';
  if (PG_EXPECTED.includes(code)) return 'debug';
  if (code === PG.deadlockDetected) return 'warn';
  return 'error';
}
