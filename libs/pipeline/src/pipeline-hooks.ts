import type { EntityManager } from 'typeorm';
import type { StageChange } from './stage-change.entity';
import type { Target } from './target.entity';

/**
 * What other features (reminders, audit, cockpit counters) may do inside the pipeline's own
 * transactions, so their rows commit or roll back with the change that caused them.
 * The pipeline injects every registered implementation (token PIPELINE_HOOKS, multi-provider via
 * PipelineHooksRegistry) and calls them with the transaction's EntityManager.
 */
export interface PipelineHooks {
  /** The target's open follow-up was set, moved or cleared (`target.nextFollowUpAt` is the new value). */
  followUpChanged?(em: EntityManager, target: Target, previous: Date | null): Promise<void>;
  /** A stage change was appended (target already updated). */
  stageChanged?(em: EntityManager, target: Target, change: StageChange): Promise<void>;
  /** Any activity (contact log, stage change, edit) touched the target. */
  activity?(em: EntityManager, target: Target): Promise<void>;
}

/** Features register their hooks here at module init; the pipeline calls them all in order. */
export class PipelineHooksRegistry {
  private readonly hooks: PipelineHooks[] = [];

  register(h: PipelineHooks): void {
    this.hooks.push(h);
  }

  async followUpChanged(em: EntityManager, target: Target, previous: Date | null): Promise<void> {
    for (const h of this.hooks) await h.followUpChanged?.(em, target, previous);
  }

  async stageChanged(em: EntityManager, target: Target, change: StageChange): Promise<void> {
    for (const h of this.hooks) await h.stageChanged?.(em, target, change);
  }

  async activity(em: EntityManager, target: Target): Promise<void> {
    for (const h of this.hooks) await h.activity?.(em, target);
  }
}
