import { describe, expect, it } from '@jest/globals';
import type { AuthUser, Role } from '@crm/auth';
import type { UserContext } from '@crm/access';
import { filterKey, periodLengthKey, scopeKey, windowDelta } from './cache-keys';

const ctx = (role: Role, id: number, teamId: number | null, managedChainIds: number[] = []): UserContext => ({
  user: { id, username: `u${id}`, role, teamId } as AuthUser,
  managedChainIds,
});
const d = (iso: string) => new Date(iso);
const p = (from: string, to: string) => ({ from: d(from), to: d(to) });

describe('scopeKey', () => {
  it.each([
    // a, b, share entries?
    ['leader and admin (both read everything)', ctx('leader', 1, null), ctx('admin', 2, null), true],
    ['two leaders', ctx('leader', 1, null), ctx('leader', 3, 10), true],
    ['leader and a promoter', ctx('leader', 1, null), ctx('promoter', 4, 10), false],
    ['two promoters of one team (each: own + team, from their own id)', ctx('promoter', 4, 10), ctx('promoter', 5, 10), false],
    ['one promoter, moved to another team', ctx('promoter', 4, 10), ctx('promoter', 4, 11), false],
    ['one promoter, with and without a team', ctx('promoter', 4, 10), ctx('promoter', 4, null), false],
    ['chain managers of the same chains', ctx('chain_manager', 6, null, [3, 4]), ctx('chain_manager', 7, null, [3, 4]), true],
    ['chain managers of different chains', ctx('chain_manager', 6, null, [3, 4]), ctx('chain_manager', 7, null, [3]), false],
    ['a chain manager and a leader', ctx('chain_manager', 6, null, [3]), ctx('leader', 1, null), false],
  ])('%s', (_, a, b, shared) => {
    expect(scopeKey(a) === scopeKey(b)).toBe(shared);
  });
});

describe('filterKey', () => {
  it('keys the target filters only', () => {
    expect(filterKey({ chainId: 3 })).toBe(filterKey({ chainId: 3, from: '2026-01-01T00:00:00Z', year: 2026 } as never));
    expect(filterKey({ chainId: 3 })).not.toBe(filterKey({ ownerId: 3 }));
    expect(filterKey({ method: '平台招商' })).not.toBe(filterKey({}));
    expect(filterKey({ stage: 'lead' })).not.toBe(filterKey({ stage: 'contact' }));
  });
});

describe('periodLengthKey', () => {
  it.each([
    [p('2026-01-01T00:00:00Z', '2026-07-01T00:00:00Z'), '4344h'],
    [p('2026-01-01T00:00:00Z', '2026-01-31T00:00:00Z'), '720h'],
    [p('2026-01-01T00:00:30Z', '2026-01-31T00:01:10Z'), '720h'], // "the last 30 days" asked 40 s later
  ])('%p → %p', (period, key) => {
    expect(periodLengthKey(period)).toBe(key);
  });
});

describe('windowDelta', () => {
  it.each([
    ['equal periods', p('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'), p('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'), []],
    [
      'the same length 40 s later: what left at the start, what came at the end',
      p('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'),
      p('2026-01-01T00:00:40Z', '2026-02-01T00:00:40Z'),
      [p('2026-01-01T00:00:00Z', '2026-01-01T00:00:40Z'), p('2026-02-01T00:00:00Z', '2026-02-01T00:00:40Z')],
    ],
    [
      'only the end moved',
      p('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'),
      p('2026-01-01T00:00:00Z', '2026-01-20T00:00:00Z'),
      [p('2026-01-20T00:00:00Z', '2026-02-01T00:00:00Z')],
    ],
    [
      'earlier period, either order',
      p('2026-01-01T00:00:40Z', '2026-02-01T00:00:40Z'),
      p('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'),
      [p('2026-01-01T00:00:00Z', '2026-01-01T00:00:40Z'), p('2026-02-01T00:00:00Z', '2026-02-01T00:00:40Z')],
    ],
    // disjoint periods: the intervals also cover the gap between them (stricter, never looser)
    [
      'disjoint',
      p('2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'),
      p('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z'),
      [p('2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'), p('2026-01-02T00:00:00Z', '2026-03-02T00:00:00Z')],
    ],
  ])('%s', (_, a, b, expected) => {
    expect(windowDelta(a, b)).toEqual(expected);
  });
});
