import { canEditChain, type UserContext } from '@crm/access';

/**
 * Who may change a KPI target (目标值): a chain's figures follow the chain-map rule (admin, or
 * a manager of that chain); plan-wide figures (chainId null) belong to admins alone.
 */
export function canEditKpiTarget(ctx: UserContext, chainId: number | null): boolean {
  return chainId === null ? ctx.user.role === 'admin' : canEditChain(ctx, chainId);
}
