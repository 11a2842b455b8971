import type { Stage } from '@crm/pipeline';

export type StallLevel = 'red' | 'yellow' | null;

/** Days without activity after which a live target turns yellow, then red, per open stage. */
export type StallThresholds = Record<'lead' | 'contact' | 'signed', { yellow: number; red: number }>;

/** The office's defaults (PRODUCT.md: stale alerts per stage) when no reminder_rule table says otherwise. */
export const DEFAULT_STALL_THRESHOLDS: StallThresholds = {
  lead: { yellow: 30, red: 60 },
  contact: { yellow: 14, red: 30 },
  signed: { yellow: 30, red: 60 },
};

const MS_PER_DAY = 86_400_000;

/** Whole days between the last activity and now (a target touched 13.9 days ago is 13 days idle). */
export function idleDays(lastActivityAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - lastActivityAt.getTime()) / MS_PER_DAY));
}

/**
 * Red from the red threshold on, yellow from the yellow one, else not stalled. Only live stages
 * stall: landed, paused and lost targets are never on the list.
 */
export function stallLevel(stage: Stage, days: number, thresholds: StallThresholds = DEFAULT_STALL_THRESHOLDS): StallLevel {
  if (stage !== 'lead' && stage !== 'contact' && stage !== 'signed') return null;
  const t = thresholds[stage];
  if (days >= t.red) return 'red';
  if (days >= t.yellow) return 'yellow';
  return null;
}

/** Overrides (e.g. from reminder_rule) merged over the defaults; nonsense values are ignored. */
export function mergeThresholds(overrides: { stage: string; yellow: number | null; red: number | null }[]): StallThresholds {
  const out: StallThresholds = {
    lead: { ...DEFAULT_STALL_THRESHOLDS.lead },
    contact: { ...DEFAULT_STALL_THRESHOLDS.contact },
    signed: { ...DEFAULT_STALL_THRESHOLDS.signed },
  };
  for (const o of overrides) {
    if (o.stage !== 'lead' && o.stage !== 'contact' && o.stage !== 'signed') continue;
    const yellow = o.yellow !== null && o.yellow > 0 ? o.yellow : out[o.stage].yellow;
    const red = o.red !== null && o.red > 0 ? o.red : out[o.stage].red;
    out[o.stage] = red >= yellow ? { yellow, red } : { yellow, red: yellow };
  }
  return out;
}
