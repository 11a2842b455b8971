import { describe, expect, it } from '@jest/globals';
import type { ChainMap, MapLink } from '../providers/dataProvider';
import { chainTree, linkLabel, type TreeLabels } from './chainMapModel';

const labels: TreeLabels = { position: (p) => `P:${p}`, coverage: (c) => `C:${c}`, gap: '缺口' };

const link = (over: Partial<MapLink>): MapLink => ({
  id: 1, code: 'L1', name: 'CAD', position: 'upstream', action: null, sortOrder: 0, version: 1, localFirms: [], liveByStage: { lead: 0, contact: 0, signed: 0 }, liveCount: 0, landedCount: 0, targets: [], targetsTotal: 0, coverage: 'gap', gap: true, ...over,
});

const map = (links: MapLink[]): ChainMap => ({
  chain: { id: 9, planId: 1, code: 'C9', name: '工业软件', kind: '产业链', action: '建链', version: 1 },
  summary: { links: links.length, covered: 0, gaps: 0, coveredPct: 0, byCoverage: { landed: 0, local: 0, in_progress: 0, lead_only: 0, gap: 0 }, ownerFirms: [] },
  links,
});

describe('linkLabel', () => {
  it.each([
    [link({ name: 'CAD', action: '补链', coverage: 'gap', gap: true }), 'CAD【补链】 · 缺口'],
    [link({ name: 'MES', action: null, coverage: 'local', gap: false }), 'MES · C:local'],
    [link({ name: 'EDA', action: '强链', coverage: 'in_progress', gap: false }), 'EDA【强链】 · C:in_progress'],
  ])('%#', (l, expected) => {
    expect(linkLabel(l, labels)).toBe(expected);
  });
});

describe('chainTree', () => {
  it('groups links by position in chain order and colours them by coverage', () => {
    const tree = chainTree(
      map([
        link({ id: 3, name: 'MES', position: 'downstream', coverage: 'landed', gap: false }),
        link({ id: 1, name: 'CAD', position: 'upstream', coverage: 'gap', gap: true, sortOrder: 2 }),
        link({ id: 2, name: 'CAE', position: 'upstream', coverage: 'local', gap: false, sortOrder: 1 }),
      ]),
      labels,
    );
    expect(tree.name).toBe('工业软件【建链】');
    expect(tree.children!.map((c) => c.name)).toEqual(['P:upstream', 'P:downstream']);
    const upstream = tree.children![0].children!;
    expect(upstream.map((n) => n.linkId)).toEqual([2, 1]); // sortOrder 1 before 2
    expect(upstream[0].itemStyle).toEqual({ color: '#66bb6a' }); // local counts as covered
    expect(upstream[1]).toMatchObject({ value: 'gap', symbolSize: 18, itemStyle: { color: '#d32f2f', borderWidth: 3 } });
    expect(tree.children![1].children![0].itemStyle).toEqual({ color: '#2e7d32' });
  });

  it('puts links straight under the chain when the plan names no positions', () => {
    const tree = chainTree(map([link({ id: 1, position: 'sub-domain', coverage: 'in_progress', gap: false })]), labels);
    expect(tree.children).toHaveLength(1);
    expect(tree.children![0]).toMatchObject({ linkId: 1, itemStyle: { color: '#ffa000' } });
  });

  it('draws an empty chain as a lone root', () => {
    expect(chainTree(map([]), labels).children).toEqual([]);
  });
});
