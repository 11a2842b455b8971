import type { EntityManager } from 'typeorm';
import { canReadTarget, canWriteTarget, type TargetFacts, type UserContext } from '@crm/access';
import { forbidden, notFound } from '@crm/http';
import { Target } from './target.entity';

export const targetNotFound = () => notFound('Target', '招商目标');

/** The target plus what the access rules need (its owner's team). */
export interface GuardedTarget {
  target: Target;
  facts: TargetFacts;
}

/** Loads a target for reading: hidden from the caller → 404, the same answer as a missing one. */
export async function readableTarget(em: EntityManager, ctx: UserContext, id: number): Promise<GuardedTarget> {
  const target = await em.findOne(Target, { where: { id }, relations: { owner: true } });
  if (!target) throw targetNotFound();
  const facts: TargetFacts = { ownerId: target.ownerId, ownerTeamId: target.owner?.teamId ?? null, chainId: target.chainId };
  delete target.owner;
  if (!canReadTarget(ctx, facts)) throw targetNotFound();
  return { target, facts };
}

/** Loads a target for a change: hidden → 404, visible but not the caller's to change → 403. */
export async function writableTarget(em: EntityManager, ctx: UserContext, id: number): Promise<GuardedTarget> {
  const g = await readableTarget(em, ctx, id);
  if (!canWriteTarget(ctx, g.facts)) {
    throw forbidden(
      ctx.user.role === 'leader' ? 'Leaders review targets but do not change them' : 'Only the owner, the chain manager or an admin may change this target',
      ctx.user.role === 'leader' ? '领导只能查看，不能修改招商目标' : '只有负责人、链长办或管理员可以修改该招商目标',
    );
  }
  return g;
}
