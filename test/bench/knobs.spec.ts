import { pathFilter, reusableMarker } from './knobs';

describe('pathFilter (BENCH_ONLY)', () => {
  const cand = { name: 'candidates for a link (top 20)', group: 'candidates', user: 'leader' };
  const search = { name: 'firms: search 科技', group: 'search', user: 'promoter' };
  it.each([
    [undefined, cand, true],
    ['', search, true],
    ['candidates', cand, true],
    ['candidates', search, false],
    ['^search', search, true],
    ['科技', search, true],
    ['CANDIDATES', cand, true],
    ['\\(promoter\\)', cand, false],
    ['\\(promoter\\)', search, true],
    ['list|map', search, false],
  ])('%j on %j → %s', (pattern, path, expected) => {
    expect(pathFilter(pattern)(path)).toBe(expected);
  });
});

describe('reusableMarker (BENCH_REUSE)', () => {
  const generated = { counts: { firm: 100000 }, seconds: {}, syntheticChains: false };
  const marker = JSON.stringify({ bench: 'generated', scale: 1, generated });
  it.each([
    [null, 1, false],
    ['', 1, false],
    ['not json', 1, false],
    [marker, 1, true],
    [marker, 0.05, false],
    [JSON.stringify({ bench: 'other', scale: 1, generated }), 1, false],
    [JSON.stringify({ bench: 'generated', scale: 1 }), 1, false],
  ])('%j at scale %d → %s', (comment, scale, expected) => {
    expect(reusableMarker(comment, scale) !== null).toBe(expected);
  });
});
