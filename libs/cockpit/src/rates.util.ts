/**
 * The arithmetic the cockpit reports, kept free of I/O so each rule is checked by a table.
 * SQL does the counting; these functions turn counts into the figures people read.
 */

/** a ÷ b rounded to 4 decimals; null when there is nothing to divide by (0 contacted → no 签约率). */
export function ratio(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) return null;
  return round(numerator / denominator, 4);
}

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}

export interface VelocityInputs {
  /** Targets in an open stage (lead, contact, signed) now, in the caller's scope and filters. */
  liveTargets: number;
  /** Mean 预计投资额 (万元) of those live targets, over the ones that state it; null if none do. */
  averageInvestment: number | null;
  /** Of the targets that closed in the period (entered landed or lost), the share that landed; 0–1. */
  winRate: number | null;
  /** Mean days from creation (the NULL → lead entry) to landing, over targets that landed in the period. */
  averageCycleDays: number | null;
}

/**
 * Pipeline velocity (管道速度), 万元 per day: how much expected investment the current pipeline
 * turns into landed investment per day if it keeps converting as it did in the period:
 *
 *   velocity = liveTargets × averageInvestment × winRate ÷ averageCycleDays
 *
 * null when any term is unknown (no investment stated, nothing closed, nothing landed) or the
 * cycle is zero days, rather than a misleading 0 or Infinity. Rounded to 2 decimals.
 */
export function pipelineVelocity(v: VelocityInputs): number | null {
  if (v.averageInvestment === null || v.winRate === null || v.averageCycleDays === null) return null;
  if (!(v.averageCycleDays > 0)) return null;
  return round((v.liveTargets * v.averageInvestment * v.winRate) / v.averageCycleDays, 2);
}

/** 万元 → 亿元 (1 亿 = 10,000 万), 4 decimals so small landings still show. */
export const wanToYi = (wan: number): number => round(wan / 10_000, 4);
