import { describe, expect, it } from '@jest/globals';
import { handedOverSql, outcomeOf, retryDelayMs, stateAfterAttempt } from './delivery.rules';

describe('retryDelayMs', () => {
  it.each([
    [1, 1000, 1000], // 1000 * 2^0
    [2, 1000, 2000], // 1000 * 2^1
    [3, 1000, 4000], // 1000 * 2^2
    [4, 30_000, 240_000], // 30 s * 2^3
    [30, 30_000, 86_400_000], // capped at one day
    [0, 500, 500],
  ])('after %d failures with base %d ms → %d ms', (n, base, expected) => {
    expect(retryDelayMs(n, base)).toBe(expected);
  });
});

describe('stateAfterAttempt', () => {
  it.each<[boolean, number, number, string]>([
    [true, 1, 5, 'sent'],
    [true, 5, 5, 'sent'],
    [false, 1, 5, 'pending'],
    [false, 4, 5, 'pending'],
    [false, 5, 5, 'failed'],
    [false, 1, 1, 'failed'],
  ])('ok=%s after attempt %d of %d → %s', (ok, attempts, max, expected) => {
    expect(stateAfterAttempt(ok, attempts, max)).toBe(expected);
  });
});

describe('outcomeOf', () => {
  const rules = { maxAttempts: 3, retryBaseMs: 1000 };
  const now = Date.UTC(2026, 10, 21);
  it.each<[string, Parameters<typeof outcomeOf>[0], number, { state: string; ok: boolean | null; error: string | null; retryInMs: number }]>([
    ['accepted', { kind: 'accepted', answer: '250 OK' }, 1, { state: 'sent', ok: true, error: null, retryInMs: 1000 }],
    [
      'unheard after the handover counts as sent',
      { kind: 'unheard', error: 'timeout' },
      1,
      { state: 'sent', ok: null, error: 'handed over; no answer heard: timeout', retryInMs: 1000 },
    ],
    ['failed, attempts left', { kind: 'failed', error: '550 no' }, 1, { state: 'pending', ok: false, error: '550 no', retryInMs: 1000 }],
    ['failed, second try backs off', { kind: 'failed', error: '500' }, 2, { state: 'pending', ok: false, error: '500', retryInMs: 2000 }],
    ['failed, attempts used up', { kind: 'failed', error: '500' }, 3, { state: 'failed', ok: false, error: '500', retryInMs: 4000 }],
  ])('%s', (_name, outcome, attempt, want) => {
    const next = outcomeOf(outcome, attempt, rules, now);
    expect({ state: next.state, ok: next.ok, error: next.error, retryInMs: next.nextAttemptAt.getTime() - now }).toEqual(want);
  });
});

describe('handedOverSql', () => {
  it('inlines the integers and ends with COMMIT', () => {
    expect(handedOverSql(12, 3, 45)).toBe(
      "UPDATE delivery SET state = 'awaiting', attempts = 3, last_error = NULL, sent_at = now() WHERE id = 12;" +
        'INSERT INTO delivery_attempt (delivery_id, attempt, ok, duration_ms) VALUES (12, 3, NULL, 45);COMMIT',
    );
  });
  it.each([
    [1.5, 1, 0],
    [-1, 1, 0],
    [1, Number.NaN, 0],
    [1, 1, 2 ** 60],
  ])('refuses %p/%p/%p', (d, a, ms) => {
    expect(() => handedOverSql(d, a, ms)).toThrow('not a non-negative integer');
  });
});
