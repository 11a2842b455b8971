import { round } from './rates.util';

/**
 * Which plan KPIs the system holds the facts for, and how their actual is derived. Everything
 * the pipeline cannot know (employees, revenue of firms already there, patents …) is reported
 * with its target and `actual: null` rather than guessed.
 *
 * Every tracked actual is  base-year value (the plan's own figure for its base year)
 *                        + what landed in the district after the base year, up to the year asked:
 * - leadFirms: landed firms tagged 龙头 or 链主 (龙头企业数量)
 * - firms:     landed firms (企业数量 overall, 企业总数 per sub-sector), each once, in the year it
 *              first landed in that scope (landings.rules)
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
  /** The row is the base year itself: its figure is the baseline, not a target to reach. */
  isBaseYear?: boolean;
}

export interface KpiProgress {
  actual: number | null;
  /** The base year's figure the plan counts from (same as baseValue); null when the plan states none. */
  baseline: number | null;
  isBaseline: boolean;
  /** actual − baseline: what the district has added since the base year. */
  delivered: number | null;
  /** target − baseline: what the plan asks to add by this year. */
  asked: number | null;
  /**
   * 新增完成率, the headline: delivered ÷ asked × 100, one decimal. null without an actual, on the
   * base-year row, or when the plan asks for no increase (target = baseline).
   */
  increaseRate: number | null;
  /** actual ÷ target × 100, one decimal (the old 完成率, kept for reference); null without an actual or with a zero target. */
  percentOfTarget: number | null;
  note?: string;
  noteZh?: string;
}

const NOTHING = { actual: null, baseline: null, delivered: null, asked: null, increaseRate: null, percentOfTarget: null };

export function kpiProgress(i: KpiProgressInput): KpiProgress {
  const isBaseline = !!i.isBaseYear;
  if (i.fact === null) return { ...NOTHING, baseline: i.baseValue, isBaseline, ...NO_DATA };
  if (i.baseValue === null) {
    return { ...NOTHING, isBaseline, note: 'the plan gives no base-year value to add landings to', noteZh: '规划未给出基准年数值，无法推算' };
  }
  const actual = round(i.baseValue + i.increment, 4);
  const delivered = round(actual - i.baseValue, 4);
  const asked = round(i.target - i.baseValue, 4);
  return {
    actual,
    baseline: i.baseValue,
    isBaseline,
    delivered,
    asked,
    increaseRate: isBaseline || asked === 0 ? null : round((delivered / asked) * 100, 1),
    percentOfTarget: i.target > 0 ? round((actual / i.target) * 100, 1) : null,
  };
}

/**
 * The year a plan's headline shows: this year if the plan has targets for it, else the last plan
 * year before it (a plan that has ended shows its final year), else its first year (one not yet begun).
 * null for a plan without targets.
 */
export function headlineYear(planYears: readonly number[], currentYear: number): number | null {
  if (!planYears.length) return null;
  const sorted = [...planYears].sort((a, b) => a - b);
  if (sorted.includes(currentYear)) return currentYear;
  const before = sorted.filter((y) => y < currentYear);
  return before.length ? before[before.length - 1] : sorted[0];
}
