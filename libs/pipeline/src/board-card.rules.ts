import type { Stage } from './stage';

/**
 * The investment a board card shows (万元): the signed one once signed or landed, else the
 * expected one. The column total adds exactly this (board.service, BOARD_INVESTMENT_SQL).
 */
export function shownInvestment(
  stage: Stage,
  signedInvestment: number | null,
  expectedInvestment: number | null,
): { amount: number | null; kind: 'signed' | 'expected' } {
  if ((stage === 'signed' || stage === 'landed') && signedInvestment !== null && signedInvestment !== undefined)
    return { amount: Number(signedInvestment), kind: 'signed' };
  return { amount: expectedInvestment === null || expectedInvestment === undefined ? null : Number(expectedInvestment), kind: 'expected' };
}

/** shownInvestment in SQL on `t` (target), for the column totals. */
export const BOARD_INVESTMENT_SQL = `CASE WHEN t.stage IN ('signed', 'landed') THEN COALESCE(t.signed_investment, t.expected_investment) ELSE t.expected_investment END`;

const DAY_MS = 86_400_000;

/** Whole days in the current stage (entered 23 h ago: 0 days). */
export const daysInStage = (stageEnteredAt: Date, now: Date): number => Math.max(0, Math.floor((now.getTime() - stageEnteredAt.getTime()) / DAY_MS));
