import { describe, expect, it } from '@jest/globals';
import type { Stage } from '@crm/pipeline';
import { daysIdle, DEFAULT_STALE_THRESHOLDS, StaleGrade, staleGrade, staleGradeAfter, StaleThresholds, thresholdProblem } from './stale.rules';

const thresholds: StaleThresholds = { lead: { yellow: 30, red: 60 }, contact: { yellow: 14, red: 30 }, signed: { yellow: 30, red: 60 } };
const now = new Date('2026-11-21T12:00:00Z');
const daysAgo = (d: number, extraHours = 0) => new Date(now.getTime() - d * 86_400_000 - extraHours * 3_600_000);

describe('DEFAULT_STALE_THRESHOLDS', () => {
  it('are the office defaults (lead 30/60, contact 14/30, signed 30/60) and sound', () => {
    expect(DEFAULT_STALE_THRESHOLDS).toEqual(thresholds);
    expect(thresholdProblem(DEFAULT_STALE_THRESHOLDS)).toBeNull();
  });
});

describe('daysIdle', () => {
  it.each([
    [daysAgo(0), 0],
    [daysAgo(0, 23), 0], // 23 h: not yet a day
    [daysAgo(1), 1],
    [daysAgo(13, 23), 13],
    [new Date(now.getTime() + 3_600_000), 0], // clock skew: activity "in the future" counts as today
  ])('%s → %d', (at, days) => {
    expect(daysIdle(at, now)).toBe(days);
  });

  // from the cockpit's former idleDays table
  const now2 = new Date('2026-03-31T12:00:00Z');
  it.each([
    ['2026-03-31T12:00:00Z', 0],
    ['2026-03-30T12:00:01Z', 0], // 23h59m59s: not yet a day
    ['2026-03-30T12:00:00Z', 1],
    ['2026-03-17T11:00:00Z', 14], // 14 days and an hour
    ['2026-04-02T00:00:00Z', 0], // activity in the future (clock skew) is not negative
  ])('last activity %s → %p days', (at, days) => {
    expect(daysIdle(new Date(at), now2)).toBe(days);
  });
});

describe('staleGrade', () => {
  it.each<[Stage, number, string | null]>([
    ['lead', 29, 'green'],
    ['lead', 30, 'yellow'], // yellow threshold is inclusive
    ['lead', 59, 'yellow'],
    ['lead', 60, 'red'],
    ['contact', 13, 'green'],
    ['contact', 14, 'yellow'],
    ['contact', 30, 'red'],
    ['signed', 45, 'yellow'],
    ['signed', 400, 'red'],
    ['landed', 400, null], // landed, paused and lost targets are never stale
    ['paused', 400, null],
    ['lost', 400, null],
  ])('%s idle %d days → %s', (stage, days, grade) => {
    expect(staleGrade(stage, daysAgo(days), now, thresholds)).toBe(grade);
  });
});

describe('staleGradeAfter with the default thresholds (the cockpit\'s former stallLevel table; its null for "not stalled" is green)', () => {
  it.each<[Stage, number, StaleGrade | null]>([
    ['lead', 0, 'green'],
    ['lead', 29, 'green'],
    ['lead', 30, 'yellow'],
    ['lead', 59, 'yellow'],
    ['lead', 60, 'red'],
    ['contact', 13, 'green'],
    ['contact', 14, 'yellow'],
    ['contact', 29, 'yellow'],
    ['contact', 30, 'red'],
    ['signed', 29, 'green'],
    ['signed', 30, 'yellow'],
    ['signed', 61, 'red'],
    ['landed', 400, null],
    ['paused', 400, null],
    ['lost', 400, null],
  ])('%s idle %p days → %p', (stage, days, expected) => {
    expect(staleGradeAfter(stage, days)).toBe(expected);
  });

  it('uses thresholds it is given', () => {
    const t = { ...DEFAULT_STALE_THRESHOLDS, contact: { yellow: 7, red: 10 } };
    expect(staleGradeAfter('contact', 7, t)).toBe('yellow');
    expect(staleGradeAfter('contact', 10, t)).toBe('red');
  });
});

describe('thresholdProblem', () => {
  it.each([
    [thresholds, null],
    [{ ...thresholds, contact: { yellow: 30, red: 30 } }, 'contact'], // red must be later than yellow
    [{ ...thresholds, lead: { yellow: 0, red: 10 } }, 'lead'], // yellow of 0 days would flag everything
    [{ ...thresholds, signed: { yellow: 60, red: 30 } }, 'signed'],
  ])('%j → %s', (t, expected) => {
    expect(thresholdProblem(t)).toBe(expected);
  });
});
