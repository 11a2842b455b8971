/* A signed target as a project (/api/targets/:id/project), 督办 instructions and the project rates. `D` is Date on the server, string in JSON. */

export const MILESTONE_KINDS = ['registered', 'settled', 'producing', 'full_output'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
/**
 * done: reached; unplanned: no planned date; green: not late (or late fewer than yellowDays);
 * yellow / red: that many days or more past the planned date without an actual date.
 */
export const MILESTONE_LIGHTS = ['done', 'unplanned', 'green', 'yellow', 'red'] as const;
export type MilestoneLight = (typeof MILESTONE_LIGHTS)[number];

export interface ProjectMilestone {
  id: number;
  kind: MilestoneKind;
  plannedOn: string | null;
  actualOn: string | null;
  light: MilestoneLight;
  daysLate: number;
  version: number;
}

/** A funds tranche (到位资金), 万元. */
export interface ProjectFundRecord<D = string> {
  id: number;
  targetId: number;
  arrivedOn: string;
  amount: number;
  /** Where the money came from, e.g. 企业自有资金, 银行贷款, 产业基金. */
  source: string;
  note: string | null;
  createdById: number | null;
  createdByName: string | null;
  createdAt: D;
  updatedAt: D;
  version: number;
}

/** A year's actual output, tax (万元) and jobs. */
export interface ProjectYearRecord<D = string> {
  id: number;
  targetId: number;
  year: number;
  output: number | null;
  tax: number | null;
  jobs: number | null;
  updatedAt: D;
  version: number;
}

export interface ProjectLanding {
  carrierId: number;
  carrierName: string;
  area: number;
  landedOn: string;
}

export interface ProjectRecord<D = string> {
  targetId: number;
  /** False for a target that never signed: nothing to track yet. */
  signed: boolean;
  signedAt: D | null;
  signedInvestment: number | null;
  signedOutput: number | null;
  signedJobs: number | null;
  landing: ProjectLanding | null;
  thresholds: { yellowDays: number; redDays: number };
  milestones: ProjectMilestone[];
  funds: ProjectFundRecord<D>[];
  fundsArrived: number;
  /** fundsArrived ÷ signedInvestment, 4 decimals; null without a signed investment. */
  fundsRate: number | null;
  years: ProjectYearRecord<D>[];
}

export interface InstructionReplyRecord<D = string> {
  id: number;
  authorId: number;
  authorName: string;
  body: string;
  createdAt: D;
}

/** A leader's instruction (批示) on a target; `replies` only on GET /api/instructions/:id and the writes. */
export interface InstructionRecord<D = string> {
  id: number;
  targetId: number;
  firmName: string;
  authorId: number;
  authorName: string;
  assigneeId: number;
  assigneeName: string;
  body: string;
  dueAt: D;
  state: 'open' | 'closed';
  overdue: boolean;
  closedAt: D | null;
  closedByName: string | null;
  closingNote: string | null;
  createdAt: D;
  version: number;
  replies?: InstructionReplyRecord<D>[];
}

/** The counts and rates over a set of signed projects. */
export interface ProjectRates {
  /** Signed projects (the denominator of 履约率, 开工率, 投产率). */
  signed: number;
  /** Not lost and no milestone overdue. */
  keeping: number;
  /** 入驻/开工 reached. */
  started: number;
  /** 投产/运营 reached. */
  producing: number;
  /** Σ signed investment (万元) of the projects that state one. */
  signedInvestment: number;
  /** Σ funds arrived (万元) on those same projects. */
  fundsArrived: number;
  fulfilmentRate: number | null;
  startRate: number | null;
  productionRate: number | null;
  fundsRate: number | null;
}

export const RATE_KEYS = ['fulfilmentRate', 'startRate', 'productionRate', 'fundsRate'] as const;
export type RateKey = (typeof RATE_KEYS)[number];
export const PROJECT_RATE_BREAKDOWNS = ['chain', 'owner', 'plan'] as const;
export type ProjectRateBreakdown = (typeof PROJECT_RATE_BREAKDOWNS)[number];

/** GET /api/cockpit/project-rates: each rate's definition, the total and (with ?by=) one row per chain, owner or plan. */
export interface ProjectRatesAnswer {
  definitions: Record<RateKey, { zh: string; en: string }>;
  asOf: string;
  total: ProjectRates;
  by: ProjectRateBreakdown | null;
  rows: ({ key: number; label: string } & ProjectRates)[];
}

/** GET /api/cockpit/key-projects: a project needing attention, for an overdue milestone or an open instruction. */
export interface KeyProject<D = string> {
  targetId: number;
  firmName: string;
  chainName: string;
  ownerName: string;
  reason: 'milestone' | 'instruction';
  milestoneKind?: MilestoneKind;
  plannedOn?: string;
  daysLate?: number;
  light?: MilestoneLight;
  instructionId?: number;
  instructionBody?: string;
  assigneeName?: string;
  dueAt?: D;
  overdue?: boolean;
}
