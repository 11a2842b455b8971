/**
 * How well a chain link is covered — the one rule for the chain map, the cockpit's chain view and
 * the handbook export (a gap is a link with no local firm and no target that has
 * reached 接洽 or later; a lead nobody has contacted does not close a gap). From best to worst:
 * - landed:      a target recruited for this link has landed (已落地)
 * - local:       a firm already in the district works in this link (本地企业)
 * - in_progress: a target at 接洽 or 签约 is aimed at it (在谈)
 * - lead_only:   only leads nobody has contacted yet (仅线索) — still a gap in the coverage figure
 * - gap:         nothing at all (缺口)
 * Paused and lost targets do not cover a link.
 */
import { COVERAGE_LEVELS, type Coverage, type CoverageSummary } from '@crm/contracts';

export { COVERAGE_LEVELS, type Coverage, type CoverageSummary } from '@crm/contracts';

export interface LinkFacts {
  localFirms: number;
  /** Targets on the link at 接洽 (contact) or 签约 (signed). */
  engagedTargets: number;
  /** Targets on the link still at 线索 (lead). */
  leadTargets: number;
  landedTargets: number;
}

export function linkCoverage({ localFirms, engagedTargets, leadTargets, landedTargets }: LinkFacts): Coverage {
  if (landedTargets > 0) return 'landed';
  if (localFirms > 0) return 'local';
  if (engagedTargets > 0) return 'in_progress';
  if (leadTargets > 0) return 'lead_only';
  return 'gap';
}

/** A link counts as covered in the coverage figure when it is landed, local or in progress; lead_only and gap are gaps. */
export const isCovered = (c: Coverage): boolean => c === 'landed' || c === 'local' || c === 'in_progress';

/**
 * Covered links ÷ all links × 100, one decimal. A chain without links has no coverage figure:
 * null (shown as —), not 0 % — nothing is missing from it, and 0 % would rank it with empty chains.
 */
export function coveragePercent(covered: number, links: number): number | null {
  return links > 0 ? Math.round((covered / links) * 1000) / 10 : null;
}

export function summarizeCoverage(levels: readonly Coverage[]): CoverageSummary {
  const byCoverage = Object.fromEntries(COVERAGE_LEVELS.map((c) => [c, 0])) as Record<Coverage, number>;
  for (const c of levels) byCoverage[c]++;
  const links = levels.length;
  const covered = levels.filter(isCovered).length;
  return { links, covered, gaps: links - covered, coveredPct: coveragePercent(covered, links), byCoverage };
}
