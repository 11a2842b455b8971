import { formatNumber, formatPercent } from '../lib/format';
import type { KpiPlanProgress, KpiYearItem } from './kpiApi';

/**
 * The KPI view's shaping, kept apart from the components so it is tested without a browser:
 * one row per metric and scope (overall or a chain), a cell per plan year.
 */
export interface KpiRow {
  key: string;
  metric: string;
  chain: string | null;
  chainId: number | null;
  unit: string;
  tracked: boolean;
  baseline: number | null;
  /** The plan year → that year's item (the base year's item is the baseline). */
  byYear: Record<number, KpiYearItem>;
}

export interface KpiTable {
  /** The years that carry targets to reach (the base year is shown as the baseline column). */
  years: number[];
  baseYear: number | null;
  tracked: KpiRow[];
  untracked: KpiRow[];
}

const rowKey = (i: KpiYearItem) => `${i.chainId ?? 'overall'}|${i.metric}`;

export function kpiTable(p: KpiPlanProgress): KpiTable {
  const rows = new Map<string, KpiRow>();
  for (const i of p.items) {
    let r = rows.get(rowKey(i));
    if (!r) {
      r = { key: rowKey(i), metric: i.metric, chain: i.chain, chainId: i.chainId, unit: i.unit, tracked: i.tracked, baseline: i.baseline, byYear: {} };
      rows.set(r.key, r);
    }
    r.byYear[i.year] = i;
    if (i.isBaseline) r.baseline = i.target;
  }
  const all = [...rows.values()];
  // A tracked metric without a baseline cannot be computed either: list it with the untracked.
  const computable = (r: KpiRow) => r.tracked && r.baseline !== null;
  return {
    years: p.years.filter((y) => y !== p.plan.baseYear),
    baseYear: p.plan.baseYear !== null && p.years.includes(p.plan.baseYear) ? p.plan.baseYear : null,
    tracked: all.filter(computable),
    untracked: all.filter((r) => !computable(r)),
  };
}

/** The numbers of the 新增完成率 formula for one cell, formatted with separators; null when there is no rate to explain. */
export function arithmeticParts(i: KpiYearItem): Record<string, string> | null {
  if (i.actual === null || i.baseline === null || i.delivered === null || i.asked === null || i.increaseRate === null) return null;
  return {
    actual: formatNumber(i.actual),
    baseline: formatNumber(i.baseline),
    target: formatNumber(i.target),
    delivered: formatNumber(i.delivered),
    asked: formatNumber(i.asked),
    rate: formatPercent(i.increaseRate),
  };
}

/** Red below a quarter of the asked increase, amber below all of it, green from 100 %. */
export function rateColor(rate: number | null): string {
  if (rate === null) return 'text.secondary';
  if (rate >= 100) return '#2e7d32';
  return rate < 25 ? '#c62828' : '#ef6c00';
}

/** A row's targets over the years, compactly: '2025 6,050 · 2026 6,520 · 2027 7,000'. */
export const targetsLine = (r: KpiRow, years: number[]): string =>
  years
    .filter((y) => r.byYear[y])
    .map((y) => `${y} ${formatNumber(r.byYear[y].target)}`)
    .join(' · ');
