import type { Stage } from '@crm/pipeline';

/**
 * The one stale rule (stale alerts per stage): the reminder scan, the cockpit's stalled
 * list and the board's badge all grade a target with it.
 */
export type StaleGrade = 'green' | 'yellow' | 'red';

/** Days of silence after which a target in each open stage turns yellow, then red. */
export interface StaleThresholds {
  lead: { yellow: number; red: number };
  contact: { yellow: number; red: number };
  signed: { yellow: number; red: number };
}

/**
 * The office's defaults: the only place they are written. The reminder_rule entity's column
 * defaults read them, and the defaults row (plan_id NULL) the migration creates holds them; an
 * admin may change that row, after which it is what applies.
 */
export const DEFAULT_STALE_THRESHOLDS: Readonly<StaleThresholds> = Object.freeze({
  lead: Object.freeze({ yellow: 30, red: 60 }),
  contact: Object.freeze({ yellow: 14, red: 30 }),
  signed: Object.freeze({ yellow: 30, red: 60 }),
});

const DAY_MS = 86_400_000;

/** Whole days between a moment and now (a target touched 23 h ago has been idle 0 days; the future counts as 0). */
export function daysIdle(lastActivityAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - lastActivityAt.getTime()) / DAY_MS));
}

/**
 * The stale grade after a number of idle days: red at or past the red threshold, yellow at or past
 * the yellow one, green before. Targets not in an open stage (landed, paused, lost) are never
 * stale: null.
 */
export function staleGradeAfter(stage: Stage, days: number, thresholds: StaleThresholds = DEFAULT_STALE_THRESHOLDS): StaleGrade | null {
  if (stage !== 'lead' && stage !== 'contact' && stage !== 'signed') return null;
  const t = thresholds[stage];
  if (days >= t.red) return 'red';
  if (days >= t.yellow) return 'yellow';
  return 'green';
}

/** staleGradeAfter for a target last active at `lastActivityAt`. */
export function staleGrade(stage: Stage, lastActivityAt: Date, now: Date, thresholds: StaleThresholds = DEFAULT_STALE_THRESHOLDS): StaleGrade | null {
  return staleGradeAfter(stage, daysIdle(lastActivityAt, now), thresholds);
}

/** The first stage whose red threshold is not after its yellow one, or null when all are sound. */
export function thresholdProblem(t: StaleThresholds): keyof StaleThresholds | null {
  for (const stage of ['lead', 'contact', 'signed'] as const) if (!(t[stage].yellow > 0 && t[stage].red > t[stage].yellow)) return stage;
  return null;
}
