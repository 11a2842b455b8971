import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditContext } from '@crm/audit';
import { isLive, PipelineHooks, PipelineHooksRegistry, type StageChange, type Target, type TargetFollowUpChange } from '@crm/pipeline';
import { targetAudiences } from '@crm/pipeline/reads';
import { closingState, escalationRecipients, followUpReminderPlan, type FollowUpTiming } from './follow-up.rules';
import { resolveFollowUpNotices, resolveStaleNotices } from './notification-resolve';
import { followUpText, type TargetFacts } from './reminder-messages';
import { ReminderRulesService } from './reminder-rules.service';
import { NewReminder, PIPELINE_REMINDER_KINDS, ReminderWriter } from './reminder-writer';

interface TargetContext extends TargetFacts {
  ownerId: number;
  leaderId: number | null;
  chainManagerIds: number[];
  planId: number | null;
}

/**
 * Keeps follow_up and its reminders in step with target.next_follow_up_at, inside the pipeline's
 * own transaction: a new due time closes the old follow-up, cancels its reminders, resolves the
 * messages already sent about it and schedules the new ones; a target that leaves the open stages
 * stops being reminded about; activity resolves the target's stale alerts.
 */
@Injectable()
export class FollowUpHooks implements PipelineHooks, OnModuleInit {
  constructor(
    private readonly registry: PipelineHooksRegistry,
    private readonly rules: ReminderRulesService,
    private readonly writer: ReminderWriter,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async followUpChanged(em: EntityManager, target: Target, previous: Date | null): Promise<void> {
    await this.followUpsChanged(em, [{ target, previous }]);
  }

  /** One query per step for the whole batch (the Excel import sets thousands at once); per row only to close an open one. */
  async followUpsChanged(em: EntityManager, changes: readonly TargetFollowUpChange[]): Promise<void> {
    const targets = [...new Map(changes.map((c) => [c.target.id, c.target])).values()];
    if (!targets.length) return;
    const open: { id: number; target_id: number; due_at: Date; created_at: Date }[] = await em.query(
      `SELECT id, target_id, due_at, created_at FROM follow_up WHERE target_id = ANY($1::int[]) AND state = 'open' ORDER BY target_id FOR UPDATE`,
      [targets.map((t) => t.id)],
    );
    const openOf = new Map(open.map((o) => [o.target_id, o]));
    const toOpen: { target: Target; dueAt: Date }[] = [];
    for (const target of targets) {
      const current = openOf.get(target.id);
      const next = target.nextFollowUpAt && isLive(target.stage) ? new Date(target.nextFollowUpAt) : null;
      if (current && next && new Date(current.due_at).getTime() === next.getTime()) continue;
      if (current) await this.close(em, current.id, closingState(new Date(current.created_at), new Date(target.lastActivityAt)));
      if (next) toOpen.push({ target, dueAt: next });
    }
    await this.open(em, toOpen, createdBy());
  }

  async stageChanged(em: EntityManager, target: Target, _change: StageChange): Promise<void> {
    if (isLive(target.stage)) return;
    const open: { id: number }[] = await em.query(`SELECT id FROM follow_up WHERE target_id = $1 AND state = 'open' FOR UPDATE`, [target.id]);
    for (const f of open) await this.close(em, f.id, target.stage === 'landed' ? 'done' : 'cancelled');
    // Only the pipeline's reminders: a signed project's milestones and instructions go on after landing.
    await this.writer.cancel(em, { targetId: target.id, kinds: PIPELINE_REMINDER_KINDS });
  }

  /** Activity ends a stale target's idle stretch: its stale alerts are resolved with it. */
  async activities(em: EntityManager, targets: readonly Target[]): Promise<void> {
    await resolveStaleNotices(em, [...new Set(targets.map((t) => t.id))]);
  }

  private async close(em: EntityManager, followUpId: number, state: 'done' | 'cancelled'): Promise<void> {
    await em.query(`UPDATE follow_up SET state = $2, closed_at = now() WHERE id = $1`, [followUpId, state]);
    await this.writer.cancel(em, { followUpId });
    await resolveFollowUpNotices(em, [followUpId]);
  }

  private async open(em: EntityManager, items: readonly { target: Target; dueAt: Date }[], createdById: number | null): Promise<void> {
    if (!items.length) return;
    const created: { id: number; target_id: number }[] = await em.query(
      `INSERT INTO follow_up (target_id, due_at, created_by_id)
       SELECT u.target_id, u.due_at, $3::int FROM unnest($1::int[], $2::timestamptz[]) AS u(target_id, due_at)
       RETURNING id, target_id`,
      [items.map((i) => i.target.id), items.map((i) => i.dueAt), createdById],
    );
    const followUpOf = new Map(created.map((c) => [c.target_id, c.id]));
    const contexts = await this.contexts(
      em,
      items.map((i) => i.target),
    );
    const rules = new Map<number | null, FollowUpTiming>();
    const reminders: NewReminder[] = [];
    for (const { target, dueAt } of items) {
      const id = followUpOf.get(target.id)!;
      const ctx = contexts.get(target.id)!;
      if (!rules.has(ctx.planId)) rules.set(ctx.planId, await this.rules.forPlan(em, ctx.planId));
      for (const planned of followUpReminderPlan(dueAt, new Date(), rules.get(ctx.planId)!)) {
        const recipients = planned.kind === 'escalation' ? escalationRecipients(ctx.ownerId, ctx.leaderId, ctx.chainManagerIds) : [ctx.ownerId];
        for (const recipientId of recipients) {
          reminders.push({
            kind: planned.kind,
            targetId: target.id,
            followUpId: id,
            recipientId,
            dueAt: planned.at,
            dedupeKey: `${planned.kind}-f${id}-u${recipientId}`,
            ...followUpText(planned.kind, ctx, dueAt),
          });
        }
      }
    }
    await this.writer.create(em, reminders);
  }

  /** Who hears about each target's follow-up, and the plan whose reminder rule applies. */
  private async contexts(em: EntityManager, targets: readonly Target[]): Promise<Map<number, TargetContext>> {
    const rows = await targetAudiences(
      em,
      targets.map((t) => t.id),
    );
    const byId = new Map(rows.map((r) => [r.targetId, r]));
    return new Map(
      targets.map((target) => {
        const row = byId.get(target.id)!;
        return [
          target.id,
          {
            targetId: target.id,
            firmName: row.firmName,
            stage: target.stage,
            ownerName: row.ownerName,
            ownerId: target.ownerId,
            leaderId: row.leaderId,
            chainManagerIds: row.chainManagerIds,
            planId: row.planId,
          },
        ];
      }),
    );
  }
}

/** Who set the follow-up: the request's user when the audit scope knows it. */
function createdBy(): number | null {
  return AuditContext.current()?.userId ?? null;
}
