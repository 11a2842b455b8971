import { formatPathTable, PathResult, verdicts, width } from './report';
import type { LoadFigures } from './stats';

const figures = (p50: number, p95: number, non2xx = 0): LoadFigures => ({ requests: 100, errors: 0, non2xx, p50, p95, p99: p95 + 1, rps: 500 });
const result = (over: Partial<PathResult>): PathResult => ({ name: 'x', user: 'leader', group: 'list', url: '/x', ...over });

describe('verdicts', () => {
  it.each([
    ['list fast and near the floor', result({ api: figures(8, 40), floor: figures(5, 9) }), [true, true]], // 8 / 5 = 1.6 ≤ 2
    ['list slow', result({ api: figures(30, 60), floor: figures(5, 9) }), [false, false]], // 60 > 50; 30 / 5 = 6 > 2
    ['list with no floor', result({ api: figures(8, 40) }), [true, undefined]],
    ['list with errors', result({ api: figures(8, 40, 3), floor: figures(5, 9) }), [undefined, true]],
    ['cockpit within 150 ms', result({ group: 'cockpit', api: figures(60, 149) }), [true]],
    ['cockpit over 150 ms', result({ group: 'cockpit', api: figures(60, 151) }), [false]],
    ['timeline has no goal', result({ group: 'timeline', api: figures(60, 151) }), []],
  ])('%s', (_n, r, expected) => {
    expect(verdicts(r).map((v) => v.met)).toEqual(expected);
  });
});

describe('width', () => {
  it.each([
    ['abc', 3],
    ['科技', 4],
    ['firms 科技', 10],
  ])('%s is %d columns', (s, w) => expect(width(s)).toBe(w));
});

describe('formatPathTable', () => {
  it('aligns columns and says why a path was skipped', () => {
    const table = formatPathTable([
      result({ name: 'targets.list', api: figures(8, 40), floor: figures(4, 9) }),
      result({ name: 'cockpit', group: 'cockpit', note: 'route not in /api/docs-json' }),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('| 8 ');
    expect(lines[2]).toContain('| 2 '); // 8 / 4
    expect(lines[2]).toContain('p95 ≤ 50 ms: met');
    expect(lines[3]).toContain('skipped: route not in /api/docs-json');
    // every row is as wide as the header up to the last column
    const firstBar = lines[0].indexOf('|');
    expect(lines[2].indexOf('|')).toBe(firstBar);
  });
});
