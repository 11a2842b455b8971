import { describe, expect, it } from '@jest/globals';
import { DEFAULT_FIT_WEIGHTS, type FitWeights } from '@crm/contracts';
import {
  compareFit,
  fitScore,
  linkTerms,
  matchTerms,
  NO_DATA,
  pointsOf,
  relationshipFraction,
  termsOf,
  totalOf,
  weightsProblem,
  type FirmFitFacts,
  type FitContext,
} from './fit-score.rules';

const terms = linkTerms({ name: 'CAD', notes: '计算机辅助设计；研发设计类工业软件', quote: 'CAD（计算机辅助设计）' }, { name: '工业软件' });
const ctx: FitContext = { terms, weights: DEFAULT_FIT_WEIGHTS, region: '重庆市渝中区' };
const blank: FirmFitFacts = {
  tags: [],
  industry: null,
  businessScope: null,
  profileText: null,
  registeredCapital: null,
  hqCity: null,
  isLocal: false,
  liveTargets: 0,
  firstClaimedOn: null,
  visibleLogs: 0,
  lastLogOn: null,
};
const firm = (over: Partial<FirmFitFacts>): FirmFitFacts => ({ ...blank, ...over });
const part = (f: FirmFitFacts, key: string, c: FitContext = ctx) => fitScore(f, c).components.find((x) => x.component === key)!;

describe('linkTerms', () => {
  it('takes the link name, the technologies of its notes, the chain name and the plan text, each term once at its strongest origin', () => {
    expect(terms).toEqual([
      { text: 'CAD', from: 'link' },
      { text: '计算机辅助设计', from: 'tech' },
      { text: '研发设计', from: 'tech' },
      { text: '工业软件', from: 'tech' },
    ]);
  });

  it.each<[string, string, string[]]>([
    ['splits on punctuation and connecting words', 'MES（制造执行系统）等生产控制类工业软件', ['MES', '制造执行系统', '生产控制', '工业软件']],
    ['drops leading verbs and generic words', '提升产品仿真设计、供应链协同、大数据分析等服务能力', ['产品仿真设计', '供应链协同', '大数据分析']],
    ['drops single characters and numbers', '云、2025、AI', ['AI']],
    ['nothing from nothing', '', []],
  ])('termsOf: %s', (_case, text, expected) => {
    expect(termsOf(text)).toEqual(expected);
  });
});

describe('fitScore components', () => {
  it.each<[string, Partial<FirmFitFacts>, string, number, string]>([
    // tags: the best (上市 0.6) + 0.2 for 专精特新 = 0.8 × 20
    ['tags: best plus a fifth per other', { tags: ['专精特新', '上市'] }, 'tags', 16, 'firm.tags: 专精特新, 上市'],
    ['tags: 世界500强 alone is full', { tags: ['世界500强'] }, 'tags', 20, 'firm.tags: 世界500强'],
    ['tags: capped at the weight', { tags: ['世界500强', '上市', '链主'] }, 'tags', 20, 'firm.tags: 世界500强, 上市, 链主'],
    ['tags: none is no data', { tags: [] }, 'tags', 0, NO_DATA],
    // industry: best term 工业软件 (tech 0.8) + CAD (link 1.0) → 1.0 + 0.1 → capped 1 × 20
    ['industry: a link-name match is full', { industry: 'CAD软件开发' }, 'industry', 20, 'firm.industry: CAD软件开发 ∋ CAD (link)'],
    ['industry: a technology match is 0.8', { industry: '工业软件' }, 'industry', 16, 'firm.industry: 工业软件 ∋ 工业软件 (tech)'],
    ['industry: no match is 0 with the text', { industry: '批发业' }, 'industry', 0, 'firm.industry: 批发业 ∌ CAD/计算机辅助设计/研发设计/工业软件'],
    ['industry: empty is no data', { industry: '  ' }, 'industry', 0, NO_DATA],
    // scope: 工业软件 0.8 + 研发设计 0.1 → 0.9 × 20 = 18
    [
      'scope: more terms add 0.1 each',
      { businessScope: '研发设计类工业软件开发；技术服务' },
      'scope',
      18,
      'firm.businessScope: 研发设计类工业软件开发；技术服务 ∋ 研发设计 (tech), 工业软件 (tech)',
    ],
    ['profile: case-insensitive', { profileText: '国产cad厂商' }, 'profile', 10, 'firm.name/profile: 国产cad厂商 ∋ CAD (link)'],
    ['capital: 5,000 万元 band is 0.6', { registeredCapital: 5000 }, 'capital', 6, 'firm.registeredCapital: 5000 万元 (≥ 5000 万元)'],
    ['capital: 10 亿 and more is full', { registeredCapital: 250_000 }, 'capital', 10, 'firm.registeredCapital: 250000 万元 (≥ 100000 万元)'],
    ['capital: 0 is the lowest band', { registeredCapital: 0 }, 'capital', 1, 'firm.registeredCapital: 0 万元 (≥ 0 万元)'],
    ['capital: unknown is no data', { registeredCapital: null }, 'capital', 0, NO_DATA],
    ['city: tier 1', { hqCity: '北京市' }, 'city', 5, 'firm.hqCity: 北京市 (tier 1)'],
    ['city: tier 2', { hqCity: '杭州' }, 'city', 3, 'firm.hqCity: 杭州 (tier 2)'],
    ['city: the plan region', { hqCity: '重庆' }, 'city', 1.5, 'firm.hqCity: 重庆 (plan region 重庆市渝中区)'],
    ['city: other', { hqCity: '绵阳' }, 'city', 1, 'firm.hqCity: 绵阳 (other)'],
    ['city: unknown is no data', { hqCity: null }, 'city', 0, NO_DATA],
    ['relationship: local only', { isLocal: true }, 'relationship', 6, 'firm.isLocal'],
    [
      'relationship: everything',
      { isLocal: true, liveTargets: 2, firstClaimedOn: '2026-03-01', visibleLogs: 3, lastLogOn: '2026-05-02' },
      'relationship',
      15,
      'firm.isLocal; target: 2 (首报 2026-03-01); contact_log: 3 (2026-05-02)',
    ],
    ['relationship: none is no data', {}, 'relationship', 0, NO_DATA],
  ])('%s', (_case, over, key, points, source) => {
    const c = part(firm(over), key);
    expect(c.points).toBe(points);
    expect(c.source).toBe(source);
    expect(c.noData).toBe(source === NO_DATA);
    expect(c.max).toBe(DEFAULT_FIT_WEIGHTS[key as keyof FitWeights]);
  });

  it('uses the matches it is given instead of the texts (the SQL path)', () => {
    const c = part(firm({ industry: '软件和信息技术服务业', matches: { industry: [3], scope: [], profile: [] } }), 'industry');
    expect(c.points).toBe(16);
  });

  it('the total is the sum of the components', () => {
    const s = fitScore(firm({ tags: ['上市'], industry: 'CAD', registeredCapital: 100, hqCity: '上海' }), ctx);
    // 0.6×20 + 1×20 + 0.2×10 + 1×5 = 12 + 20 + 2 + 5
    expect(s.total).toBe(39);
    expect(s.components.map((c) => c.component)).toEqual(['tags', 'industry', 'scope', 'profile', 'capital', 'city', 'relationship']);
  });

  it('without sources the points are the same (the ranking pass)', () => {
    const f = firm({ tags: ['上市'], industry: 'CAD', businessScope: '工业软件；研发设计', registeredCapital: 100, hqCity: '上海', isLocal: true });
    const light = fitScore(f, ctx, { sources: false });
    expect(light.components.map((c) => c.points)).toEqual(fitScore(f, ctx).components.map((c) => c.points));
    expect(light.total).toBe(fitScore(f, ctx).total);
  });

  it('matchTerms finds what the SQL strpos(lower()) finds', () => {
    expect(matchTerms('研发设计类工业软件 cad', terms)).toEqual([0, 2, 3]);
    expect(matchTerms(null, terms)).toEqual([]);
  });
});

