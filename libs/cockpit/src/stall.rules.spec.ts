import { describe, expect, it } from '@jest/globals';
import type { Stage } from '@crm/pipeline';
import { DEFAULT_STALL_THRESHOLDS, idleDays, mergeThresholds, stallLevel, StallLevel } from './stall.rules';

describe('stallLevel with the default thresholds (lead 30/60, contact 14/30, signed 30/60)', () => {
  it.each<[Stage, number, StallLevel]>([
    ['lead', 0, null],
    ['lead', 29, null],
    ['lead', 30, 'yellow'],
    ['lead', 59, 'yellow'],
    ['lead', 60, 'red'],
    ['contact', 13, null],
    ['contact', 14, 'yellow'],
    ['contact', 29, 'yellow'],
    ['contact', 30, 'red'],
    ['signed', 29, null],
    ['signed', 30, 'yellow'],
    ['signed', 61, 'red'],
    ['landed', 400, null],
    ['paused', 400, null],
    ['lost', 400, null],
  ])('%s idle %p days → %p', (stage, days, expected) => {
    expect(stallLevel(stage, days)).toBe(expected);
  });

  it('uses thresholds it is given', () => {
    const t = { ...DEFAULT_STALL_THRESHOLDS, contact: { yellow: 7, red: 10 } };
    expect(stallLevel('contact', 7, t)).toBe('yellow');
    expect(stallLevel('contact', 10, t)).toBe('red');
  });
});

describe('idleDays', () => {
  const now = new Date('2026-03-31T12:00:00Z');
  it.each([
    ['2026-03-31T12:00:00Z', 0],
    ['2026-03-30T12:00:01Z', 0], // 23h59m59s: not yet a day
    ['2026-03-30T12:00:00Z', 1],
    ['2026-03-17T11:00:00Z', 14], // 14 days and an hour
    ['2026-04-02T00:00:00Z', 0], // activity in the future (clock skew) is not negative
  ])('last activity %s → %p days', (at, days) => {
    expect(idleDays(new Date(at), now)).toBe(days);
  });
});

describe('mergeThresholds', () => {
  it.each([
    ['no overrides → defaults', [], DEFAULT_STALL_THRESHOLDS],
    [
      'contact overridden',
      [{ stage: 'contact', yellow: 7, red: 21 }],
      { ...DEFAULT_STALL_THRESHOLDS, contact: { yellow: 7, red: 21 } },
    ],
    [
      'null red keeps the default red',
      [{ stage: 'lead', yellow: 20, red: null }],
      { ...DEFAULT_STALL_THRESHOLDS, lead: { yellow: 20, red: 60 } },
    ],
    [
      'red below yellow is raised to yellow',
      [{ stage: 'signed', yellow: 40, red: 10 }],
      { ...DEFAULT_STALL_THRESHOLDS, signed: { yellow: 40, red: 40 } },
    ],
    ['closed stages and non-positive values ignored', [{ stage: 'landed', yellow: 1, red: 2 }, { stage: 'lead', yellow: 0, red: -3 }], DEFAULT_STALL_THRESHOLDS],
  ])('%s', (_, overrides, expected) => {
    expect(mergeThresholds(overrides as never)).toEqual(expected);
  });
});
