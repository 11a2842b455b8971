import type { KpiPlanProgress } from '@crm/contracts';
import { apiJson, query } from '../providers/http';

export type { KpiPlanProgress, KpiYearItem } from '@crm/contracts';

export const KPI_PLANS_KEY = ['cockpit', 'kpi-plans'];

export const kpiApi = {
  plans: (planId?: number) => apiJson<KpiPlanProgress[]>(`/cockpit/kpis/plans${query({ planId })}`),
};