describe('relationshipFraction, pointsOf, totalOf', () => {
  it.each<[string, { isLocal: boolean; liveTargets: number; visibleLogs: number }, number]>([
    ['nothing', { isLocal: false, liveTargets: 0, visibleLogs: 0 }, 0],
    ['本地', { isLocal: true, liveTargets: 0, visibleLogs: 0 }, 0.4],
    ['a live target', { isLocal: false, liveTargets: 2, visibleLogs: 0 }, 0.3],
    ['target and logs', { isLocal: false, liveTargets: 1, visibleLogs: 5 }, 0.6],
    ['everything is 1', { isLocal: true, liveTargets: 1, visibleLogs: 1 }, 1],
  ])('relationshipFraction: %s', (_case, f, fraction) => {
    expect(relationshipFraction(f)).toBeCloseTo(fraction, 10);
  });

  it.each<[number, number, number]>([
    [15, 0.6, 9],
    [7, 0.6, 4.2],
    [7, 1, 7],
    [20, 0.9, 18],
    [0, 1, 0],
  ])('pointsOf(%d, %d) = %d', (max, fraction, points) => {
    expect(pointsOf(max, fraction)).toBe(points);
  });

  it.each<[number[], number]>([
    [[12, 20, 0, 0, 2, 5, 0], 39],
    [[0.1, 0.2], 0.3],
    [[4.2, 1.5, 0.05], 5.8],
    [[], 0],
  ])('totalOf(%j) = %d', (points, total) => {
    expect(totalOf(points)).toBe(total);
  });
});

describe('weights change the order', () => {
  const bigButOffTopic = firm({ tags: ['世界500强'], registeredCapital: 500_000, hqCity: '北京', industry: '批发业' });
  const onTopic = firm({ industry: '工业软件', businessScope: 'CAD软件' });
  it.each<[string, Partial<FitWeights>, 'big' | 'topic']>([
    ['defaults: the on-topic firm first', {}, 'topic'],
    ['tags and capital weighted up: the big firm first', { tags: 60, capital: 40, industry: 5, scope: 5 }, 'big'],
  ])('%s', (_case, over, first) => {
    const c = { ...ctx, weights: { ...DEFAULT_FIT_WEIGHTS, ...over } };
    const ranked = [
      { firmId: 1, who: 'big' as const, score: fitScore(bigButOffTopic, c).total },
      { firmId: 2, who: 'topic' as const, score: fitScore(onTopic, c).total },
    ].sort(compareFit);
    expect(ranked[0].who).toBe(first);
  });
});

describe('weightsProblem', () => {
  it.each<[string, Partial<FitWeights>, string | null]>([
    ['defaults are fine', DEFAULT_FIT_WEIGHTS, null],
    ['a negative weight', { tags: -1 }, 'tags'],
    ['over 100', { city: 101 }, 'city'],
    ['a fraction', { scope: 2.5 }, 'scope'],
    ['all zero', { tags: 0, industry: 0, scope: 0, profile: 0, capital: 0, city: 0, relationship: 0 }, 'weights'],
  ])('%s', (_case, w, field) => {
    expect(weightsProblem(w)?.field ?? null).toBe(field);
  });
});
