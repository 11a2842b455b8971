import { describe, expect, it } from '@jest/globals';
import { shanghaiWeek } from './week.util';

describe('shanghaiWeek', () => {
  it.each([
    // 2026-03-18 is a Wednesday; its week runs Mon 03-16 00:00 Shanghai = 03-15 16:00 UTC
    ['2026-03-18', '2026-W12', '2026-03-15T16:00:00.000Z', '2026-03-22T16:00:00.000Z', '2026-03-16', '2026-03-22'],
    ['2026-W12', '2026-W12', '2026-03-15T16:00:00.000Z', '2026-03-22T16:00:00.000Z', '2026-03-16', '2026-03-22'],
    ['2026-03-22', '2026-W12', '2026-03-15T16:00:00.000Z', '2026-03-22T16:00:00.000Z', '2026-03-16', '2026-03-22'], // Sunday
    ['2026-W01', '2026-W01', '2025-12-28T16:00:00.000Z', '2026-01-04T16:00:00.000Z', '2025-12-29', '2026-01-04'], // ISO week 1 starts in December
    ['2026-12-31', '2026-W53', '2026-12-27T16:00:00.000Z', '2027-01-03T16:00:00.000Z', '2026-12-28', '2027-01-03'], // 2026 starts on a Thursday: 53 weeks
    ['2021-01-03', '2020-W53', '2020-12-27T16:00:00.000Z', '2021-01-03T16:00:00.000Z', '2020-12-28', '2021-01-03'], // a 53-week year
  ])('%s → %s', (input, label, start, end, firstDay, lastDay) => {
    const w = shanghaiWeek(input)!;
    expect({ label: w.label, start: w.start.toISOString(), end: w.end.toISOString(), firstDay: w.firstDay, lastDay: w.lastDay }).toEqual({
      label,
      start,
      end,
      firstDay,
      lastDay,
    });
  });

  it.each([
    // Sunday 2026-03-22 20:00 UTC is Monday 03-23 04:00 in Shanghai: already the next week
    ['2026-03-22T20:00:00Z', '2026-W13'],
    ['2026-03-22T15:59:00Z', '2026-W12'],
  ])('no week given: the Shanghai week of %s is %s', (now, label) => {
    expect(shanghaiWeek(undefined, new Date(now))!.label).toBe(label);
  });

  it.each(['2026-W54', '2026-W00', '2027-W53', '2026-02-30', 'last week', '2026-3-1'])('refuses %p', (input) => {
    expect(shanghaiWeek(input)).toBeNull();
  });
});
