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
