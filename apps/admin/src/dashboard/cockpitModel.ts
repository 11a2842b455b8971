import { STAGE_COLORS, type Stage } from '../config/domain';
import type { BreakdownRow, FunnelStep, TimeInStage } from './cockpitApi';

/**
 * ECharts options built from cockpit data, kept apart from the components so the shaping is tested
 * without a canvas. Money arrives in 万元.
 */

/** A stage's name in the reader's language: charts are labelled from codes, never from API text. */
export type StageLabel = (stage: Stage) => string;

/** The forward funnel lead → landed (off-track stages are not a funnel step). */
export function funnelOption(steps: FunnelStep[], countLabel: string, stageLabel: StageLabel) {
  const forward = steps.filter((s) => s.stage !== 'paused' && s.stage !== 'lost');
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [
      {
        type: 'funnel',
        name: countLabel,
        sort: 'none',
        minSize: '20%',
        left: '10%',
        width: '80%',
        label: { show: true, position: 'inside', formatter: '{b} {c}' },
        data: forward.map((s) => ({ name: stageLabel(s.stage), value: s.count, itemStyle: { color: STAGE_COLORS[s.stage] } })),
      },
    ],
  };
}

/** Horizontal stacked bars per group: live / signed / landed counts. */
export function breakdownOption(
  rows: BreakdownRow[],
  labels: { live: string; signed: string; landed: string },
  top = 12,
  groupLabel: (row: BreakdownRow) => string = (r) => r.label,
) {
  const shown = rows.slice(0, top).reverse(); // largest at the top
  const bar = (name: string, key: 'live' | 'signed' | 'landed', color: string) => ({
    type: 'bar',
    name,
    stack: 'n',
    itemStyle: { color },
    data: shown.map((r) => (key === 'live' ? r.live - r.signed : r[key])),
  });
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map(groupLabel) },
    series: [
      bar(labels.live, 'live', STAGE_COLORS.contact),
      bar(labels.signed, 'signed', STAGE_COLORS.signed),
      bar(labels.landed, 'landed', STAGE_COLORS.landed),
    ],
  };
}

/** Median and P90 days per stage, side by side. */
export function timeInStageOption(stages: TimeInStage[], labels: { median: string; p90: string; days: string }, stageLabel: StageLabel) {
  const shown = stages.filter((s) => s.stays > 0);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: shown.map((s) => stageLabel(s.stage)) },
    yAxis: { type: 'value', name: labels.days },
    series: [
      { type: 'bar', name: labels.median, data: shown.map((s) => s.medianDays), itemStyle: { color: '#1e88e5' } },
      { type: 'bar', name: labels.p90, data: shown.map((s) => s.p90Days), itemStyle: { color: '#90caf9' } },
    ],
  };
}

/** 0.6667 → '66.7%'; null → '—' (nothing to divide by). */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

/** Whose figures the cockpit shows, by role (the API applies the same scope). */
export function scopeKey(role: string | undefined): 'all' | 'chains' | 'own' {
  if (role === 'chain_manager') return 'chains';
  if (role === 'promoter') return 'own';
  return 'all';
}

export const stageColor = (s: Stage) => STAGE_COLORS[s];
