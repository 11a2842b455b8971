import type { Role } from '@crm/contracts';

export interface UserChange {
  role?: Role;
  active?: boolean;
  chainIds?: number[];
}

/**
 * Why an admin's change to a user is refused, or undefined when it is fine:
 * - an admin cannot disable or demote themselves (the office would be locked out of user admin);
 * - chains are assigned only to chain managers.
 * `currentRole` is the user's role before the change.
 */
export function userChangeProblem(actorId: number, userId: number, currentRole: Role, change: UserChange): { field: string; rule: string } | undefined {
  if (actorId === userId) {
    if (change.active === false) return { field: 'active', rule: 'cannot_disable_self' };
    if (change.role !== undefined && change.role !== 'admin') return { field: 'role', rule: 'cannot_demote_self' };
  }
  const role = change.role ?? currentRole;
  if (change.chainIds?.length && role !== 'chain_manager') return { field: 'chainIds', rule: 'chains_only_for_chain_managers' };
  return undefined;
}

export const USER_RULE_MESSAGES: Record<string, [string, string]> = {
  cannot_disable_self: ['You cannot disable your own account', '不能停用自己的账号'],
  cannot_demote_self: ['You cannot take the admin role from yourself', '不能取消自己的管理员角色'],
  chains_only_for_chain_managers: ['Only chain managers manage chains', '只有链长办角色可以分管产业链'],
};
