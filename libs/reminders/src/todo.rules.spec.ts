import { describe, expect, it } from '@jest/globals';
import { shanghaiBoundaries, todoBucket } from './todo.rules';

describe('todoBucket (我的待办, Asia/Shanghai)', () => {
  // Now: Thursday 2026-12-03 10:00 in Shanghai = 02:00 UTC.
  const now = new Date('2026-12-03T02:00:00Z');
  it.each([
    ['2026-12-03T01:59:00Z', 'overdue'], // 09:59 today
    ['2026-11-20T02:00:00Z', 'overdue'],
    ['2026-12-03T02:00:00Z', 'today'], // now exactly: not yet past
    ['2026-12-03T15:59:00Z', 'today'], // 23:59 Shanghai
    ['2026-12-03T16:00:00Z', 'week'], // Friday 00:00 Shanghai
    ['2026-12-06T15:59:00Z', 'week'], // Sunday 23:59 Shanghai
    ['2026-12-06T16:00:00Z', null], // next Monday 00:00 Shanghai
  ])('due %s → %s', (due, bucket) => {
    expect(todoBucket(new Date(due), now)).toBe(bucket);
  });

  it.each([
    // [now (UTC), end of today, end of week] — late evening UTC is already tomorrow in Shanghai
    ['2026-12-03T02:00:00Z', '2026-12-03T16:00:00.000Z', '2026-12-06T16:00:00.000Z'],
    ['2026-12-03T17:00:00Z', '2026-12-04T16:00:00.000Z', '2026-12-06T16:00:00.000Z'], // Friday 01:00 Shanghai
    ['2026-12-06T17:00:00Z', '2026-12-07T16:00:00.000Z', '2026-12-13T16:00:00.000Z'], // Monday 01:00 Shanghai
  ])('boundaries at %s', (at, endOfToday, endOfWeek) => {
    const b = shanghaiBoundaries(new Date(at));
    expect([b.endOfToday.toISOString(), b.endOfWeek.toISOString()]).toEqual([endOfToday, endOfWeek]);
  });
});
