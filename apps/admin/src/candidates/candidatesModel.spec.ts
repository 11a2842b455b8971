import { describe, expect, it } from '@jest/globals';
import { DEFAULT_FIT_WEIGHTS, type FitComponent } from '@crm/contracts';
import { addable, barSegments, fullScore } from './candidatesModel';

const c = (component: FitComponent['component'], points: number, max: number): FitComponent => ({ component, points, max, source: '', noData: false });

describe('candidates model', () => {
  it.each<[string, FitComponent[], { component: string; percent: number }[]]>([
    [
      'shares of the full score, zero components left out',
      [c('tags', 10, 20), c('industry', 0, 20), c('city', 5, 10)],
      [
        { component: 'tags', percent: 20 },
        { component: 'city', percent: 10 },
      ],
    ],
    ['no weights at all: no bar', [c('tags', 0, 0)], []],
  ])('barSegments: %s', (_case, components, expected) => {
    expect(barSegments(components).map(({ component, percent }) => ({ component, percent }))).toEqual(expected);
  });

  it('fullScore adds the weights', () => {
    expect(fullScore(DEFAULT_FIT_WEIGHTS)).toBe(100);
  });

  it('addable keeps the chosen firms no other team holds', () => {
    const rows = [
      { firmId: 1, claim: 'free' },
      { firmId: 2, claim: 'other' },
      { firmId: 3, claim: 'mine' },
      { firmId: 4, claim: 'free' },
    ];
    expect(addable(new Set([1, 2, 3]), rows)).toEqual([1, 3]);
  });
});
