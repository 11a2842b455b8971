import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditContext } from '@crm/audit';
import { isLive, PipelineHooks, PipelineHooksRegistry, type StageChange, type Target } from '@crm/pipeline';
import { closingState, escalationRecipients, followUpReminderPlan } from './follow-up.rules';
import { followUpText, type TargetFacts } from './reminder-messages';
import { ReminderRulesService } from './reminder-rules.service';
import { NewReminder, ReminderWriter } from './reminder-writer';

interface TargetContext extends TargetFacts {
  ownerId: number;
  leaderId: number | null;
  chainManagerIds: number[];
}

/**
 * Keeps follow_up and its reminders in step with target.next_follow_up_at, inside the pipeline's
 * own transaction: a new due time closes the old follow-up, cancels its reminders and schedules
 * the new ones; a target that leaves the open stages stops being reminded about.
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

  async followUpChanged(em: EntityManager, target: Target, _previous: Date | null): Promise<void> {
    const [open]: { id: number; due_at: Date; created_at: Date }[] = await em.query(
      `SELECT id, due_at, created_at FROM follow_up WHERE target_id = $1 AND state = 'open' FOR UPDATE`,
      [target.id],
    );
    const next = target.nextFollowUpAt && isLive(target.stage) ? new Date(target.nextFollowUpAt) : null;
    if (open && next && new Date(open.due_at).getTime() === next.getTime()) return;
    if (open) await this.close(em, open.id, closingState(new Date(open.created_at), new Date(target.lastActivityAt)));
    if (next) await this.open(em, target, next, createdBy());
  }

  async stageChanged(em: EntityManager, target: Target, _change: StageChange): Promise<void> {
    if (isLive(target.stage)) return;
    const open: { id: number }[] = await em.query(`SELECT id FROM follow_up WHERE target_id = $1 AND state = 'open' FOR UPDATE`, [target.id]);
    for (const f of open) await this.close(em, f.id, target.stage === 'landed' ? 'done' : 'cancelled');
    await this.writer.cancel(em, { targetId: target.id });
  }

  private async close(em: EntityManager, followUpId: number, state: 'done' | 'cancelled'): Promise<void> {
    await em.query(`UPDATE follow_up SET state = $2, closed_at = now() WHERE id = $1`, [followUpId, state]);
    await this.writer.cancel(em, { followUpId });
  }

  private async open(em: EntityManager, target: Target, dueAt: Date, createdById: number | null): Promise<void> {
    const [{ id }]: { id: number }[] = await em.query(`INSERT INTO follow_up (target_id, due_at, created_by_id) VALUES ($1, $2, $3) RETURNING id`, [
      target.id,
      dueAt,
      createdById,
    ]);
    const rule = await this.rules.forTarget(em, target.id);
    const ctx = await this.context(em, target);
    const reminders: NewReminder[] = [];
    for (const planned of followUpReminderPlan(dueAt, new Date(), rule)) {
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
    await this.writer.create(em, reminders);
  }

  private async context(em: EntityManager, target: Target): Promise<TargetContext> {
    const [row]: { firm_name: string; owner_name: string; leader_id: number | null; managers: number[] }[] = await em.query(
      `SELECT f.name AS firm_name, u.display_name AS owner_name, tm.leader_id,
              coalesce((SELECT array_agg(cm.user_id ORDER BY cm.user_id) FROM chain_manager cm JOIN app_user m ON m.id = cm.user_id AND m.active WHERE cm.chain_id = t.chain_id), '{}') AS managers
         FROM target t JOIN firm f ON f.id = t.firm_id JOIN app_user u ON u.id = t.owner_id LEFT JOIN team tm ON tm.id = u.team_id
        WHERE t.id = $1`,
      [target.id],
    );
    return {
      targetId: target.id,
      firmName: row.firm_name,
      stage: target.stage,
      ownerName: row.owner_name,
      ownerId: target.ownerId,
      leaderId: row.leader_id,
      chainManagerIds: row.managers,
    };
  }
}

/** Who set the follow-up: the request's user when the audit scope knows it. */
function createdBy(): number | null {
  return AuditContext.current()?.userId ?? null;
}
