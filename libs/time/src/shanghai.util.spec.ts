import { describe, expect, it } from '@jest/globals';
import { addDays, shanghaiAt, shanghaiDate, shanghaiDateTime, shanghaiDayBounds, shanghaiWeekBounds, shanghaiYear } from './shanghai.util';

describe('shanghaiDate', () => {
  it.each([
    ['2026-03-01T15:59:59Z', '2026-03-01'], // 23:59:59 in Shanghai
    ['2026-03-01T16:00:00Z', '2026-03-02'], // midnight in Shanghai (UTC+8)
    ['2026-12-31T16:30:00Z', '2027-01-01'],
    ['2026-06-15T00:00:00Z', '2026-06-15'],
    ['2026-11-21T15:59:59Z', '2026-11-21'],
    ['2026-11-21T16:00:00Z', '2026-11-22'],
    ['2026-11-21T00:30:00Z', '2026-11-21'], // 08:30 in Shanghai
    ['2024-02-28T16:00:00Z', '2024-02-29'], // leap day
  ])('%s is %s in Shanghai', (utc, expected) => {
    expect(shanghaiDate(new Date(utc))).toBe(expected);
  });
});

describe('shanghaiDateTime (YYYY-MM-DD HH:mm)', () => {
  it.each([
    ['2026-03-16T02:00:00Z', '2026-03-16 10:00'],
    ['2026-12-31T16:30:00Z', '2027-01-01 00:30'], // past midnight in Shanghai: next day, next year
    ['2026-03-01T01:30:59.999Z', '2026-03-01 09:30'], // seconds dropped, not rounded
  ])('%s → %s', (utc, expected) => {
    expect(shanghaiDateTime(new Date(utc))).toBe(expected);
  });
});

describe('shanghaiYear', () => {
  it.each([
    ['2026-12-31T15:59:59Z', 2026],
    ['2026-12-31T16:00:00Z', 2027], // New Year in Shanghai, still 2026 in UTC
  ])('%s → %d', (utc, year) => {
    expect(shanghaiYear(new Date(utc))).toBe(year);
  });
});

describe('shanghaiAt', () => {
  it.each([
    ['2026-03-01', 0, 0, '2026-02-28T16:00:00.000Z'],
    ['2026-03-01', 9, 0, '2026-03-01T01:00:00.000Z'],
    ['2026-03-01', 9, 30, '2026-03-01T01:30:00.000Z'],
  ])('%s %d:%d → %s', (date, hour, minute, utc) => {
    expect(shanghaiAt(date, hour, minute).toISOString()).toBe(utc);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-01', 1, '2026-03-02'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-01', 0, '2026-03-01'],
  ])('%s + %d → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('shanghaiDayBounds', () => {
  it.each([
    ['2026-11-21T17:00:00Z', '2026-11-21T16:00:00.000Z', '2026-11-22T16:00:00.000Z'],
    ['2026-11-21T16:00:00Z', '2026-11-21T16:00:00.000Z', '2026-11-22T16:00:00.000Z'], // midnight exactly starts the day
    ['2026-11-21T15:59:59Z', '2026-11-20T16:00:00.000Z', '2026-11-21T16:00:00.000Z'],
  ])('%s → [%s, %s)', (at, start, end) => {
    const b = shanghaiDayBounds(new Date(at));
    expect([b.start.toISOString(), b.end.toISOString()]).toEqual([start, end]);
  });
});

describe('shanghaiWeekBounds (Monday 00:00 to next Monday 00:00)', () => {
  it.each([
    ['2026-12-03T02:00:00Z', '2026-11-29T16:00:00.000Z', '2026-12-06T16:00:00.000Z'], // Thursday
    ['2026-12-06T15:59:00Z', '2026-11-29T16:00:00.000Z', '2026-12-06T16:00:00.000Z'], // Sunday 23:59 Shanghai
    ['2026-12-06T16:00:00Z', '2026-12-06T16:00:00.000Z', '2026-12-13T16:00:00.000Z'], // Monday 00:00 Shanghai
    ['1970-01-01T00:00:00Z', '1969-12-28T16:00:00.000Z', '1970-01-04T16:00:00.000Z'], // before the first Monday after the epoch
  ])('%s → [%s, %s)', (at, start, end) => {
    const b = shanghaiWeekBounds(new Date(at));
    expect([b.start.toISOString(), b.end.toISOString()]).toEqual([start, end]);
  });
});
