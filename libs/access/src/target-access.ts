import type { AuthUser } from '@crm/auth';

/**
 * Who may see and change which targets (the role table; test/reliability/permissions.matrix.ts checks it route by route). Pure rules, shared by every
 * query (lists, exports, cockpit) so no path can leak another team's or chain's records.
 *
 * | role          | read                         | write / move stages   |
 * | promoter      | own + own team's             | own                   |
 * | chain_manager | targets in chains they manage| in chains they manage |
 * | leader        | all                          | none                  |
 * | admin         | all                          | all                   |
 */
export interface TargetFacts {
  ownerId: number;
  ownerTeamId: number | null;
  chainId: number;
}

export interface UserContext {
  user: AuthUser;
  /** Chains the user manages (only meaningful for chain managers). */
  managedChainIds: readonly number[];
}

export function canReadTarget({ user, managedChainIds }: UserContext, t: TargetFacts): boolean {
  switch (user.role) {
    case 'admin':
    case 'leader':
      return true;
    case 'chain_manager':
      return managedChainIds.includes(t.chainId);
    case 'promoter':
      return t.ownerId === user.id || (user.teamId !== null && t.ownerTeamId === user.teamId);
  }
}

export function canWriteTarget({ user, managedChainIds }: UserContext, t: TargetFacts): boolean {
  switch (user.role) {
    case 'admin':
      return true;
    case 'leader':
      return false;
    case 'chain_manager':
      return managedChainIds.includes(t.chainId);
    case 'promoter':
      return t.ownerId === user.id;
  }
}

/** May the user edit the chain map, link strength and KPI targets of this chain? */
export function canEditChain({ user, managedChainIds }: UserContext, chainId: number): boolean {
  return user.role === 'admin' || (user.role === 'chain_manager' && managedChainIds.includes(chainId));
}

/** May the user create targets at all (leaders only read)? Chain managers only in their chains. */
export function canCreateTargetInChain(ctx: UserContext, chainId: number): boolean {
  return canWriteTarget(ctx, { ownerId: ctx.user.id, ownerTeamId: ctx.user.teamId, chainId });
}

/**
 * The read rule as SQL over a target alias, for list queries, exports and aggregates.
 * Parameters are named so they can be merged into TypeORM query builders.
 */
export function targetReadScope(ctx: UserContext, alias = 't'): { sql: string; params: Record<string, unknown> } {
  const { user } = ctx;
  switch (user.role) {
    case 'admin':
    case 'leader':
      return { sql: 'TRUE', params: {} };
    case 'chain_manager':
      return { sql: `${alias}.chain_id = ANY(:scopeChainIds)`, params: { scopeChainIds: [...ctx.managedChainIds] } };
    case 'promoter':
      return user.teamId === null
        ? { sql: `${alias}.owner_id = :scopeUserId`, params: { scopeUserId: user.id } }
        : {
            sql: `(${alias}.owner_id = :scopeUserId OR ${alias}.owner_id IN (SELECT u.id FROM app_user u WHERE u.team_id = :scopeTeamId))`,
            params: { scopeUserId: user.id, scopeTeamId: user.teamId },
          };
  }
}
