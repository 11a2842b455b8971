import type { Stage } from '../config/domain';

/**
 * What a drop on the board needs before it can be sent, mirroring the API's transition rules
 * (libs/pipeline/src/transition.rules.ts). The API stays the judge: if it still answers
 * "reason required" the dialog opens then.
 */
export interface MoveNeeds {
  allowed: boolean;
  reason: boolean;
  signing: boolean;
  landing: boolean;
}

const FORWARD: readonly Stage[] = ['lead', 'contact', 'signed', 'landed'];
const OPEN: readonly Stage[] = ['lead', 'contact', 'signed'];
const rank = (s: Stage) => FORWARD.indexOf(s);

const needs = (allowed: boolean, reason: boolean, to: Stage): MoveNeeds => ({
  allowed,
  reason: allowed && reason,
  signing: allowed && to === 'signed',
  landing: allowed && to === 'landed',
});

export function moveNeeds(from: Stage, to: Stage, pausedFromStage: Stage | null = null): MoveNeeds {
  if (from === to || from === 'landed') return needs(false, false, to);
  if (from === 'lost') return needs(to === 'lead', true, to);
  if (from === 'paused') {
    if (to === 'lost') return needs(true, true, to);
    if (pausedFromStage && OPEN.includes(pausedFromStage)) return needs(to === pausedFromStage, false, to);
    return needs(OPEN.includes(to), true, to);
  }
  if (to === 'paused' || to === 'lost') return needs(true, true, to);
  const step = rank(to) - rank(from);
  return needs(true, step !== 1, to);
}

/** A drop that can go straight to the API, without a dialog. */
export const needsDialog = (n: MoveNeeds): boolean => n.reason || n.signing || n.landing;

/** API rule codes that mean "ask the user for more", so the dialog opens instead of an error toast. */
export const isAskForMore = (code: string | undefined): boolean =>
  !!code && (code.startsWith('reason_required') || code.startsWith('signing_needs') || code.startsWith('landing_needs'));
