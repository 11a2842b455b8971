import type { Stage } from '@crm/pipeline';

export type StaleGrade = 'green' | 'yellow' | 'red';

/** Days of silence after which a target in each open stage turns yellow, then red. */
export interface StaleThresholds {
  lead: { yellow: number; red: number };
  contact: { yellow: number; red: number };
  signed: { yellow: number; red: number };
}

const DAY_MS = 86_400_000;

/** Whole days between the last activity and now (a target touched 23 h ago has been idle 0 days). */
export function daysIdle(lastActivityAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - lastActivityAt.getTime()) / DAY_MS));
}

/**
 * The stale grade of a target: red at or past the red threshold, yellow at or past the yellow one,
 * green before. Targets that are not in an open stage (landed, paused, lost) are never stale: null.
 */
export function staleGrade(stage: Stage, lastActivityAt: Date, now: Date, thresholds: StaleThresholds): StaleGrade | null {
  if (stage !== 'lead' && stage !== 'contact' && stage !== 'signed') return null;
  const t = thresholds[stage];
  const days = daysIdle(lastActivityAt, now);
  if (days >= t.red) return 'red';
  if (days >= t.yellow) return 'yellow';
  return 'green';
}

/** The first stage whose red threshold is not after its yellow one, or null when all are sound. */
export function thresholdProblem(t: StaleThresholds): keyof StaleThresholds | null {
  for (const stage of ['lead', 'contact', 'signed'] as const) if (!(t[stage].yellow > 0 && t[stage].red > t[stage].yellow)) return stage;
  return null;
}
