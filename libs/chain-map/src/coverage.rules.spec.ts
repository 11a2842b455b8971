import { describe, expect, it } from '@jest/globals';
import { Coverage, coveragePercent, isCovered, linkCoverage, summarizeCoverage } from './coverage.rules';

describe('linkCoverage', () => {
  it.each<[number, number, number, number, Coverage]>([
    // local, engaged (contact/signed), leads, landed → coverage
    [0, 0, 0, 0, 'gap'],
    [1, 0, 0, 0, 'local'],
    [0, 1, 0, 0, 'in_progress'],
    [0, 3, 0, 0, 'in_progress'],
    [0, 1, 5, 0, 'in_progress'], // one contacted target is enough
    [0, 0, 1, 0, 'lead_only'], // an uncontacted lead does not close a gap
    [0, 0, 4, 0, 'lead_only'],
    [0, 0, 0, 1, 'landed'],
    [2, 1, 0, 0, 'local'], // a local firm counts more than targets still being recruited
    [1, 0, 3, 0, 'local'],
    [1, 1, 1, 1, 'landed'], // landing is the strongest coverage
    [0, 2, 0, 1, 'landed'],
    // from the cockpit's former linkStatus table (covered → landed/local, live → in_progress or lead_only)
    [2, 3, 0, 1, 'landed'],
  ])('local=%i engaged=%i leads=%i landed=%i → %s', (localFirms, engagedTargets, leadTargets, landedTargets, expected) => {
    expect(linkCoverage({ localFirms, engagedTargets, leadTargets, landedTargets })).toBe(expected);
  });
});

describe('isCovered', () => {
  it.each<[Coverage, boolean]>([
    ['landed', true],
    ['local', true],
    ['in_progress', true],
    ['lead_only', false], // counts as a gap in the coverage figure
    ['gap', false],
  ])('%s → %p', (c, expected) => {
    expect(isCovered(c)).toBe(expected);
  });
});

describe('coveragePercent', () => {
  it.each([
    [1, 4, 25],
    [2, 3, 66.7],
    [0, 5, 0],
    [5, 5, 100],
    [0, 0, null], // a chain without links has no figure
  ])('%p of %p → %p', (covered, links, expected) => {
    expect(coveragePercent(covered, links)).toBe(expected);
  });
});

describe('summarizeCoverage', () => {
  it.each([
    // A chain without links: was coveredPct 0 on the chain map, null on the cockpit; the one rule says null (no figure).
    [[], { links: 0, covered: 0, gaps: 0, coveredPct: null }],
    [['gap'], { links: 1, covered: 0, gaps: 1, coveredPct: 0 }],
    [['local', 'in_progress', 'gap'], { links: 3, covered: 2, gaps: 1, coveredPct: 66.7 }], // 2/3 = 66.67 %
    [['landed', 'local', 'local', 'gap', 'gap', 'gap'], { links: 6, covered: 3, gaps: 3, coveredPct: 50 }],
    [['landed', 'landed'], { links: 2, covered: 2, gaps: 0, coveredPct: 100 }],
    [['local', 'lead_only', 'gap', 'in_progress', 'in_progress'], { links: 5, covered: 3, gaps: 2, coveredPct: 60 }], // lead_only is not covered
  ] as const)('%j', (levels, expected) => {
    expect(summarizeCoverage(levels)).toMatchObject(expected);
  });

  it('counts each level', () => {
    expect(summarizeCoverage(['landed', 'gap', 'gap', 'in_progress', 'lead_only']).byCoverage).toEqual({
      landed: 1,
      local: 0,
      in_progress: 1,
      lead_only: 1,
      gap: 2,
    });
  });
});
