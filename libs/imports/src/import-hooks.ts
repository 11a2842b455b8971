import type { EntityManager } from 'typeorm';
import { type OpenedTargetRow, type PipelineHooksRegistry, StageChange, Target } from '@crm/pipeline';

/** Targets per round of hooks: bounds the entities held at once; each round is one batch call per hook. */
const ROUND = 1000;

/**
 * Fires for the targets an import created what creating one in the UI fires
 * (PipelineHooksRegistry.targetsCreated: stage change to lead, activity, and the follow-up when
 * the row carried one), inside the import's transaction, so follow-ups and reminders commit or
 * roll back with the targets. Targets that already existed are not touched, so they fire nothing.
 */
export async function announceImportedTargets(em: EntityManager, hooks: PipelineHooksRegistry, created: readonly OpenedTargetRow[]): Promise<void> {
  for (let i = 0; i < created.length; i += ROUND) {
    const round = created.slice(i, i + ROUND);
    const targets = await em
      .getRepository(Target)
      .createQueryBuilder('t')
      .where('t.id = ANY(:ids)', { ids: round.map((r) => r.target_id) })
      .getMany();
    const targetOf = new Map(targets.map((t) => [t.id, t]));
    await hooks.targetsCreated(
      em,
      round.map((r) => ({
        target: targetOf.get(r.target_id)!,
        change: em.create(StageChange, {
          id: r.id,
          targetId: r.target_id,
          fromStage: r.from_stage,
          toStage: r.to_stage,
          byUserId: r.by_user_id,
          at: r.at,
          reason: r.reason,
        }),
      })),
    );
  }
}
