import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { conflict } from '@crm/http';
import { PipelineHooks, PipelineHooksRegistry, type TargetStageChange } from '@crm/pipeline';
import { claimantsOf, claimDate, holdingTargets, jointGrantsOf, lockFirmClaims } from './claim-holding';
import { firstClaimVerdict, type HoldingTarget } from './first-claim.rules';

/** The 409 a second team gets: the 首报 date and nothing else of the first team's work. */
export const firstClaimConflict = (firstClaimedAt: Date) => {
  const day = claimDate(firstClaimedAt);
  return conflict(
    `Another team already pursues this firm (first registered ${day}); you may request a transfer or joint pursuit`,
    `已由其他小组跟进（首报 ${day}），可申请转交或联合跟进`,
    'first_claim',
  );
};

/**
 * Enforces 首报首谈 on every new target, inside the creating transaction (single create and the
 * Excel import alike): a target whose owner is not the firm's holder, nor granted joint pursuit,
 * is refused and the whole write rolls back.
 */
@Injectable()
export class FirstClaimHooks implements PipelineHooks, OnModuleInit {
  constructor(private readonly registry: PipelineHooksRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async stagesChanged(em: EntityManager, changes: readonly TargetStageChange[]): Promise<void> {
    const created = changes.filter((c) => c.change.fromStage === null).map((c) => c.target);
    if (!created.length) return;
    const newIds = created.map((t) => t.id);
    const owners = await claimantsOf(
      em,
      created.map((t) => t.ownerId),
    );
    const byFirm = new Map<number, typeof created>();
    for (const t of created) {
      const list = byFirm.get(t.firmId);
      if (list) list.push(t);
      else byFirm.set(t.firmId, [t]);
    }
    const firmIds = [...byFirm.keys()];
    // Lock first, then read: a concurrent registration of the same firm commits before we look.
    await lockFirmClaims(em, firmIds);
    const holdings = await holdingTargets(em, firmIds, newIds);
    const joints = await jointGrantsOf(em, firmIds);
    for (const [firmId, targets] of byFirm) {
      let holding: HoldingTarget | null = holdings.get(firmId) ?? null;
      const joint = joints.get(firmId) ?? { teamIds: [], userIds: [] };
      for (const t of targets) {
        const owner = owners.get(t.ownerId) ?? { userId: t.ownerId, teamId: null };
        const verdict = firstClaimVerdict(owner, holding, joint);
        if (!verdict.allowed) throw firstClaimConflict(verdict.firstClaimedAt);
        // Within one batch (an import), the first new target of an unclaimed firm holds it.
        holding ??= { owner, createdAt: t.createdAt };
      }
    }
  }
}
