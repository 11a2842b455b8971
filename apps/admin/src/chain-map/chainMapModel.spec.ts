import { describe, expect, it } from '@jest/globals';
import type { MapLink } from '../providers/dataProvider';
import { isFlow, linkGroups, newTargetPath } from './chainMapModel';

const link = (over: Partial<MapLink>): MapLink => ({
  id: 1,
  code: 'L',
  name: 'CAD',
  position: 'upstream',
  action: null,
  sortOrder: 0,
  version: 1,
  localFirms: [],
  liveByStage: { lead: 0, contact: 0, signed: 0 },
  liveCount: 0,
  landedCount: 0,
  targets: [],
  targetsTotal: 0,
  coverage: 'gap',
  gap: true,
  ...over,
});

describe('linkGroups', () => {
  it.each<[string, MapLink[], [string, number[], number][]]>([
    [
      'upstream → midstream → downstream, whatever the order links arrive in; plan order inside a group',
      [
        link({ id: 3, position: 'downstream', coverage: 'landed', gap: false }),
        link({ id: 1, position: 'upstream', sortOrder: 2 }),
        link({ id: 2, position: 'upstream', sortOrder: 1, coverage: 'lead_only', gap: true }),
        link({ id: 4, position: 'midstream', coverage: 'local', gap: false }),
      ],
      [
        ['upstream', [2, 1], 2],
        ['midstream', [4], 0],
        ['downstream', [3], 0],
      ],
    ],
    [
      'sub-domains in one group',
      [link({ id: 5, position: 'sub-domain', gap: false, coverage: 'in_progress' }), link({ id: 6, position: 'sub-domain' })],
      [['sub-domain', [5, 6], 1]],
    ],
    ['same sort order → by id', [link({ id: 9 }), link({ id: 7 })], [['upstream', [7, 9], 2]]],
    ['an empty chain has no groups', [], []],
  ])('%s', (_, links, expected) => {
    expect(linkGroups({ links }).map((g) => [g.position, g.links.map((l) => l.id), g.uncovered])).toEqual(expected);
  });
});

describe('isFlow and newTargetPath', () => {
  it.each<[string[], boolean]>([
    [['upstream', 'downstream'], true],
    [['midstream'], true],
    [['sub-domain'], false],
  ])('%j → %p', (positions, flow) => {
    expect(isFlow(positions.map((position) => ({ position, links: [], uncovered: 0 })))).toBe(flow);
  });
  it('fills chain and link into the create form', () => {
    expect(decodeURIComponent(newTargetPath(3, 42))).toBe('/targets/create?source={"_chainId":3,"chainLinkId":42}');
  });
});
