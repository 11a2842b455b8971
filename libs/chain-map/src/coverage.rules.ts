/**
 * How well a chain link is covered (PRODUCT.md: a gap is a link with no local firm and no live
 * target). From best to worst:
 * - landed:      a target recruited for this link has landed (落地)
 * - local:       a firm already in the district works in this link
 * - in_progress: at least one live target (lead / contact / signed) is being recruited
 * - gap:         none of the above (缺口)
 * Paused and lost targets do not cover a link.
 */
export const COVERAGE_LEVELS = ['landed', 'local', 'in_progress', 'gap'] as const;
export type Coverage = (typeof COVERAGE_LEVELS)[number];

export interface LinkFacts {
  localFirms: number;
  liveTargets: number;
  landedTargets: number;
}

export function linkCoverage({ localFirms, liveTargets, landedTargets }: LinkFacts): Coverage {
  if (landedTargets > 0) return 'landed';
  if (localFirms > 0) return 'local';
  if (liveTargets > 0) return 'in_progress';
  return 'gap';
}

export interface CoverageSummary {
  links: number;
  covered: number;
  gaps: number;
  /** Share of links that are not gaps, in %, one decimal; 0 for a chain without links. */
  coveredPct: number;
  byCoverage: Record<Coverage, number>;
}

export function summarizeCoverage(levels: readonly Coverage[]): CoverageSummary {
  const byCoverage: Record<Coverage, number> = { landed: 0, local: 0, in_progress: 0, gap: 0 };
  for (const c of levels) byCoverage[c]++;
  const links = levels.length;
  const gaps = byCoverage.gap;
  const covered = links - gaps;
  return { links, covered, gaps, coveredPct: links ? Math.round((covered / links) * 1000) / 10 : 0, byCoverage };
}
