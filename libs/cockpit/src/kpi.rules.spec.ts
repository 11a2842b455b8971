import { describe, expect, it } from '@jest/globals';
import { kpiFact, kpiProgress, KpiProgressInput, NO_DATA } from './kpi.rules';

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
    // 龙头企业数量 2025: base 2024 = 70, one 龙头 landed in 2025 → 71 of 80 = 88.75 % → 88.8
    ['Yuzhong 龙头企业数量 2025 after one landing', { target: 80, fact: 'leadFirms', baseValue: 70, increment: 1 }, { actual: 71, percentOfTarget: 88.8 }],
    ['base year itself: nothing added', { target: 70, fact: 'leadFirms', baseValue: 70, increment: 0 }, { actual: 70, percentOfTarget: 100 }],
    // 产值: base 12.5 亿元 + 0.35 亿元 landed → 12.85 of 20 = 64.25 % → 64.3
    ['output in 亿元', { target: 20, fact: 'output', baseValue: 12.5, increment: 0.35 }, { actual: 12.85, percentOfTarget: 64.3 }],
    ['zero target has no percentage', { target: 0, fact: 'firms', baseValue: 0, increment: 2 }, { actual: 2, percentOfTarget: null }],
    ['untracked metric → no data', { target: 10, fact: null, baseValue: 5, increment: 3 }, { actual: null, percentOfTarget: null, ...NO_DATA }],
    ['no base-year value → not guessed', { target: 10, fact: 'firms', baseValue: null, increment: 3 }, { actual: null, percentOfTarget: null, noteZh: '规划未给出基准年数值，无法推算' }],
  ])('%s', (_, input, expected) => {
    expect(kpiProgress(input)).toMatchObject(expected);
  });
});
