import { STAGES, type Stage } from './stage';

export interface StageHistoryEntry {
  toStage: Stage;
  at: Date;
}

export type StageDurations = Record<Stage, number>;

/**
 * Seconds spent in each stage, derived from the append-only history (time in stage
 * is never stored, always derived). Each entry lasts until the next one; the last until `now`.
 * A stage entered twice (paused and resumed) sums both stays. Clock skew never gives negatives.
 */
export function stageDurations(history: readonly StageHistoryEntry[], now: Date): StageDurations {
  const out = Object.fromEntries(STAGES.map((s) => [s, 0])) as StageDurations;
  const ordered = [...history].sort((a, b) => a.at.getTime() - b.at.getTime());
  ordered.forEach((entry, i) => {
    const end = i + 1 < ordered.length ? ordered[i + 1].at : now;
    out[entry.toStage] += Math.max(0, Math.floor((end.getTime() - entry.at.getTime()) / 1000));
  });
  return out;
}
