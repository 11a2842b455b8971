import { describe, expect, it } from '@jest/globals';
import { totalAreaM2 } from './carrier-area.util';

describe('totalAreaM2', () => {
  it.each([
    // area,  unit,     m²
    [12_000, 'm2', 12_000],
    [1.5, '万方', 15_000], // 1.5 × 10,000
    [100, '万方', 1_000_000], // Yuzhong 表1 核心载体面积 2027
    [3052, '亩', null], // land, not floor space: kept in 亩 as the plan gives it
    [null, 'm2', null],
    [undefined, '万方', null],
    [500, undefined, null],
    [500, null, null],
  ] as const)('%s %s -> %s', (area, unit, expected) => {
    expect(totalAreaM2(area, unit)).toBe(expected);
  });
});
