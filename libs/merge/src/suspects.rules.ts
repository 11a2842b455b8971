/** A firm of a suspected group, as the rules read it. */
export interface SuspectCandidate {
  id: number;
  creditCode: string | null;
}

/** A pair of firm ids in one order (lower first): the key of a 非重复 mark. */
export const pairKey = (a: number, b: number): string => (a < b ? `${a}-${b}` : `${b}-${a}`);

/**
 * Two firms sharing a normalised name are suspected duplicates unless both carry credit codes and
 * they differ (two legal entities), or someone marked them 非重复.
 */
export function suspectedPair(a: SuspectCandidate, b: SuspectCandidate, dismissed: ReadonlySet<string>): boolean {
  if (a.creditCode && b.creditCode && a.creditCode !== b.creditCode) return false;
  return !dismissed.has(pairKey(a.id, b.id));
}

/**
 * The groups to report: each keeps only firms still suspected with another firm of the group; a
 * group left with fewer than two is dropped, and groups that end up with the same firms are listed
 * once (the first, by key). Each group names its 非重复 pairs, so the screen offers no merge for them.
 */
export function suspectedGroups<F extends SuspectCandidate, G extends { key: string; firms: F[] }>(
  groups: readonly G[],
  dismissed: ReadonlySet<string>,
): (G & { dismissedPairs: [number, number][] })[] {
  const seen = new Set<string>();
  const out: (G & { dismissedPairs: [number, number][] })[] = [];
  for (const g of groups) {
    const firms = g.firms.filter((a) => g.firms.some((b) => b.id !== a.id && suspectedPair(a, b, dismissed)));
    if (firms.length < 2) continue;
    const ids = firms.map((f) => f.id).join(',');
    if (seen.has(ids)) continue;
    seen.add(ids);
    const dismissedPairs = firms.flatMap((a, i) =>
      firms.slice(i + 1).flatMap((b) => (dismissed.has(pairKey(a.id, b.id)) ? [[Math.min(a.id, b.id), Math.max(a.id, b.id)] as [number, number]] : [])),
    );
    out.push({ ...g, firms, dismissedPairs });
  }
  return out;
}
