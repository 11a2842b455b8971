import { describe, expect, it } from '@jest/globals';
import { DEFAULT_FIT_WEIGHTS } from '@crm/contracts';
import { compareFit, fitScore, linkTerms, type FitContext } from './fit-score.rules';
import { mayReachPage, scoreBounds, scoreUntilSettled, settled, type OwnFitFacts, type RelationshipFacts } from './rank-bounds.rules';

const terms = linkTerms({ name: 'CAD', notes: '计算机辅助设计；研发设计类工业软件', quote: null }, { name: '工业软件' });
const ctx: FitContext = { terms, weights: DEFAULT_FIT_WEIGHTS, region: '重庆市渝中区' };
const own = (over: Partial<OwnFitFacts>): OwnFitFacts => ({
  tags: [],
  industry: null,
  businessScope: null,
  profileText: null,
  registeredCapital: null,
  hqCity: null,
  isLocal: false,
  ...over,
});

describe('scoreBounds', () => {
  it.each<[string, Partial<OwnFitFacts>, Partial<FitContext['weights']>, number, number]>([
    // relationship 15: target 0.3 + logs 0.3 = 9 points at most without 本地
    ['a bare firm: 0 to 9', {}, {}, 0, 9],
    // 本地 0.4 → 6 points; with both 1.0 → 15
    ['a local firm: 6 to 15', { isLocal: true }, {}, 6, 15],
    // industry CAD 20 + 上海 5 = 25; + 9
    ['the own columns count in both', { industry: 'CAD', hqCity: '上海' }, {}, 25, 34],
    ['no relationship weight: one value', { industry: 'CAD', isLocal: true }, { relationship: 0 }, 20, 20],
    // relationship 7: 0.6 × 7 = 4.2; local 0.4 × 7 = 2.8 → 7
    ['rounded as the score is', { isLocal: true }, { relationship: 7 }, 2.8, 7],
  ])('%s', (_case, f, weights, low, high) => {
    expect(scoreBounds(own(f), { ...ctx, weights: { ...DEFAULT_FIT_WEIGHTS, ...weights } })).toEqual({ low, high });
  });

  const relationships: RelationshipFacts[] = [
    { liveTargets: 0, firstClaimedOn: null, visibleLogs: 0, lastLogOn: null },
    { liveTargets: 3, firstClaimedOn: '2026-01-02', visibleLogs: 0, lastLogOn: null },
    { liveTargets: 0, firstClaimedOn: null, visibleLogs: 12, lastLogOn: '2026-03-04' },
    { liveTargets: 1, firstClaimedOn: '2026-01-02', visibleLogs: 1, lastLogOn: '2026-03-04' },
  ];
  it.each([
    own({}),
    own({ isLocal: true, tags: ['上市'], industry: '工业软件', registeredCapital: 3333.33, hqCity: '杭州' }),
    own({ businessScope: '研发设计类工业软件开发', profileText: 'cad', registeredCapital: 12.5, hqCity: '重庆' }),
  ])('every relationship scores within the bounds: %j', (f) => {
    for (const weights of [DEFAULT_FIT_WEIGHTS, { ...DEFAULT_FIT_WEIGHTS, relationship: 13, city: 7 }]) {
      const c = { ...ctx, weights };
      const { low, high } = scoreBounds(f, c);
      const totals = relationships.map((r) => fitScore({ ...f, ...r }, c).total);
      expect(Math.min(...totals)).toBe(low);
      expect(Math.max(...totals)).toBe(high);
    }
  });
});

// A deterministic spread of firms and relationships (a linear congruential sequence).
let seed = 7;
const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
const TAGS = [[], ['上市'], ['专精特新', '小巨人'], ['高新技术企业']];
const TEXTS = [null, '工业软件', 'CAD设计', '批发业', '研发设计类工业软件'];
const CITIES = [null, '北京', '杭州', '重庆', '绵阳'];
const firms = Array.from({ length: 400 }, (_, i) => {
  const f = own({
    tags: TAGS[next(4)],
    industry: TEXTS[next(5)],
    businessScope: TEXTS[next(5)],
    registeredCapital: next(3) ? next(200_000) : null,
    hqCity: CITIES[next(5)],
    isLocal: next(9) === 0,
  });
  const rel: RelationshipFacts = { liveTargets: next(4) ? 0 : 1, firstClaimedOn: null, visibleLogs: next(3) ? 0 : 2, lastLogOn: null };
  return { firmId: i + 1, own: f, rel, ...scoreBounds(f, ctx) };
});
type Firm = (typeof firms)[number];
const exact = (fs: readonly Firm[]) => fs.map((f) => ({ firmId: f.firmId, score: fitScore({ ...f.own, ...f.rel }, ctx).total })).sort(compareFit);
const PAGES = [
  [0, 20],
  [0, 1],
  [20, 20],
  [390, 20],
];

