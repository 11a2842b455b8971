import { apiJson, query } from '../providers/http';
import type { Stage } from '../config/domain';

/** Shapes of /api/cockpit/* (libs/cockpit/src). Every figure is already limited to what the caller may read. */
export interface FunnelStep {
  stage: Stage;
  label: string;
  count: number;
  expectedInvestment: number;
}
export interface ConversionStep {
  from: Stage;
  to: Stage;
  entered: number;
  advanced: number;
  rate: number | null;
}
export interface TimeInStage {
  stage: Stage;
  label: string;
  stays: number;
  medianDays: number | null;
  p90Days: number | null;
}
export interface WatchItem {
  id: number;
  firm: string;
  stage: Stage;
  stageLabel: string;
  chain: string;
  owner: string;
  nextFollowUpAt: string | null;
  lastActivityAt: string;
  expectedInvestment: number | null;
}
export interface Overview {
  period: { from: string; to: string };
  role: string;
  funnel: FunnelStep[];
  conversion: ConversionStep[];
  timeInStage: TimeInStage[];
  velocity: { liveTargets: number; averageInvestment: number | null; winRate: number | null; averageCycleDays: number | null; velocityPerDay: number | null };
  rates: { contacted: number; signed: number; landed: number; signingRate: number | null; landingRate: number | null };
  thisYear: { year: number; signed: { count: number; investment: number; jobs: number }; landed: { count: number; investment: number; jobs: number; output: number } };
  overdue: { total: number; byOwner: { ownerId: number; owner: string; count: number }[]; items: (WatchItem & { daysOverdue: number })[] };
  stalled: { red: number; yellow: number; items: (WatchItem & { idleDays: number; level: 'red' | 'yellow' })[] };
}
export interface BreakdownRow {
  key: number | string | null;
  label: string;
  total: number;
  live: number;
  signed: number;
  landed: number;
  liveInvestment: number;
  signedInvestment: number;
}
export const BREAKDOWNS = ['chain', 'owner', 'method'] as const;
export type BreakdownBy = (typeof BREAKDOWNS)[number];

const DAY = 86_400_000;

export const cockpitApi = {
  overview: (days: number) => apiJson<Overview>(`/cockpit/overview${query({ from: new Date(Date.now() - days * DAY).toISOString() })}`),
  breakdown: (by: BreakdownBy) => apiJson<BreakdownRow[]>(`/cockpit/breakdown/${by}`),
};
