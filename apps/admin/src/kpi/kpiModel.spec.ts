import { describe, expect, it } from '@jest/globals';
import type { KpiPlanProgress, KpiYearItem } from './kpiApi';
import { arithmeticParts, kpiTable, rateColor, targetsLine } from './kpiModel';

const item = (over: Partial<KpiYearItem>): KpiYearItem => ({
  id: 1,
  metric: '企业数量',
  category: null,
  unit: '家',
  chainId: null,
  chain: null,
  year: 2026,
  target: 6520,
  baseYear: 2024,
  baseValue: null,
  tracked: true,
  landedSinceBaseYear: null,
  actual: 5584,
  baseline: 5580,
  isBaseline: false,
  delivered: 4,
  asked: 940,
  increaseRate: 0.4,
  percentOfTarget: 85.6,
  source: null,
  ...over,
});

const plan = (items: KpiYearItem[], baseYear: number | null = 2024, years = [2024, 2025, 2026, 2027]): KpiPlanProgress => ({
  plan: { id: 1, code: 'p', title: '规划', region: '渝中区', baseYear, startYear: 2025, endYear: 2027 },
  years,
  headlineYear: 2026,
  items,
});

describe('kpiTable', () => {
  it('one row per metric and scope, the base year as baseline, untracked and baseline-less rows apart', () => {
    const t = kpiTable(
      plan([
        item({ id: 1, year: 2024, target: 5580, isBaseline: true }),
        item({ id: 2, year: 2026 }),
        item({ id: 3, metric: '企业总数', chainId: 7, chain: '工业软件', year: 2026 }),
        item({ id: 4, metric: '从业人员数量', unit: '万人', tracked: false, year: 2026, target: 9.6, actual: null }),
        item({ id: 5, metric: '企业总数', chainId: 8, chain: '检验检测', year: 2026, baseline: null, actual: null }),
      ]),
    );
    expect(t.years).toEqual([2025, 2026, 2027]);
    expect(t.baseYear).toBe(2024);
    expect(t.tracked.map((r) => [r.metric, r.chain, r.baseline, Object.keys(r.byYear)])).toEqual([
      ['企业数量', null, 5580, ['2024', '2026']],
      ['企业总数', '工业软件', 5580, ['2026']],
    ]);
    expect(t.untracked.map((r) => r.key)).toEqual(['overall|从业人员数量', '8|企业总数']);
  });

  it('a plan without a base year (高新区 2021–2025) shows only its own years', () => {
    const t = kpiTable(plan([item({ year: 2025, baseline: null, actual: null, tracked: false })], null, [2025]));
    expect(t).toMatchObject({ years: [2025], baseYear: null, tracked: [] });
    expect(t.untracked).toHaveLength(1);
  });
});

describe('arithmeticParts', () => {
  it.each<[string, Partial<KpiYearItem>, Record<string, string> | null]>([
    // (5,584 − 5,580) ÷ (6,520 − 5,580) = 4 ÷ 940 = 0.4 %
    ['企业数量 2026', {}, { actual: '5,584', baseline: '5,580', target: '6,520', delivered: '4', asked: '940', rate: '0.4%' }],
    ['baseline row has no rate', { isBaseline: true, increaseRate: null }, null],
    ['untracked has no actual', { actual: null, increaseRate: null }, null],
  ])('%s', (_, over, expected) => {
    expect(arithmeticParts(item(over))).toEqual(expected);
  });
});

describe('rateColor and targetsLine', () => {
  it.each<[number | null, string]>([
    [null, 'text.secondary'],
    [0.4, '#c62828'],
    [24.9, '#c62828'],
    [25, '#ef6c00'],
    [99.9, '#ef6c00'],
    [100, '#2e7d32'],
    [130, '#2e7d32'],
  ])('rateColor(%p) = %p', (rate, color) => {
    expect(rateColor(rate)).toBe(color);
  });
  it('lists targets by year with separators', () => {
    const t = kpiTable(plan([item({ year: 2025, target: 6050 }), item({ year: 2026 }), item({ year: 2027, target: 7000 })]));
    expect(targetsLine(t.tracked[0] ?? t.untracked[0], t.years)).toBe('2025 6,050 · 2026 6,520 · 2027 7,000');
  });
});
