/**
 * GET /api/cockpit/kpis/plans and /api/cockpit/kpis: plan targets (kpi_target) against what the
 * pipeline shows landed (libs/cockpit/src/kpi.service.ts; the arithmetic is in kpi.rules.ts).
 */

/** One KPI row (metric, scope, year) with its progress. */
export interface KpiYearItem {
  id: number;
  metric: string;
  category: string | null;
  unit: string;
  chainId: number | null;
  chain: string | null;
  year: number;
  target: number;
  baseYear: number | null;
  baseValue: number | null;
  tracked: boolean;
  landedSinceBaseYear: number | null;
  actual: number | null;
  baseline: number | null;
  isBaseline: boolean;
  delivered: number | null;
  asked: number | null;
  /** 新增完成率 in %, one decimal. */
  increaseRate: number | null;
  percentOfTarget: number | null;
  note?: string;
  noteZh?: string;
  source: unknown;
}

export interface KpiPlanHead {
  id: number;
  code: string;
  title: string;
  region: string;
  baseYear: number | null;
  startYear: number | null;
  endYear: number | null;
}

export interface KpiPlanProgress {
  plan: KpiPlanHead;
  /** The years the plan states targets for, ascending (its own years, never the calendar's). */
  years: number[];
  /** The year to headline now (kpi.rules headlineYear). */
  headlineYear: number | null;
  items: KpiYearItem[];
}

/** One year of a plan: the cockpit's KPI card. */
export interface KpiPlanYear {
  plan: KpiPlanHead;
  year: number;
  items: KpiYearItem[];
}
