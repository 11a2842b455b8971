/**
 * 候选企业 (candidates) for a chain link, ranked by a fit score that shows its reasons: every
 * component carries its points, its maximum (the plan's weight) and the fact it came from.
 */
export const FIT_COMPONENTS = ['tags', 'industry', 'scope', 'profile', 'capital', 'city', 'relationship'] as const;
export type FitComponentKey = (typeof FIT_COMPONENTS)[number];

/** Points each component can give at most (0–100 each); the plan's admins set them. */
export type FitWeights = Record<FitComponentKey, number>;

/** The weights a plan without its own uses (they add up to 100). */
export const DEFAULT_FIT_WEIGHTS: FitWeights = { tags: 20, industry: 20, scope: 20, profile: 10, capital: 10, city: 5, relationship: 15 };

/** Where a match term of a link comes from: its name, its technologies, its chain, the plan's text. */
export type TermFrom = 'link' | 'tech' | 'chain' | 'plan';

/**
 * The fact behind a component's points, as data the screen words in the reader's language
 * (`source` says the same in one technical line).
 */
export type FitFact =
  | { kind: 'tags'; tags: string[] }
  /** 所属行业, 经营范围 or name and profile: the text (cut at 40 characters) and the terms it holds, or the terms it lacks. */
  | { kind: 'text'; text: string; hits: { text: string; from: TermFrom }[]; terms: string[] }
  /** 注册资本 (万元) and the lowest of its band. */
  | { kind: 'capital'; capital: number; bandMin: number }
  | { kind: 'city'; city: string; tier: 'tier1' | 'tier2' | 'region' | 'other'; region: string | null }
  | { kind: 'relationship'; isLocal: boolean; targets: number; firstClaimedOn: string | null; logs: number; lastLogOn: string | null };

export interface FitComponent {
  component: FitComponentKey;
  points: number;
  /** The weight: what this component gives at most. */
  max: number;
  /** The fact the points came from (`firm.tags: 专精特新, 上市`), or 无数据 when the firm has none. */
  source: string;
  /** The firm holds no data for this component: 0 points, never a guess. */
  noData: boolean;
  /** The same fact as data (null without data, or when sources were not asked for). */
  fact: FitFact | null;
}

/** Where the caller stands under 首报首谈: free to register, held by the caller's team, or by another (only the 首报 date). */
export type CandidateClaim = 'free' | 'mine' | 'other';

export interface CandidateView {
  rank: number;
  firmId: number;
  firmName: string;
  tags: string[];
  industry: string | null;
  hqCity: string | null;
  score: number;
  components: FitComponent[];
  claim: CandidateClaim;
  firstClaimedOn: string | null;
  /** Where the firm's registry data came from (企查查 …) and the export's date, if from a registry export. */
  registrySource: string | null;
  registryExportedOn: string | null;
}

export interface CandidateList {
  linkId: number;
  linkName: string;
  chainId: number;
  chainName: string;
  planId: number;
  /** The weights used (the plan's own or the defaults). */
  weights: FitWeights;
  weightsFromDefaults: boolean;
  /** The terms the link is matched on, with where each came from. */
  terms: { text: string; from: TermFrom }[];
  /** Firms already a target on this link (not 流失) are left out; how many. */
  excludedTargeted: number;
  mayCreateTarget: boolean;
  data: CandidateView[];
  total: number;
  skip: number;
}

export interface AddCandidatesResult {
  created: { firmId: number; firmName: string; targetId: number }[];
  /** Firms not added, each with its reason (first_claim carries only the 首报 date). */
  refused: { firmId: number; firmName: string | null; code: string; message: string; messageZh: string; firstClaimedOn?: string }[];
}
