import { apiJson, query } from '../providers/http';

/** Shapes of GET /api/cockpit/kpis/plans (libs/cockpit/src/kpi.service.ts); see kpi.rules.ts for the arithmetic. */
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
  tracked: boolean;
  actual: number | null;
  baseline: number | null;
  isBaseline: boolean;
  delivered: number | null;
  asked: number | null;
  /** 新增完成率 in %, one decimal. */
  increaseRate: number | null;
  percentOfTarget: number | null;
  noteZh?: string;
}

export interface KpiPlanProgress {
  plan: { id: number; code: string; title: string; region: string; baseYear: number | null; startYear: number | null; endYear: number | null };
  years: number[];
  headlineYear: number | null;
  items: KpiYearItem[];
}

export const KPI_PLANS_KEY = ['cockpit', 'kpi-plans'];

export const kpiApi = {
  plans: (planId?: number) => apiJson<KpiPlanProgress[]>(`/cockpit/kpis/plans${query({ planId })}`),
};
