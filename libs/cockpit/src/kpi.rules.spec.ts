import { describe, expect, it } from '@jest/globals';
import { headlineYear, kpiFact, kpiProgress, KpiProgressInput, NO_DATA } from './kpi.rules';

describe('kpiFact', () => {
  it.each([
    ['龙头企业数量', null, 'leadFirms'],
    ['龙头企业数量', 3, null], // the plan states it overall only
    ['企业数量', null, 'firms'],
    ['企业总数', 3, 'firms'],
    ['企业总数', null, null],
    ['总产值', null, 'output'],
    ['产值', 7, 'output'],
    ['从业人员数量', 7, null],
    ['规上企业营收', null, null],
  ])('%s (chain %p) → %p', (metric, chainId, fact) => {
    expect(kpiFact(metric, chainId)).toBe(fact);
  });
});

describe('kpiProgress', () => {
  it.each<[string, KpiProgressInput, object]>([
    // 企业数量 2026 (Yuzhong 表1): baseline 2024 = 5,580, 4 firms landed since, target 6,520
    //   actual 5,580 + 4 = 5,584; asked 6,520 − 5,580 = 940; 新增完成率 4 / 940 = 0.43 % → 0.4
    //   (the old 完成率 5,584 / 6,520 = 85.6 % hid that almost none of the increase was delivered)
    [
      'Yuzhong 企业数量 2026',
      { target: 6520, fact: 'firms', baseValue: 5580, increment: 4 },
      { actual: 5584, baseline: 5580, delivered: 4, asked: 940, increaseRate: 0.4, percentOfTarget: 85.6, isBaseline: false },
    ],
    // 龙头企业数量 2025: 70 + 1 = 71 of 80; (71 − 70) / (80 − 70) = 10 %
    [
      'Yuzhong 龙头企业数量 2025 after one landing',
      { target: 80, fact: 'leadFirms', baseValue: 70, increment: 1 },
      { actual: 71, delivered: 1, asked: 10, increaseRate: 10, percentOfTarget: 88.8 },
    ],
    // the base year's own row is the baseline: nothing asked, no rate
    [
      'base year itself',
      { target: 70, fact: 'leadFirms', baseValue: 70, increment: 0, isBaseYear: true },
      { actual: 70, isBaseline: true, asked: 0, increaseRate: null, percentOfTarget: 100 },
    ],
    // 产值: 12.5 + 0.35 = 12.85 亿元; 0.35 / (20 − 12.5) = 4.67 % → 4.7
    [
      'output in 亿元',
      { target: 20, fact: 'output', baseValue: 12.5, increment: 0.35 },
      { actual: 12.85, delivered: 0.35, asked: 7.5, increaseRate: 4.7, percentOfTarget: 64.3 },
    ],
    // more than asked: 12 / 10 = 120 %
    ['over-delivered', { target: 80, fact: 'firms', baseValue: 70, increment: 12 }, { actual: 82, increaseRate: 120 }],
    ['target equal to baseline asks nothing', { target: 5, fact: 'firms', baseValue: 5, increment: 2 }, { actual: 7, asked: 0, increaseRate: null }],
    [
      'zero target has no percentage of target',
      { target: 0, fact: 'firms', baseValue: 0, increment: 2 },
      { actual: 2, percentOfTarget: null, increaseRate: null },
    ],
    [
      'untracked metric → no data, baseline still shown',
      { target: 10, fact: null, baseValue: 5, increment: 3 },
      { actual: null, baseline: 5, increaseRate: null, percentOfTarget: null, ...NO_DATA },
    ],
    [
      'no base-year value → not guessed',
      { target: 10, fact: 'firms', baseValue: null, increment: 3 },
      { actual: null, baseline: null, increaseRate: null, noteZh: '规划未给出基准年数值，无法推算' },
    ],
  ])('%s', (_, input, expected) => {
    expect(kpiProgress(input)).toMatchObject(expected);
  });
});

describe('headlineYear', () => {
  it.each<[string, number[], number, number | null]>([
    ['this year when the plan has it', [2024, 2025, 2026, 2027], 2026, 2026],
    ['an ended plan (高新区 2021–2025) shows its last year', [2025], 2026, 2025],
    ['the last year before today, not a later one', [2021, 2023, 2028], 2026, 2023],
    ['a plan not yet begun shows its first year', [2028, 2030], 2026, 2028],
    ['unsorted input', [2027, 2024, 2026], 2025, 2024],
    ['no targets', [], 2026, null],
  ])('%s', (_, years, now, expected) => {
    expect(headlineYear(years, now)).toBe(expected);
  });
});
