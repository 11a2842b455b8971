import { benchFirmName, INDUSTRY, NAME_SPACE, NAME_STRIDE } from './names';

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

describe('bench firm names', () => {
  it('the stride is coprime to the name space, so k -> name is a bijection', () => {
    expect(gcd(NAME_STRIDE, NAME_SPACE)).toBe(1);
  });

  it('gives 100,000 distinct names for the first 100,000 rows', () => {
    const names = new Set(Array.from({ length: 100_000 }, (_, k) => benchFirmName(k)));
    expect(names.size).toBe(100_000);
  });

  it.each([
    // 6 of the 20 industry words contain 科技: about 30% of names
    ['科技', 0.27, 0.33],
    // one brand (first + second syllable) out of 3,600: a few dozen firms in 100,000
    [benchFirmName(12345).slice(0, 2), 0.0001, 0.001],
  ])('fragment %s matches between %d and %d of the names', (fragment, low, high) => {
    const n = 100_000;
    let hits = 0;
    for (let k = 0; k < n; k++) if (benchFirmName(k).includes(fragment)) hits++;
    expect(hits / n).toBeGreaterThanOrEqual(low);
    expect(hits / n).toBeLessThanOrEqual(high);
  });

  it('industry words with 科技 are six of twenty', () => {
    expect(INDUSTRY.filter((w) => w.includes('科技'))).toHaveLength(6);
  });
});
