import { round } from './rates.util';

/**
 * A chain link's state on the chain-manager view (PRODUCT.md: a gap is a link with no local firm
 * and no live target):
 * - covered:     a local firm works in it, or a target landed on it
 * - in_progress: not covered, but at least one live target (lead/contact/signed) is aimed at it
 * - gap:         neither
 */
export type LinkStatus = 'covered' | 'in_progress' | 'gap';

export function linkStatus(l: { localFirms: number; landedTargets: number; liveTargets: number }): LinkStatus {
  if (l.localFirms > 0 || l.landedTargets > 0) return 'covered';
  return l.liveTargets > 0 ? 'in_progress' : 'gap';
}

/** Covered links ÷ all links × 100, one decimal; null for a chain with no links. */
export function coveragePercent(covered: number, total: number): number | null {
  return total > 0 ? round((covered / total) * 100, 1) : null;
}
