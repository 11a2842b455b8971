import { describe, expect, it } from '@jest/globals';
import type { Stage } from '@crm/pipeline';
import { daysIdle, staleGrade, StaleThresholds, thresholdProblem } from './stale.rules';

const thresholds: StaleThresholds = { lead: { yellow: 30, red: 60 }, contact: { yellow: 14, red: 30 }, signed: { yellow: 30, red: 60 } };
const now = new Date('2026-11-21T12:00:00Z');
const daysAgo = (d: number, extraHours = 0) => new Date(now.getTime() - d * 86_400_000 - extraHours * 3_600_000);

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
