import { describe, expect, it } from '@jest/globals';
import { passwordProblem } from './password';

describe('passwordProblem (the strength rule)', () => {
  it.each([
    ['7 characters', 'abc1234', undefined, 'too_short'],
    ['8 characters, letters and digits', 'abcd1x34', undefined, undefined],
    ['letters only', 'abcdefghij', undefined, 'letters_and_digits'],
    ['digits only', '1234567890', undefined, 'letters_and_digits'],
    ['Chinese and digits only', '招商引资招商引资2025', undefined, 'letters_and_digits'],
    ['129 characters', 'a1'.repeat(64) + 'b', undefined, 'too_long'],
    ['128 characters', 'a1'.repeat(64), undefined, undefined],
    ['contains the username', 'xPromoter99', 'promoter', 'contains_username'],
    ['contains a 2-letter username (too short to matter)', 'lizz8899q', 'li', undefined],
    ['common password', 'Password123', undefined, 'too_common'],
    ['the demo password', 'Demo@2025', 'someone', 'too_common'],
    ['a sound passphrase', '招商Chain-2026-go', 'promoter', undefined],
  ])('%s → %s', (_case, plain, username, expected) => {
    expect(passwordProblem(plain, username)).toBe(expected);
  });
});
