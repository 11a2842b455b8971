import { describe, expect, it } from '@jest/globals';
import { followUpAfter, groupTodo, newIdempotencyKey, type FollowUpStep } from './logModel';

describe('followUpAfter (Shanghai calendar, 09:00)', () => {
  it.each<[string, string, FollowUpStep, string]>([
    // what,                                 from (UTC),                step, follow-up (UTC) = 09:00 +08:00
    ['afternoon visit, next day', '2026-03-05T07:30:00Z', '1d', '2026-03-06T01:00:00Z'],
    ['late evening in Shanghai is already the next day', '2026-03-05T17:00:00Z', '1d', '2026-03-07T01:00:00Z'],
    ['three days', '2026-03-05T07:30:00Z', '3d', '2026-03-08T01:00:00Z'],
    ['a week, across a month end', '2026-03-28T02:00:00Z', '1w', '2026-04-04T01:00:00Z'],
    ['a month', '2026-03-05T07:30:00Z', '1m', '2026-04-05T01:00:00Z'],
    ['Jan 31 + 1 month → Feb 28', '2026-01-31T02:00:00Z', '1m', '2026-02-28T01:00:00Z'],
    ['Dec + 1 month → next year', '2026-12-15T02:00:00Z', '1m', '2027-01-15T01:00:00Z'],
  ])('%s', (_, from, step, expected) => {
    expect(followUpAfter(new Date(from), step)).toBe(new Date(expected).toISOString());
  });
});

describe('groupTodo', () => {
  const now = new Date('2026-03-05T04:00:00Z'); // 12:00 in Shanghai
  it.each([
    ['an hour ago → overdue', '2026-03-05T03:00:00Z', 'overdue'],
    ['yesterday → overdue', '2026-03-04T01:00:00Z', 'overdue'],
    ['this evening → today', '2026-03-05T12:00:00Z', 'today'],
    ['23:59 Shanghai → today', '2026-03-05T15:59:00Z', 'today'],
    ['00:00 Shanghai tomorrow → upcoming', '2026-03-05T16:00:00Z', 'upcoming'],
    ['in 7 days → upcoming', '2026-03-12T01:00:00Z', 'upcoming'],
    ['in 9 days → not listed', '2026-03-14T01:00:00Z', null],
  ])('%s', (_, at, group) => {
    const g = groupTodo(
      [
        { id: 1, nextFollowUpAt: at },
        { id: 2, nextFollowUpAt: null },
      ],
      now,
    );
    const found = (Object.keys(g) as (keyof typeof g)[]).find((k) => g[k].length);
    expect(found ?? null).toBe(group);
  });
});

describe('newIdempotencyKey', () => {
  it('is new each time and fits the API pattern', () => {
    const a = newIdempotencyKey();
    expect(a).not.toBe(newIdempotencyKey());
    expect(a).toMatch(/^[A-Za-z0-9_\-:.]{8,128}$/);
  });
});
