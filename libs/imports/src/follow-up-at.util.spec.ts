import { describe, expect, it } from '@jest/globals';
import { parseFollowUpAt } from './follow-up-at.util';

describe('parseFollowUpAt', () => {
  it.each([
    // Shanghai wall clock is UTC+8: 09:30 there is 01:30Z
    ['2026-03-01 09:30', '2026-03-01T01:30:00.000Z'],
    ['2026-03-01 09:30:15', '2026-03-01T01:30:15.000Z'],
    ['2026/3/1 9:30', '2026-03-01T01:30:00.000Z'],
    ['2026.03.01 09:30', '2026-03-01T01:30:00.000Z'],
    ['2026年3月1日 9:30', '2026-03-01T01:30:00.000Z'],
    ['2026-03-01T09:30', '2026-03-01T01:30:00.000Z'],
    ['2026-03-01 09：30', '2026-03-01T01:30:00.000Z'], // full-width colon from a Chinese IME
    ['  2026-03-01 09:30  ', '2026-03-01T01:30:00.000Z'],
    // a date alone is due at 09:00 Shanghai
    ['2026-03-01', '2026-03-01T01:00:00.000Z'],
    ['2026年3月1日', '2026-03-01T01:00:00.000Z'],
    // 00:30 Shanghai is still the previous day in UTC
    ['2026-03-01 00:30', '2026-02-28T16:30:00.000Z'],
    // ISO 8601 with its own offset is taken as written
    ['2026-03-01T01:30:00Z', '2026-03-01T01:30:00.000Z'],
    ['2026-03-01T09:30:00+08:00', '2026-03-01T01:30:00.000Z'],
    ['2026-03-01T09:30:00.000+08:00', '2026-03-01T01:30:00.000Z'],
    ['2026-02-28T20:30:00-05:00', '2026-03-01T01:30:00.000Z'],
    // Excel date cells arrive as serials: 46082 = 2026-03-01, .395833… = 09:30 (float noise rounded away)
    ['46082.39583333333', '2026-03-01T01:30:00.000Z'],
    ['46082', '2026-03-01T01:00:00.000Z'], // a date cell without time: 09:00 like a typed date
    ['46082.0', '2026-03-01T01:00:00.000Z'],
    ['46082.5', '2026-03-01T04:00:00.000Z'],
    ['2024-02-29 10:00', '2024-02-29T02:00:00.000Z'], // leap day
  ])('%s → %s', (text, iso) => {
    expect(parseFollowUpAt(text)?.toISOString()).toBe(iso);
  });

  it.each([[''], ['   ']])('empty %j → null', (text) => {
    expect(parseFollowUpAt(text)).toBeNull();
  });

  it.each([
    ['next week'],
    ['下周一'],
    ['2026-02-30 09:00'], // no such day
    ['2025-02-29'], // not a leap year
    ['2026-13-01'],
    ['2026-03-01 24:00'],
    ['2026-03-01 09:60'],
    ['2026-02-30T09:00:00Z'], // JavaScript's Date would roll this over to March 2
    ['0026-03-01'], // typo'd year
    ['2126-03-01'],
    ['1999-12-31 23:59'],
    ['20260301'], // a number, but not an Excel date in range
    ['46082,5'],
    ['-46082'],
    ['2026-03-01 9'],
    ['01/03/2026'], // day-first order is ambiguous
  ])('%j → undefined', (text) => {
    expect(parseFollowUpAt(text)).toBeUndefined();
  });
});