describe('mayReachPage', () => {
  const b = (low: number, high: number, firmId = 0) => ({ firmId, low, high });
  it.each<[string, ReturnType<typeof b>[], number, number[]]>([
    ['fewer firms than places: all', [b(1, 2), b(3, 4)], 5, [0, 1]],
    ['no places: none', [b(1, 2)], 0, []],
    // the 2nd best low is 10: the firm at most 9 cannot reach
    ['a high under the bar is left out', [b(20, 29), b(10, 19), b(0, 9), b(5, 14)], 2, [0, 1, 3]],
    // a high equal to the bar may tie and win on the firm id
    ['a high at the bar stays', [b(20, 29), b(10, 19), b(1, 10)], 2, [0, 1, 2]],
    ['equal lows: the bar is that low', [b(10, 10), b(10, 10), b(10, 10), b(9, 9.9)], 2, [0, 1, 2]],
  ])('%s', (_case, firms, reach, kept) => {
    expect(mayReachPage(firms, reach)).toEqual(kept.map((i) => firms[i]));
  });

  it('ranks the first places as scoring every firm does', () => {
    const all = exact(firms);
    for (const [skip, take] of PAGES) {
      const contenders = mayReachPage(firms, skip + take);
      expect(exact(contenders).slice(skip, skip + take)).toEqual(all.slice(skip, skip + take));
    }
    expect(mayReachPage(firms, 20).length).toBeLessThan(firms.length / 2);
  });
});

describe('settled', () => {
  const scored = [{ score: 30 }, { score: 20 }, { score: 10 }];
  it.each<[string, number, number, boolean]>([
    ['a high under the reach-th score', 19, 2, true],
    ['a high equal to it may tie and win on the firm id', 20, 2, false],
    ['a high above it', 25, 2, false],
    ['fewer scored than places', 0, 4, false],
    ['no places', 99, 0, true],
  ])('%s', (_case, high, reach, expected) => {
    expect(settled(scored, high, reach)).toBe(expected);
  });
});

describe('scoreUntilSettled', () => {
  const reader = () => {
    const batches: number[] = [];
    const read = async (batch: Firm[]) => {
      batches.push(batch.length);
      return exact(batch);
    };
    return { batches, read };
  };

  it('ranks the first places as scoring every firm does, reading fewer firms', async () => {
    const all = exact(firms);
    for (const [skip, take] of PAGES) {
      const { batches, read } = reader();
      const scored = await scoreUntilSettled(firms, skip + take, read);
      expect(scored.slice(skip, skip + take)).toEqual(all.slice(skip, skip + take));
      expect(batches.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(mayReachPage(firms, skip + take).length);
    }
  });

  const f = (firmId: number, low: number, high: number, score: number) => ({ firmId, low, high, score });
  it.each<[string, ReturnType<typeof f>[], number, number[][], number[]]>([
    // reach 1: the bar (best low) is 20, so only firms 2 and 5 contend: one batch of two
    ['only the firms that may reach', [f(1, 5, 14, 14), f(2, 20, 29, 29), f(3, 0, 9, 0), f(5, 11, 20, 11)], 1, [[2, 5]], [2, 5]],
    // every firm contends; after the first two the best score (30) is above every high left
    ['stops once the rest cannot reach', [f(1, 0, 5, 5), f(2, 0, 30, 30), f(3, 0, 25, 25), f(4, 0, 20, 20)], 1, [[2, 3]], [2, 3]],
    // after the first two the best score is 0: the next batch is twice as large
    [
      'doubles the batch while the page is open',
      [f(1, 0, 30, 0), f(2, 0, 25, 0), f(3, 0, 20, 18), f(4, 0, 15, 0), f(5, 0, 10, 0)],
      1,
      [
        [1, 2],
        [3, 4, 5],
      ],
      [3, 1, 2, 4, 5],
    ],
  ])('%s', async (_case, list, reach, expectedBatches, ranked) => {
    const batches: number[][] = [];
    const scored = await scoreUntilSettled(list, reach, async (batch) => {
      batches.push(batch.map((x) => x.firmId));
      return batch.map(({ firmId, score }) => ({ firmId, score }));
    });
    expect(batches).toEqual(expectedBatches);
    expect(scored.map((x) => x.firmId)).toEqual(ranked);
  });

  it('reads nothing when there is nothing to rank', async () => {
    const { batches, read } = reader();
    expect(await scoreUntilSettled([], 20, read)).toEqual([]);
    expect(batches).toEqual([]);
  });
});
