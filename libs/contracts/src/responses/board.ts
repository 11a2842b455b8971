import type { RecruitmentMethod, Stage } from '../stages';

/**
 * A target as the board, the target list and the target page receive it (GET /api/targets,
 * /api/pipeline/board). `D` is how a moment travels: `Date` on the server, an ISO string on the wire.
 */
export interface TargetCard<D = string> {
  id: number;
  firmId: number;
  firmName: string;
  chainId: number;
  chainName: string;
  chainLinkId: number;
  chainLinkName: string;
  planId: number;
  ownerId: number;
  ownerName: string;
  stage: Stage;
  stageEnteredAt: D;
  /** The stage a paused target left; null otherwise. */
  pausedFromStage: Stage | null;
  probability: number;
  /** 万元 */
  expectedInvestment: number | null;
  expectedOutput: number | null;
  expectedJobs: number | null;
  spaceNeeded: number | null;
  method: RecruitmentMethod | null;
  signedInvestment: number | null;
  signedOutput: number | null;
  signedJobs: number | null;
  signedSpace: number | null;
  signedAt: D | null;
  nextFollowUpAt: D | null;
  lastActivityAt: D;
  notes: string | null;
  demo: boolean;
  createdAt: D;
  updatedAt: D;
  version: number;
  /** What the card shows, 万元: the signed investment once signed or landed, else the expected one. */
  investment: number | null;
  investmentKind: 'signed' | 'expected';
  /** Whole days in the current stage. */
  daysInStage: number;
  /** By the stale rule with the plan's reminder thresholds; null for closed stages. */
  staleGrade?: 'green' | 'yellow' | 'red' | null;
  daysIdle?: number;
}

/** One kanban column (GET /api/pipeline/board/:stage): the totals cover the whole column, not just the cards sent. */
export interface BoardColumn<D = string> {
  stage: Stage;
  count: number;
  /** Σ expectedInvestment over the column, 万元. */
  sumExpectedInvestment: number;
  /** Σ of what the cards show (investment) over the column, 万元. */
  sumInvestment: number;
  offset: number;
  cards: TargetCard<D>[];
}

/** GET /api/pipeline/board: every column with its first page of cards. */
export interface BoardResponse<D = string> {
  columns: BoardColumn<D>[];
}

/** POST /api/targets/:id/transitions */
export interface TransitionBody {
  to: Stage;
  version: number;
  reason?: string;
  signedInvestment?: number;
  signedOutput?: number;
  signedJobs?: number;
  signedSpace?: number;
  /** 签约日期 YYYY-MM-DD when signing (or landing without signing first); default today. */
  signedOn?: string;
  carrierId?: number;
  area?: number;
  landedOn?: string;
  /** 撤销: take back the caller's own latest move (to = the stage it left, within a minute). */
  undo?: boolean;
}
