import { describe, expect, it } from '@jest/globals';
import type { BreakdownRow, FunnelStep } from './cockpitApi';
import { breakdownOption, funnelOption, percent, scopeKey, timeInStageOption } from './cockpitModel';

const funnel: FunnelStep[] = [
  { stage: 'lead', label: '线索', count: 5, expectedInvestment: 100 },
  { stage: 'contact', label: '接洽', count: 3, expectedInvestment: 100 },
  { stage: 'signed', label: '签约', count: 2, expectedInvestment: 100 },
  { stage: 'landed', label: '落地', count: 1, expectedInvestment: 100 },
  { stage: 'paused', label: '暂缓', count: 4, expectedInvestment: 0 },
  { stage: 'lost', label: '流失', count: 6, expectedInvestment: 0 },
];

describe('funnelOption', () => {
  it('draws the four forward stages in order, labelled from their codes, off-track ones left out', () => {
    const data = funnelOption(funnel, '项目数', (st) => `stage:${st}`).series[0].data;
    expect(data.map((d) => [d.name, d.value])).toEqual([
      ['stage:lead', 5],
      ['stage:contact', 3],
      ['stage:signed', 2],
      ['stage:landed', 1],
    ]);
  });
});

describe('breakdownOption', () => {
  const row = (label: string, live: number, signed: number, landed: number): BreakdownRow => ({
    key: label,
    label,
    total: live + landed,
    live,
    lead: 0,
    contact: 0,
    signed,
    landed,
    offTrack: 0,
    liveInvestment: 0,
    signedInvestment: 0,
  });
  it('stacks in-talks (live minus signed), signed and landed, largest group on top', () => {
    const o = breakdownOption([row('A', 5, 2, 1), row('B', 1, 0, 0)], { live: '在谈', signed: '签约', landed: '落地' });
    expect(o.yAxis.data).toEqual(['B', 'A']);
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['在谈', [1, 3]],
      ['签约', [0, 2]],
      ['落地', [0, 1]],
    ]);
  });
  it('labels a group through the given function (methods are codes the UI translates)', () => {
    const o = breakdownOption([row('平台招商', 1, 0, 0)], { live: 'l', signed: 's', landed: 'd' }, 12, (r) => `method:${r.key}`);
    expect(o.yAxis.data).toEqual(['method:平台招商']);
  });
  it('keeps only the top groups', () => {
    const rows = Array.from({ length: 20 }, (_, i) => row(`G${i}`, 20 - i, 0, 0));
    expect(breakdownOption(rows, { live: 'l', signed: 's', landed: 'd' }, 3).yAxis.data).toEqual(['G2', 'G1', 'G0']);
  });
});

describe('timeInStageOption', () => {
  it('skips stages with no completed stay', () => {
    const o = timeInStageOption(
      [
        { stage: 'lead', label: '线索', stays: 4, medianDays: 10, p90Days: 17 },
        { stage: 'paused', label: '暂缓', stays: 0, medianDays: null, p90Days: null },
      ],
      { median: '中位数', p90: 'P90', days: 'days' },
      (st) => `stage:${st}`,
    );
    expect(o.xAxis.data).toEqual(['stage:lead']);
    expect(o.yAxis.name).toBe('days');
    expect(o.series.map((s) => s.data)).toEqual([[10], [17]]);
  });
});

describe('percent and scopeKey', () => {
  it.each([
    [0.6667, '66.7%'],
    [0.5, '50%'],
    [1, '100%'],
    [null, '—'],
  ])('percent(%p) = %p', (r, s) => {
    expect(percent(r)).toBe(s);
  });
  it.each([
    ['leader', 'all'],
    ['admin', 'all'],
    ['chain_manager', 'chains'],
    ['promoter', 'own'],
    [undefined, 'all'],
  ])('scopeKey(%p) = %p', (role, key) => {
    expect(scopeKey(role)).toBe(key);
  });
});
