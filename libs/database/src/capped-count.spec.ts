import { describe, expect, it } from '@jest/globals';
import { cappedTotal, countLimit, EXACT_COUNT_UP_TO } from './capped-count';

describe('capped list counts', () => {
  it.each([
    // skip, take, cap, limit
    [0, 25, 1000, 1001],
    [975, 25, 1000, 1001],
    [1000, 25, 1000, 1026],
    [5000, 100, 1000, 5101],
    [0, 25, 10, 26],
  ])('a page at %i of %i with a cap of %i reads at most %i rows', (skip, take, cap, limit) => {
    expect(countLimit(skip, take, cap)).toBe(limit);
  });

  it.each([
    // counted, limit, total
    [0, 1001, 0],
    [319, 1001, 319],
    [1000, 1001, 1000],
    [1001, 1001, null],
    [1026, 1026, null],
  ])('%i rows counted with a limit of %i gives the total %p', (counted, limit, total) => {
    expect(cappedTotal(counted, limit)).toBe(total);
  });

  it('counts lists exactly up to a thousand rows', () => expect(EXACT_COUNT_UP_TO).toBe(1000));
});
