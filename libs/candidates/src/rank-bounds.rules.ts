/**
 * The ranking in two stages (候选企业). Every component of the fit score but one reads the firm's
 * own row; the relationship component also reads the firm's targets and the contact logs the
 * caller may see, a lookup per firm. Before those are read a firm's total lies between its score
 * with neither (low) and with both (high): the relationship's fraction, its points, the sum and
 * the rounding all only grow with them. A firm whose high stays under the page's bar — the
 * `reach`-th best low — has at least `reach` firms surely ahead of it, so only the others need
 * their targets and logs read to rank the first `reach` places exactly. Reading them highest high
 * first, in growing batches, stops even sooner: once `reach` firms are scored exactly, a firm whose
 * high stays under the `reach`-th best score cannot take a place, nor can any after it. Pure rules:
 * the reading is a callback.
 */
import { compareFit, fitScore, pointsOf, relationshipFraction, totalOf, type FirmFitFacts, type FitContext } from './fit-score.rules';

/** The facts read in the second stage: the firm's live targets and the caller's visible contact logs. */
export type RelationshipFacts = Pick<FirmFitFacts, 'liveTargets' | 'firstClaimedOn' | 'visibleLogs' | 'lastLogOn'>;
/** The facts of the firm's own row (the first stage). */
export type OwnFitFacts = Omit<FirmFitFacts, keyof RelationshipFacts>;

export interface ScoreBounds {
  /** The total with no live target and no visible log. */
  low: number;
  /** The total with both (their counts and dates do not change the points). */
  high: number;
}

const NEITHER: RelationshipFacts = { liveTargets: 0, firstClaimedOn: null, visibleLogs: 0, lastLogOn: null };

/** All the fit score reads. Written out, not spread: spreading ran at ~12 µs a firm, the ranking's main cost over 1,000 firms. */
export function withRelationship(f: OwnFitFacts, r: RelationshipFacts): FirmFitFacts {
  return {
    tags: f.tags,
    industry: f.industry,
    businessScope: f.businessScope,
    profileText: f.profileText,
    registeredCapital: f.registeredCapital,
    hqCity: f.hqCity,
    isLocal: f.isLocal,
    matches: f.matches,
    liveTargets: r.liveTargets,
    firstClaimedOn: r.firstClaimedOn,
    visibleLogs: r.visibleLogs,
    lastLogOn: r.lastLogOn,
  };
}

/**
 * The least and the most the firm can score, whatever its targets and logs (exact: the same rules
 * compute both; the high is the low's components with the relationship's points at their most).
 */
export function scoreBounds(f: OwnFitFacts, ctx: FitContext): ScoreBounds {
  const { total: low, components } = fitScore(withRelationship(f, NEITHER), ctx, { sources: false });
  // Nothing to learn when the relationship gives no points.
  if (ctx.weights.relationship === 0) return { low, high: low };
  const most = pointsOf(ctx.weights.relationship, relationshipFraction({ isLocal: f.isLocal, liveTargets: 1, visibleLogs: 1 }));
  return { low, high: totalOf(components.map((c) => (c.component === 'relationship' ? most : c.points))) };
}

/**
 * The firms that may still take one of the first `reach` places (skip + take): every firm whose
 * high reaches the `reach`-th best low (a tie may still win on the firm id). All of them when
 * there are no more than `reach`.
 */
export function mayReachPage<T extends ScoreBounds>(firms: readonly T[], reach: number): T[] {
  if (reach <= 0) return [];
  if (firms.length <= reach) return [...firms];
  const lows = Float64Array.from(firms, (f) => f.low).sort();
  const bar = lows[lows.length - reach];
  return firms.filter((f) => f.high >= bar);
}

/** The first batch of firms to read is this many times `reach`; each further batch is twice the last. */
export const FIRST_BATCH = 2;

/**
 * Scores exactly, batch by batch, the firms that may take one of the first `reach` places, the
 * highest high first, until the rest cannot (see above). Returns the firms scored, in ranking
 * order: their first `reach` are the ranking's first `reach`. `score` reads and scores a batch.
 */
export async function scoreUntilSettled<T extends ScoreBounds & { firmId: number }, S extends { score: number; firmId: number }>(
  firms: readonly T[],
  reach: number,
  score: (batch: T[]) => Promise<S[]>,
): Promise<S[]> {
  const queue = mayReachPage(firms, reach).sort((a, b) => b.high - a.high || a.firmId - b.firmId);
  const scored: S[] = [];
  let next = 0;
  let size = Math.max(1, FIRST_BATCH * reach);
  while (next < queue.length && !settled(scored, queue[next].high, reach)) {
    scored.push(...(await score(queue.slice(next, next + size))));
    scored.sort(compareFit);
    next += size;
    size *= 2;
  }
  return scored;
}

/** Whether no firm with at most `high` can take one of the first `reach` places of the (sorted) scored firms. */
export function settled(scored: readonly { score: number }[], high: number, reach: number): boolean {
  return reach <= 0 || (scored.length >= reach && high < scored[reach - 1].score);
}
