import { LINK_POSITIONS } from '../config/domain';
import type { ChainMap, MapLink } from '../providers/dataProvider';

/**
 * The chain map's shaping, tested without a browser: links grouped by the plan's own grouping
 * (upstream → midstream → downstream, or sub-domains), each group in the plan's order.
 */
export interface LinkGroup {
  position: string;
  links: MapLink[];
  /** Links in the group the coverage figure does not count as covered (gap or only uncontacted leads). */
  uncovered: number;
}

const positionOrder = (p: string) => {
  const i = (LINK_POSITIONS as readonly string[]).indexOf(p);
  return i < 0 ? LINK_POSITIONS.length : i;
};

export function linkGroups(map: Pick<ChainMap, 'links'>): LinkGroup[] {
  const positions = [...new Set(map.links.map((l) => l.position))].sort((a, b) => positionOrder(a) - positionOrder(b) || a.localeCompare(b));
  return positions.map((position) => {
    const links = map.links.filter((l) => l.position === position).sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.id - b.id);
    return { position, links, uncovered: links.filter((l) => l.gap).length };
  });
}

/** A chain drawn as a flow (上游 → 中游 → 下游) rather than a set of sub-domains side by side. */
export const isFlow = (groups: LinkGroup[]): boolean =>
  groups.some((g) => g.position === 'upstream' || g.position === 'midstream' || g.position === 'downstream');

/** The target create form, filled in for one link (react-admin reads `?source=` as the new record). */
export const newTargetPath = (chainId: number, chainLinkId: number): string =>
  `/targets/create?source=${encodeURIComponent(JSON.stringify({ _chainId: chainId, chainLinkId }))}`;
