import type { Coverage } from '../chain';
import type { Stage } from '../stages';

/**
 * Shapes of /api/cockpit/* (libs/cockpit/src). Every figure is already limited to what the caller
 * may read. `D` is how a moment travels: `Date` on the server, an ISO string on the wire.
 */
export interface FunnelStep {
  stage: Stage;
  label: string;
  count: number;
  /** Σ 预计投资额 of the targets now in the stage, 万元 */
  expectedInvestment: number;
}

export interface ConversionStep {
  from: Stage;
  to: Stage;
  /** Targets that entered `from` within the period (each counted once). */
  entered: number;
  /** Of those, the ones that later reached `to` or a stage beyond it (a skipped stage counts as passed). */
  advanced: number;
  rate: number | null;
}

export interface TimeInStage {
  stage: Stage;
  label: string;
  /** Completed stays in the stage that ended within the period. */
  stays: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface Velocity {
  liveTargets: number;
  averageInvestment: number | null;
  winRate: number | null;
  averageCycleDays: number | null;
  velocityPerDay: number | null;
}

export interface Rates {
  contacted: number;
  signed: number;
  landed: number;
  signingRate: number | null;
  landingRate: number | null;
}

export interface YearTotals {
  year: number;
  signed: { count: number; investment: number; jobs: number };
  landed: { count: number; investment: number; jobs: number; output: number };
}

export interface WatchItem<D = string> {
  id: number;
  firm: string;
  stage: Stage;
  stageLabel: string;
  chainId: number;
  chain: string;
  ownerId: number;
  owner: string;
  nextFollowUpAt: D | null;
  lastActivityAt: D;
  expectedInvestment: number | null;
}

export interface OverdueList<D = string> {
  total: number;
  byOwner: { ownerId: number; owner: string; count: number }[];
  items: (WatchItem<D> & { daysOverdue: number })[];
}

export interface StaleThresholdsView {
  lead: { yellow: number; red: number };
  contact: { yellow: number; red: number };
  signed: { yellow: number; red: number };
}

export interface StalledList<D = string> {
  thresholds: StaleThresholdsView;
  red: number;
  yellow: number;
  items: (WatchItem<D> & { idleDays: number; thresholds: { yellow: number; red: number }; level: 'red' | 'yellow' })[];
}

export interface Period<D = string> {
  from: D;
  to: D;
}

/** GET /api/cockpit/overview: everything the dashboard's first screen shows. */
export interface CockpitOverview<D = string> {
  period: Period<D>;
  role: string;
  funnel: FunnelStep[];
  conversion: ConversionStep[];
  timeInStage: TimeInStage[];
  velocity: Velocity;
  rates: Rates;
  thisYear: YearTotals;
  overdue: OverdueList<D>;
  stalled: StalledList<D>;
}

export const BREAKDOWNS = ['chain', 'owner', 'method'] as const;
export type BreakdownBy = (typeof BREAKDOWNS)[number];

export interface BreakdownRow {
  key: number | string | null;
  label: string;
  total: number;
  live: number;
  lead: number;
  contact: number;
  signed: number;
  landed: number;
  offTrack: number;
  liveInvestment: number;
  signedInvestment: number;
}

/** GET /api/cockpit/chains/:id — the chain manager's view of one chain. */
export interface ChainViewLink<D = string> {
  id: number;
  code: string;
  name: string;
  position: string;
  action: string | null;
  localFirms: string[];
  landedTargets: number;
  coverage: Coverage;
  liveTargetsTotal: number;
  liveTargets: { id: number; firm: string; stage: Stage; stageLabel: string; owner: string; expectedInvestment: number | null; nextFollowUpAt: D | null }[];
}

export interface ChainView<D = string> {
  chain: { id: number; name: string; code: string; kind: string; action: string | null; description: string | null; planId: number; plan: string };
  links: ChainViewLink<D>[];
  totals: { links: number; covered: number; inProgress: number; leadOnly: number; gaps: number; coveragePercent: number | null };
  gaps: { id: number; name: string; action: string | null; coverage: Coverage }[];
  inProgress: { id: number; name: string; action: string | null; liveTargets: ChainViewLink<D>['liveTargets']; liveTargetsTotal: number }[];
  chainOwners: { id: number; name: string; isLocal: boolean }[];
  coverageHistory: { date: string; covered: number; links: number; coveragePercent: number | null }[];
}
