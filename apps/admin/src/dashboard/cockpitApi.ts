import { apiJson, query } from '../providers/http';
import type { BreakdownBy, BreakdownRow, CockpitOverview } from '@crm/contracts';

/** Shapes of /api/cockpit/* come from libs/contracts, the types the API's cockpit service returns. */
export { BREAKDOWNS, type BreakdownBy, type BreakdownRow, type ConversionStep, type FunnelStep, type TimeInStage, type WatchItem } from '@crm/contracts';
export type Overview = CockpitOverview;

const DAY = 86_400_000;

export const cockpitApi = {
  overview: (days: number) => apiJson<Overview>(`/cockpit/overview${query({ from: new Date(Date.now() - days * DAY).toISOString() })}`),
  breakdown: (by: BreakdownBy) => apiJson<BreakdownRow[]>(`/cockpit/breakdown/${by}`),
};
