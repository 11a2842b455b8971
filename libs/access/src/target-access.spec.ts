import { describe, expect, it } from '@jest/globals';
import type { AuthUser, Role } from '@crm/auth';
import { canEditChain, canReadTarget, canWriteTarget, targetReadScope, UserContext } from './target-access';

const user = (role: Role, id = 1, teamId: number | null = 10): AuthUser => ({ id, username: `u${id}`, role, teamId });
const ctx = (u: AuthUser, managedChainIds: number[] = []): UserContext => ({ user: u, managedChainIds });

// target facts: owner 1 in team 10 on chain 100 (own); owner 2 in team 10 (teammate); owner 3 in team 20 (other team), chain 200
const own = { ownerId: 1, ownerTeamId: 10, chainId: 100 };
const teammate = { ownerId: 2, ownerTeamId: 10, chainId: 100 };
const otherTeam = { ownerId: 3, ownerTeamId: 20, chainId: 200 };

describe('target access', () => {
  it.each([
    // who,                                  target,     read,  write
    ['promoter (owner)', ctx(user('promoter')), own, true, true],
    ['promoter, teammate target', ctx(user('promoter')), teammate, true, false],
    ['promoter, other team', ctx(user('promoter')), otherTeam, false, false],
    ['promoter without team, teammate', ctx(user('promoter', 1, null)), teammate, false, false],
    ['chain manager, own chain', ctx(user('chain_manager', 5, null), [100]), teammate, true, true],
    ['chain manager, other chain', ctx(user('chain_manager', 5, null), [100]), otherTeam, false, false],
    ['leader', ctx(user('leader', 6)), otherTeam, true, false],
    ['admin', ctx(user('admin', 7, null)), otherTeam, true, true],
  ])('%s', (_, c, t, read, write) => {
    expect(canReadTarget(c, t)).toBe(read);
    expect(canWriteTarget(c, t)).toBe(write);
  });

  it.each([
    ['admin', ctx(user('admin')), 1, true],
    ['chain manager of the chain', ctx(user('chain_manager'), [1]), 1, true],
    ['chain manager of another chain', ctx(user('chain_manager'), [2]), 1, false],
    ['leader', ctx(user('leader')), 1, false],
    ['promoter', ctx(user('promoter')), 1, false],
  ])('chain edit: %s', (_, c, chainId, expected) => {
    expect(canEditChain(c, chainId)).toBe(expected);
  });

  it('scopes SQL by role', () => {
    expect(targetReadScope(ctx(user('leader'))).sql).toBe('TRUE');
    expect(targetReadScope(ctx(user('chain_manager'), [3, 4])).params).toEqual({ scopeChainIds: [3, 4] });
    expect(targetReadScope(ctx(user('promoter', 1, null))).sql).toBe('t.owner_id = :scopeUserId');
    expect(targetReadScope(ctx(user('promoter', 1, 10)), 'x').sql).toContain('x.owner_id IN');
  });
});
