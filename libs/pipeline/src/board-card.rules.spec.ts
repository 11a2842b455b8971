import { describe, expect, it } from '@jest/globals';
import { daysInStage, shownInvestment } from './board-card.rules';
import type { Stage } from './stage';

describe('shownInvestment', () => {
  it.each<[Stage, number | null, number | null, number | null, 'signed' | 'expected']>([
    ['signed', 3000, 2000, 3000, 'signed'], // 中科海微 signed at 3,000 万元: the card shows 3,000
    ['landed', 3000, null, 3000, 'signed'],
    ['signed', null, 2000, 2000, 'expected'], // signed before figures were required (imports)
    ['contact', 3000, 2000, 2000, 'expected'], // figures left from an earlier signing do not count before signing
    ['lead', null, null, null, 'expected'],
    ['paused', 3000, 2000, 2000, 'expected'],
  ])('%s signed=%s expected=%s → %s (%s)', (stage, signed, expected, amount, kind) => {
    expect(shownInvestment(stage, signed, expected)).toEqual({ amount, kind });
  });
});

describe('daysInStage', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  it.each([
    ['2026-12-03T09:00:00Z', 0],
    ['2026-12-02T10:00:01Z', 0],
    ['2026-12-02T10:00:00Z', 1],
    ['2026-11-03T10:00:00Z', 30],
    ['2026-12-04T10:00:00Z', 0], // a clock ahead never gives negative days
  ])('entered %s → %i days', (at, days) => {
    expect(daysInStage(new Date(at), now)).toBe(days);
  });
});
