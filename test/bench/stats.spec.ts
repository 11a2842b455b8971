import { floorRatio, percentile, summarise } from './stats';

describe('percentile (nearest rank)', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it.each([
    [ten, 50, 5],
    [ten, 95, 10], // rank ceil(9.5) = 10
    [ten, 90, 9],
    [ten, 99, 10],
    [ten, 0, 1],
    [[7], 50, 7],
    [[7], 99, 7],
  ])('%j p%d = %d', (sorted, p, expected) => {
    expect(percentile(sorted, p)).toBe(expected);
  });

  it('is NaN for no samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarise', () => {
  it('sorts the samples and counts requests per second', () => {
    // 100 samples 100..1 ms over 4 s: 25 req/s; p50 = 50, p95 = 95, p99 = 99
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarise(samples, 4, 1, 2)).toEqual({ requests: 100, errors: 1, non2xx: 2, p50: 50, p95: 95, p99: 99, rps: 25 });
  });
});

describe('floorRatio', () => {
  it.each([
    [10, 5, 2],
    [3, 2, 1.5],
    [1, 3, 0.33],
    [10, undefined, undefined],
    [10, 0, undefined],
    [NaN, 2, undefined],
  ])('api %d / floor %d = %d', (api, floor, expected) => {
    expect(floorRatio(api, floor)).toBe(expected);
  });
});
