import { describe, expect, it } from '@jest/globals';
import type { AuthUser, Role } from '@crm/auth';
import { canEditKpiTarget } from './kpi-access.rules';

const ctx = (role: Role, managedChainIds: number[] = []) => ({ user: { id: 1, username: 'u', role, teamId: null } as AuthUser, managedChainIds });

describe('canEditKpiTarget', () => {
  it.each([
    // role,           manages, chainId, may edit
    ['admin', [], null, true],
    ['admin', [], 5, true],
    ['chain_manager', [5], 5, true],
    ['chain_manager', [5], 6, false],
    ['chain_manager', [5], null, false], // plan-wide figures are admin-only
    ['leader', [], 5, false],
    ['leader', [], null, false],
    ['promoter', [], 5, false],
  ] as const)('%s managing %j, chain %j → %s', (role, managed, chainId, expected) => {
    expect(canEditKpiTarget(ctx(role, [...managed]), chainId)).toBe(expected);
  });
});
