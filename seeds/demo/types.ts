/**
 * Shapes of the demo data (seeds/demo): everything the plans do not say — who owns a target, its
 * stage and history, visits, follow-ups, signings, landings, local firms that cover links, space
 * left in buildings. All of it is invented for demonstration and stored with demo = true.
 */
import type { RecruitmentMethod } from '../types';

export type DemoStage = 'lead' | 'contact' | 'signed' | 'landed' | 'paused' | 'lost';
export type DemoOwner = 'promoter' | 'promoter2';

/** One stage entered `daysAgo` days before the seed runs (≥ 1, strictly decreasing along the history). */
export type DemoStep = [stage: DemoStage, daysAgo: number, reason?: string];

/** The demo story of one plan-named target (TargetSeed), matched by plan code + firm name. */
export interface DemoTarget {
  plan: string; // PlanSeed.code
  firm: string; // TargetSeed.firm
  owner: DemoOwner;
  /** Starts with lead; the last step is the current stage. */
  history: DemoStep[];
  /** Open follow-up, in days from the seed time (negative: overdue). Open stages only. */
  followUpInDays?: number;
  method?: RecruitmentMethod; // used when the plan names none
  expectedInvestment?: number; // 万元
  signed?: { investment: number; output: number; jobs: number; space: number }; // 万元, 万元/年, 人, m²
  landing?: { carrier: string; area: number }; // area in m²; landed on the day of the 'landed' step
}

/** A made-up local firm (name ends in （演示）) that covers chain links on the map. */
export interface DemoLocalFirm {
  name: string;
  profile: string;
  links: { plan: string; chain: string; link: string }[];
}

/** Demo space left in a plan carrier (the plans give no availability). */
export interface DemoCarrierSpace {
  carrier: string;
  availableAreaM2: number;
}

export interface DemoChainManager {
  username: string;
  chains: { plan: string; chain: string }[];
}
