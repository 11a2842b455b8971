import { describe, expect, it } from '@jest/globals';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatMoneyPerDay,
  formatNumber,
  formatPercent,
  fromShanghaiInput,
  shanghaiToday,
  toShanghaiInput,
} from './format';

describe('formatMoney', () => {
  it.each([
    [null, '—'],
    [undefined, '—'],
    ['', '—'],
    ['abc', '—'],
    [0, '0 万元'],
    [850, '850 万元'],
    [1234.5, '1,234.5 万元'],
    ['2500.25', '2,500.25 万元'],
    [9999.99, '9,999.99 万元'],
    [10000, '1.00 亿元'], // 10000 万元 = 1 亿元
    [125000, '12.50 亿元'],
    [-20000, '-2.00 亿元'],
  ])('%p → %p', (input, expected) => {
    expect(formatMoney(input as number | string | null | undefined, 'zh-CN')).toBe(expected);
  });

  // English: 1 万元 = 10,000 yuan; M = 10^6, B = 10^9 yuan.
  it.each([
    [null, '—'],
    [0, 'CNY 0'],
    [5, 'CNY 50,000'], // 5 × 10,000
    [99.99, 'CNY 999,900'],
    [100, 'CNY 1 M'], // 100 × 10,000 = 1,000,000
    [3000, 'CNY 30 M'],
    [1234.5, 'CNY 12.35 M'], // 12,345,000 → 12.345 M, two decimals
    [99_999, 'CNY 999.99 M'],
    [100_000, 'CNY 1.00 B'], // 10 亿元
    [125_000, 'CNY 1.25 B'],
    [-20_000, 'CNY -200 M'],
  ])('en: %p → %p', (input, expected) => {
    expect(formatMoney(input, 'en')).toBe(expected);
  });

  it.each([
    [1907.69, 'zh-CN', '1,907.69 万元/天'],
    [1907.69, 'en', 'CNY 19.08 M/day'],
    [null, 'en', '—'],
  ] as const)('per day: %p in %s → %p', (input, locale, expected) => {
    expect(formatMoneyPerDay(input, locale)).toBe(expected);
  });
});

describe('Shanghai times', () => {
  it.each([
    ['2025-03-01T08:30:00Z', '2025-03-01 16:30'],
    ['2025-03-01T16:00:00Z', '2025-03-02 00:00'], // past midnight in Shanghai, still the 1st in UTC
    ['2024-12-31T15:59:00Z', '2024-12-31 23:59'],
    [null, '—'],
    ['not a date', '—'],
  ])('formatDateTime(%p) = %p', (iso, expected) => {
    expect(formatDateTime(iso)).toBe(expected);
  });

  it.each([
    ['2025-03-01T08:30:05Z', '2025-03-01 16:30:05'],
    ['2024-12-31T15:59:59.900Z', '2024-12-31 23:59:59'],
    [null, '—'],
  ])('formatDateTime(%p, { seconds }) = %p', (iso, expected) => {
    expect(formatDateTime(iso, { seconds: true })).toBe(expected);
  });

  it.each([
    ['2025-03-01T15:59:59Z', '2025-03-01'],
    ['2025-03-01T16:00:00Z', '2025-03-02'],
  ])('formatDate(%p) = %p', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it.each([
    ['2025-03-01T16:30', '2025-03-01T08:30:00.000Z'],
    ['2025-03-02T00:00', '2025-03-01T16:00:00.000Z'],
    ['', null],
    ['garbage', null],
  ])('fromShanghaiInput(%p) = %p', (local, iso) => {
    expect(fromShanghaiInput(local)).toBe(iso);
  });

  it('round-trips an instant through the datetime-local value', () => {
    expect(toShanghaiInput('2025-03-01T16:00:00Z')).toBe('2025-03-02T00:00');
    expect(fromShanghaiInput(toShanghaiInput('2025-06-30T23:15:00.000Z'))).toBe('2025-06-30T23:15:00.000Z');
    expect(toShanghaiInput(null)).toBe('');
  });

  it('takes today from Shanghai, not UTC', () => {
    expect(shanghaiToday(new Date('2025-05-31T17:00:00Z'))).toBe('2025-06-01');
  });
});

describe('formatNumber and formatPercent', () => {
  it.each<[number | string | null, string]>([
    [5584, '5,584'],
    [1907.694, '1,907.69'],
    ['6520', '6,520'],
    [0.35, '0.35'],
    [-940, '-940'],
    [null, '—'],
    ['x', '—'],
  ])('formatNumber(%p) = %p', (v, expected) => {
    expect(formatNumber(v)).toBe(expected);
  });
  it.each<[number | null, string]>([
    [0.43, '0.4%'],
    [85.6, '85.6%'],
    [1234.56, '1,234.6%'],
    [null, '—'],
  ])('formatPercent(%p) = %p', (v, expected) => {
    expect(formatPercent(v)).toBe(expected);
  });
});
