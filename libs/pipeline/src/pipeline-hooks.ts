import type { EntityManager } from 'typeorm';
import type { StageChange } from './stage-change.entity';
import type { Target } from './target.entity';

/** A target whose open follow-up was set, moved or cleared; `target.nextFollowUpAt` is the new value. */
export interface TargetFollowUpChange {
  target: Target;
  previous: Date | null;
}

/** A stage change just appended, with its target already updated. */
export interface TargetStageChange {
  target: Target;
  change: StageChange;
}

/** The log whose participants changed, with the firm its target pursues. */
export interface LoggedContact {
  id: number;
  targetId: number;
  firmId: number;
}

/**
 * What other features (reminders, audit, cockpit counters) may do inside the pipeline's own
 * transactions, so their rows commit or roll back with the change that caused them.
 * The pipeline injects every registered implementation (token PIPELINE_HOOKS, multi-provider via
 * PipelineHooksRegistry) and calls them with the transaction's EntityManager.
 *
 * Each event has a single form and a batch form (bulk writes such as the Excel import fire many
 * at once). A hook implements either or both: the registry calls the batch form for a batch when
 * it exists, otherwise the single form once per item, and vice versa.
 */
export interface PipelineHooks {
  /** The target's open follow-up was set, moved or cleared (`target.nextFollowUpAt` is the new value). */
  followUpChanged?(em: EntityManager, target: Target, previous: Date | null): Promise<void>;
  /** Batch form of followUpChanged: at most one change per target. */
  followUpsChanged?(em: EntityManager, changes: readonly TargetFollowUpChange[]): Promise<void>;
  /** A stage change was appended (target already updated). */
  stageChanged?(em: EntityManager, target: Target, change: StageChange): Promise<void>;
  /** Batch form of stageChanged. */
  stagesChanged?(em: EntityManager, changes: readonly TargetStageChange[]): Promise<void>;
  /** Any activity (contact log, stage change, edit) touched the target. */
  activity?(em: EntityManager, target: Target): Promise<void>;
  /** Batch form of activity. */
  activities?(em: EntityManager, targets: readonly Target[]): Promise<void>;
  /** A contact log named its participants among the firm's persons (联系人); replaces the set. */
  participantsChanged?(em: EntityManager, log: LoggedContact, personIds: readonly number[]): Promise<void>;
  /** The persons each of these logs names as participants. */
  participantsOf?(em: EntityManager, logIds: readonly number[]): Promise<Map<number, number[]>>;
}

/** Features register their hooks here at module init; the pipeline calls them all in order. */
export class PipelineHooksRegistry {
  private readonly hooks: PipelineHooks[] = [];

  register(h: PipelineHooks): void {
    this.hooks.push(h);
  }

  async followUpChanged(em: EntityManager, target: Target, previous: Date | null): Promise<void> {
    for (const h of this.hooks) {
      if (h.followUpChanged) await h.followUpChanged(em, target, previous);
      else await h.followUpsChanged?.(em, [{ target, previous }]);
    }
  }

  async followUpsChanged(em: EntityManager, changes: readonly TargetFollowUpChange[]): Promise<void> {
    if (!changes.length) return;
    for (const h of this.hooks) {
      if (h.followUpsChanged) await h.followUpsChanged(em, changes);
      else if (h.followUpChanged) for (const c of changes) await h.followUpChanged(em, c.target, c.previous);
    }
  }

  async stageChanged(em: EntityManager, target: Target, change: StageChange): Promise<void> {
    for (const h of this.hooks) {
      if (h.stageChanged) await h.stageChanged(em, target, change);
      else await h.stagesChanged?.(em, [{ target, change }]);
    }
  }

  async stagesChanged(em: EntityManager, changes: readonly TargetStageChange[]): Promise<void> {
    if (!changes.length) return;
    for (const h of this.hooks) {
      if (h.stagesChanged) await h.stagesChanged(em, changes);
      else if (h.stageChanged) for (const c of changes) await h.stageChanged(em, c.target, c.change);
    }
  }

  async activity(em: EntityManager, target: Target): Promise<void> {
    for (const h of this.hooks) {
      if (h.activity) await h.activity(em, target);
      else await h.activities?.(em, [target]);
    }
  }

  async activities(em: EntityManager, targets: readonly Target[]): Promise<void> {
    if (!targets.length) return;
    for (const h of this.hooks) {
      if (h.activities) await h.activities(em, targets);
      else if (h.activity) for (const t of targets) await h.activity(em, t);
    }
  }

  async participantsChanged(em: EntityManager, log: LoggedContact, personIds: readonly number[]): Promise<void> {
    for (const h of this.hooks) await h.participantsChanged?.(em, log, personIds);
  }

  async participantsOf(em: EntityManager, logIds: readonly number[]): Promise<Map<number, number[]>> {
    const all = new Map<number, number[]>();
    if (!logIds.length) return all;
    for (const h of this.hooks) {
      for (const [logId, ids] of (await h.participantsOf?.(em, logIds)) ?? []) all.set(logId, [...(all.get(logId) ?? []), ...ids]);
    }
    return all;
  }

  /**
   * New targets, each with its creating stage change (to lead): the events a creation fires, in
   * the order the single create does (stage, activity), then the follow-up of those created with
   * one (as setting it right after creation would). Many targets at once (imports) or one.
   */
  async targetsCreated(em: EntityManager, created: readonly TargetStageChange[]): Promise<void> {
    await this.stagesChanged(em, created);
    await this.activities(
      em,
      created.map((c) => c.target),
    );
    await this.followUpsChanged(
      em,
      created.filter((c) => c.target.nextFollowUpAt).map((c) => ({ target: c.target, previous: null })),
    );
  }
}
