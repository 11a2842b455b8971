import { describe, expect, it } from '@jest/globals';
import { cellDate, cellDateTime, money } from './format.util';

describe('cellDateTime', () => {
  it.each([
    [new Date('2026-03-16T02:00:00Z'), '2026-03-16 10:00'],
    ['2026-12-31T16:30:00Z', '2027-01-01 00:30'], // past midnight in Shanghai: next day, next year
    [null, ''],
    ['not a date', ''],
  ])('%p → %p', (input, expected) => {
    expect(cellDateTime(input)).toBe(expected);
  });
});

describe('cellDate', () => {
  it.each([
    ['2026-03-16', '2026-03-16'],
    [new Date('2026-03-15T16:00:00Z'), '2026-03-16'],
    [undefined, ''],
  ])('%p → %p', (input, expected) => {
    expect(cellDate(input)).toBe(expected);
  });
});

describe('money', () => {
  it.each([
    ['1200.50', 1200.5],
    [3000, 3000],
    [null, null],
    ['', null],
    ['abc', null],
  ])('%p → %p', (input, expected) => {
    expect(money(input)).toBe(expected);
  });
});
