import { describe, expect, it } from '@jest/globals';
import { coveragePercent, linkStatus, LinkStatus } from './coverage.rules';

describe('linkStatus', () => {
  it.each<[number, number, number, LinkStatus]>([
    // local, landed, live
    [1, 0, 0, 'covered'],
    [0, 1, 0, 'covered'],
    [2, 1, 3, 'covered'], // covered wins over live work
    [0, 0, 2, 'in_progress'],
    [0, 0, 0, 'gap'],
  ])('local %p, landed %p, live %p → %s', (localFirms, landedTargets, liveTargets, expected) => {
    expect(linkStatus({ localFirms, landedTargets, liveTargets })).toBe(expected);
  });
});

describe('coveragePercent', () => {
  it.each([
    [1, 4, 25],
    [2, 3, 66.7],
    [0, 5, 0],
    [5, 5, 100],
    [0, 0, null],
  ])('%p of %p → %p', (covered, total, expected) => {
    expect(coveragePercent(covered, total)).toBe(expected);
  });
});
