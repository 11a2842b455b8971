const DAY_MS = 86_400_000;

/** Wait before retry n+1 after the n-th failed attempt: base, 2×base, 4×base … capped at a day. */
export function retryDelayMs(failedAttempts: number, baseMs: number): number {
  return Math.min(DAY_MS, baseMs * 2 ** Math.max(0, failedAttempts - 1));
}

/** After an attempt: sent, pending another try, or failed for good once the attempts are used up. */
export function stateAfterAttempt(ok: boolean, attempts: number, maxAttempts: number): 'sent' | 'pending' | 'failed' {
  if (ok) return 'sent';
  return attempts >= maxAttempts ? 'failed' : 'pending';
}

/**
 * How an attempt ended: the receiver accepted; it failed (refused, or the message never reached
 * the receiver whole); or the message was handed over and no answer was heard (connection lost or
 * timed out after the last bytes, or the worker died) — that counts as sent, never sent again.
 */
export type Outcome = { kind: 'accepted'; answer: string | null } | { kind: 'failed'; error: string } | { kind: 'unheard'; error: string };

export interface NextState {
  state: 'sent' | 'pending' | 'failed';
  /** delivery_attempt.ok: null while (or when) the receiver's answer is unknown. */
  ok: boolean | null;
  error: string | null;
  nextAttemptAt: Date;
}

export function outcomeOf(outcome: Outcome, attempt: number, rules: { maxAttempts: number; retryBaseMs: number }, now = Date.now()): NextState {
  const nextAttemptAt = new Date(now + retryDelayMs(attempt, rules.retryBaseMs));
  switch (outcome.kind) {
    case 'accepted':
      return { state: 'sent', ok: true, error: null, nextAttemptAt };
    case 'unheard':
      return { state: 'sent', ok: null, error: `handed over; no answer heard: ${outcome.error}`, nextAttemptAt };
    case 'failed':
      return { state: stateAfterAttempt(false, attempt, rules.maxAttempts), ok: false, error: outcome.error, nextAttemptAt };
  }
}

/**
 * The handover: marks the delivery awaiting the receiver's answer, with an attempt whose outcome is
 * still unknown, and commits.
 * One simple-protocol string, so it goes to Postgres in one write right after the last bytes went
 * to the receiver. The values are inlined (the simple protocol takes no parameters), so only integers.
 */
export function handedOverSql(deliveryId: number, attempt: number, durationMs: number): string {
  for (const n of [deliveryId, attempt, durationMs]) if (!Number.isSafeInteger(n) || n < 0) throw new Error(`handedOverSql: not a non-negative integer: ${n}`);
  return (
    `UPDATE delivery SET state = 'awaiting', attempts = ${attempt}, last_error = NULL, sent_at = now() WHERE id = ${deliveryId};` +
    `INSERT INTO delivery_attempt (delivery_id, attempt, ok, duration_ms) VALUES (${deliveryId}, ${attempt}, NULL, ${durationMs});` +
    'COMMIT'
  );
}

/**
 * Records an attempt's outcome and the delivery's next state in one statement. It applies to the
 * row as this attempt found it (pending, attempts = n-1: nothing handed over yet) or left it at the
 * handover (awaiting, attempts = n), and to nothing else: safe to run again on a fresh connection
 * when the handover's own commit failed, and a no-op once the sweep closed an awaiting delivery
 * whose worker was presumed dead.
 * $1 delivery, $2 attempt, $3 state, $4 ok, $5 error, $6 answer, $7 next attempt at, $8 duration ms.
 */
export const OUTCOME_SQL = `
  WITH d AS (
    UPDATE delivery SET state = $3::varchar, attempts = $2, last_error = $5::text,
           sent_at = CASE WHEN $3::varchar = 'sent' THEN coalesce(sent_at, now()) END,
           next_attempt_at = CASE WHEN $3::varchar = 'pending' THEN $7::timestamptz ELSE next_attempt_at END
     WHERE id = $1 AND ((state = 'awaiting' AND attempts = $2) OR (state = 'pending' AND attempts = $2 - 1))
    RETURNING id)
  INSERT INTO delivery_attempt (delivery_id, attempt, ok, error, answer, duration_ms)
  SELECT id, $2, $4::boolean, $5::text, $6::text, $8 FROM d
  ON CONFLICT (delivery_id, attempt) DO UPDATE SET ok = EXCLUDED.ok, error = EXCLUDED.error, answer = EXCLUDED.answer, duration_ms = EXCLUDED.duration_ms`;
