import { describe, expect, it } from '@jest/globals';
import { pipelineVelocity, ratio, round, wanToYi, VelocityInputs } from './rates.util';

describe('ratio', () => {
  it.each([
    [1, 2, 0.5],
    [2, 3, 0.6667], // 0.66666… rounded to 4 decimals
    [0, 5, 0],
    [3, 0, null], // nothing contacted: no 签约率, not 0 and not Infinity
    [3, -1, null],
    [Number.NaN, 2, null],
  ])('%p ÷ %p = %p', (a, b, expected) => {
    expect(ratio(a, b)).toBe(expected);
  });
});

describe('round', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-1.5, 0, -2],
    [10, 2, 10],
  ])('round(%p, %p) = %p', (v, d, expected) => {
    expect(round(v, d)).toBe(expected);
  });
});

describe('pipelineVelocity', () => {
  const base: VelocityInputs = { liveTargets: 4, averageInvestment: 5000, winRate: 0.5, averageCycleDays: 100 };
  it.each<[string, Partial<VelocityInputs>, number | null]>([
    ['4 × 5000 × 0.5 ÷ 100 = 100 万元/day', {}, 100],
    ['3 × 2000 × (2/3) ÷ 90 = 44.44', { liveTargets: 3, averageInvestment: 2000, winRate: 2 / 3, averageCycleDays: 90 }, 44.44],
    ['no live targets → 0', { liveTargets: 0 }, 0],
    ['no investment stated → unknown', { averageInvestment: null }, null],
    ['nothing closed → unknown', { winRate: null }, null],
    ['nothing landed → unknown', { averageCycleDays: null }, null],
    ['zero-day cycle → unknown, not Infinity', { averageCycleDays: 0 }, null],
  ])('%s', (_, over, expected) => {
    expect(pipelineVelocity({ ...base, ...over })).toBe(expected);
  });
});

describe('wanToYi', () => {
  it.each([
    [10_000, 1],
    [25_000, 2.5],
    [1, 0.0001],
    [0, 0],
  ])('%p 万元 = %p 亿元', (wan, yi) => {
    expect(wanToYi(wan)).toBe(yi);
  });
});
