import { describe, expect, it } from '@jest/globals';
import { linkCoverage, summarizeCoverage } from './coverage.rules';

describe('linkCoverage', () => {
  it.each([
    // local, live, landed → coverage
    [0, 0, 0, 'gap'],
    [1, 0, 0, 'local'],
    [0, 1, 0, 'in_progress'],
    [0, 3, 0, 'in_progress'],
    [0, 0, 1, 'landed'],
    [2, 1, 0, 'local'], // a local firm counts more than targets still being recruited
    [1, 1, 1, 'landed'], // landing is the strongest coverage
    [0, 2, 1, 'landed'],
  ] as const)('local=%i live=%i landed=%i → %s', (localFirms, liveTargets, landedTargets, expected) => {
    expect(linkCoverage({ localFirms, liveTargets, landedTargets })).toBe(expected);
  });
});

describe('summarizeCoverage', () => {
  it.each([
    [[], { links: 0, covered: 0, gaps: 0, coveredPct: 0 }],
    [['gap'], { links: 1, covered: 0, gaps: 1, coveredPct: 0 }],
    [['local', 'in_progress', 'gap'], { links: 3, covered: 2, gaps: 1, coveredPct: 66.7 }], // 2/3 = 66.67 %
    [['landed', 'local', 'local', 'gap', 'gap', 'gap'], { links: 6, covered: 3, gaps: 3, coveredPct: 50 }],
    [['landed', 'landed'], { links: 2, covered: 2, gaps: 0, coveredPct: 100 }],
  ] as const)('%j', (levels, expected) => {
    expect(summarizeCoverage(levels)).toMatchObject(expected);
  });

  it('counts each level', () => {
    expect(summarizeCoverage(['landed', 'gap', 'gap', 'in_progress']).byCoverage).toEqual({ landed: 1, local: 0, in_progress: 1, gap: 2 });
  });
});
