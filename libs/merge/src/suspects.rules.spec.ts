import { describe, expect, it } from '@jest/globals';
import { pairKey, suspectedGroups } from './suspects.rules';

const f = (id: number, creditCode: string | null = null) => ({ id, creditCode });
const group = (key: string, ...firms: ReturnType<typeof f>[]) => ({ key, firms });

describe('suspectedGroups', () => {
  it.each<[string, ReturnType<typeof group>[], string[], [string, number[], [number, number][]][]]>([
    ['two firms without codes: suspected', [group('甲', f(1), f(2))], [], [['甲', [1, 2], []]]],
    ['one code, one without: suspected', [group('甲', f(1, 'A'), f(2))], [], [['甲', [1, 2], []]]],
    ['the same code: suspected', [group('甲', f(1, 'A'), f(2, 'A'))], [], [['甲', [1, 2], []]]],
    ['two different codes: two legal entities', [group('甲', f(1, 'A'), f(2, 'B'))], [], []],
    ['marked 非重复: left out', [group('甲', f(1), f(2))], ['1-2'], []],
    ['three firms, one pair 非重复: the group stays and names the pair', [group('甲', f(1), f(2), f(3))], ['1-3'], [['甲', [1, 2, 3], [[1, 3]]]]],
    ['three firms, two pairs 非重复: the firm left alone drops out', [group('甲', f(1), f(2), f(3))], ['1-2', '1-3'], [['甲', [2, 3], []]]],
    ['groups that end up alike are listed once', [group('甲', f(1), f(2), f(3)), group('乙', f(2), f(3))], ['1-2', '1-3'], [['甲', [2, 3], []]]],
  ])('%s', (_, groups, dismissed, expected) => {
    expect(suspectedGroups(groups, new Set(dismissed)).map((g) => [g.key, g.firms.map((x) => x.id), g.dismissedPairs])).toEqual(expected);
  });

  it('a pair has one key in either order', () => {
    expect([pairKey(7, 3), pairKey(3, 7)]).toEqual(['3-7', '3-7']);
  });
});
