import { COVERAGE_COLORS, LINK_POSITIONS } from '../config/domain';
import type { ChainMap, MapLink } from '../providers/dataProvider';

/** A node of the ECharts tree series. */
export interface TreeNode {
  name: string;
  /** The link's id for link nodes; absent on the chain and position nodes. */
  linkId?: number;
  value?: string;
  itemStyle?: { color: string; borderColor?: string; borderWidth?: number };
  symbolSize?: number;
  label?: { color?: string; fontWeight?: 'bold' | 'normal' };
  children?: TreeNode[];
}

export interface TreeLabels {
  position: (p: string) => string;
  coverage: (c: MapLink['coverage']) => string;
  gap: string;
}

/** How a link reads on the map: its name, the plan's action, and its coverage. */
export const linkLabel = (link: MapLink, labels: TreeLabels): string =>
  `${link.name}${link.action ? `【${link.action}】` : ''} · ${link.gap ? labels.gap : labels.coverage(link.coverage)}`;

/**
 * The chain as a tree: chain → position (upstream / midstream / downstream / sub-domain) → links,
 * each link coloured by coverage and a gap drawn larger with a thick red ring.
 * Positions without links are left out; links keep the plan's order.
 */
export function chainTree(map: ChainMap, labels: TreeLabels): TreeNode {
  const order = (p: string) => {
    const i = (LINK_POSITIONS as readonly string[]).indexOf(p);
    return i < 0 ? LINK_POSITIONS.length : i;
  };
  const positions = [...new Set(map.links.map((l) => l.position))].sort((a, b) => order(a) - order(b));
  const byPosition = positions.map<TreeNode>((p) => ({
    name: labels.position(p),
    itemStyle: { color: '#546e7a' },
    children: map.links
      .filter((l) => l.position === p)
      .sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.id - b.id)
      .map((l) => ({
        name: linkLabel(l, labels),
        linkId: l.id,
        value: l.coverage,
        symbolSize: l.gap ? 18 : 12,
        itemStyle: l.gap
          ? { color: COVERAGE_COLORS.gap, borderColor: '#7f0000', borderWidth: 3 }
          : { color: COVERAGE_COLORS[l.coverage] },
        label: l.gap ? { color: COVERAGE_COLORS.gap, fontWeight: 'bold' } : undefined,
      })),
  }));
  return {
    name: `${map.chain.name}${map.chain.action ? `【${map.chain.action}】` : ''}`,
    itemStyle: { color: '#263238' },
    symbolSize: 16,
    children: positions.length === 1 ? byPosition[0].children : byPosition,
  };
}
