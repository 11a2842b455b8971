import { targetReadScope, type UserContext } from '@crm/access';
import type { TargetFilterDto } from '@crm/pipeline';
import type { Period } from '../cockpit-query';

/**
 * The caller's read scope as a cache key: the very SQL condition and parameters the figures are
 * filtered by, so two callers share an entry only when their figures are the same rows (a leader
 * and an admin do; two promoters of one team do not, each sees "own + team" from their own id).
 */
export function scopeKey(ctx: UserContext): string {
  return JSON.stringify(targetReadScope(ctx));
}

/** The target filters, and only those (a period or year in the same query object is keyed apart). */
export function filterKey(f: TargetFilterDto): string {
  return JSON.stringify([f.chainId ?? null, f.ownerId ?? null, f.method ?? null, f.stage ?? null]);
}

const HOUR = 3_600_000;

/**
 * Flow figures are kept per period length (hours), not per exact period: "the last 30 days" asked a
 * minute later is the same entry, reused if no stage change lies between the two periods (windowDelta).
 */
export function periodLengthKey(p: Period): string {
  return `${Math.round((p.to.getTime() - p.from.getTime()) / HOUR)}h`;
}

/**
 * Where two periods differ: stage changes in these intervals are in one period and not the other.
 * Covers the symmetric difference of [a.from, a.to) and [b.from, b.to) (exactly, when they overlap;
 * with the gap between them when they do not, which only makes the check stricter). Empty when equal.
 */
export function windowDelta(a: Period, b: Period): Period[] {
  const span = (x: Date, y: Date): Period => (x.getTime() <= y.getTime() ? { from: x, to: y } : { from: y, to: x });
  return [span(a.from, b.from), span(a.to, b.to)].filter((i) => i.from.getTime() < i.to.getTime());
}
