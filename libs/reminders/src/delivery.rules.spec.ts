import { describe, expect, it } from '@jest/globals';
import { retryDelayMs, stateAfterAttempt } from './delivery.rules';

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
