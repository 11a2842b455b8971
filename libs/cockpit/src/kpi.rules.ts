import { round } from './rates.util';

/**
 * Which plan KPIs the system holds the facts for, and how their actual is derived. Everything
 * the pipeline cannot know (employees, revenue of firms already there, patents …) is reported
 * with its target and `actual: null` rather than guessed.
 *
 * Every tracked actual is  base-year value (the plan's own figure for its base year)
 *                        + what landed in the district after the base year, up to the year asked:
 * - leadFirms: landed firms tagged 龙头 or 链主 (龙头企业数量)
 * - firms:     landed firms (企业数量 overall, 企业总数 per sub-sector)
 * - output:    Σ signed yearly output (万元 → 亿元) of landed targets (总产值 overall, 产值 per sub-sector)
 */
export type KpiFact = 'leadFirms' | 'firms' | 'output';

const TRACKED: { metric: string; scope: 'overall' | 'chain'; fact: KpiFact }[] = [
  { metric: '龙头企业数量', scope: 'overall', fact: 'leadFirms' },
  { metric: '企业数量', scope: 'overall', fact: 'firms' },
  { metric: '企业总数', scope: 'chain', fact: 'firms' },
  { metric: '总产值', scope: 'overall', fact: 'output' },
  { metric: '产值', scope: 'chain', fact: 'output' },
];

export function kpiFact(metric: string, chainId: number | null): KpiFact | null {
  const scope = chainId === null ? 'overall' : 'chain';
  return TRACKED.find((t) => t.metric === metric && t.scope === scope)?.fact ?? null;
}

export const NO_DATA = { note: 'no data in the system', noteZh: '系统中无此数据' } as const;

export interface KpiProgressInput {
  target: number;
  fact: KpiFact | null;
  /** The plan's value for its base year (same metric and scope), null if the plan has none. */
  baseValue: number | null;
  /** Landings after the base year up to the year (count of firms, or output in 亿元). */
  increment: number;
}

export interface KpiProgress {
  actual: number | null;
  /** actual ÷ target × 100, one decimal; null without an actual or with a zero target. */
  percentOfTarget: number | null;
  note?: string;
  noteZh?: string;
}

export function kpiProgress(i: KpiProgressInput): KpiProgress {
  if (i.fact === null) return { actual: null, percentOfTarget: null, ...NO_DATA };
  if (i.baseValue === null) {
    return { actual: null, percentOfTarget: null, note: 'the plan gives no base-year value to add landings to', noteZh: '规划未给出基准年数值，无法推算' };
  }
  const actual = round(i.baseValue + i.increment, 4);
  return { actual, percentOfTarget: i.target > 0 ? round((actual / i.target) * 100, 1) : null };
}
