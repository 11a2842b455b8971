import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReminderRulesService, ReminderWriter, resolveSubjectNotices, targetLink, type NewReminder } from '@crm/reminders';
import type { ProjectMilestone } from './entities/project-milestone.entity';
import { MILESTONE_LABELS, MILESTONE_LABELS_EN, milestoneReminderPlan, type MilestoneThresholds } from './milestone.rules';
import { distinct, projectContext, type ProjectContext } from './project-context';

/**
 * 督办 of milestones through the reminder machinery (libs/reminders): a milestone with a planned
 * date and no actual date gets a yellow reminder (owner) and a red one (owner, team leader, chain
 * managers) written as scheduled reminders, like a follow-up's due and escalation. Postgres holds
 * them; the queue and the sweep deliver each once. Any change to the milestone cancels what is
 * still scheduled and plans again (the dedupe key carries the milestone's version, so a re-plan
 * is new and a replayed one is a no-op); recording the actual date plans nothing.
 */
@Injectable()
export class MilestoneReminders {
  constructor(
    private readonly writer: ReminderWriter,
    private readonly rules: ReminderRulesService,
  ) {}

  async thresholds(em: EntityManager, planId: number | null): Promise<MilestoneThresholds> {
    const rule = await this.rules.forPlan(em, planId);
    return { yellowDays: rule.milestoneYellowDays, redDays: rule.milestoneRedDays };
  }

  /**
   * Call in the transaction that changed the milestone's dates, with its saved state: what was
   * scheduled is cancelled and what was delivered is resolved (已解除) — reached, or planned anew.
   */
  async replan(em: EntityManager, m: ProjectMilestone, ctx?: ProjectContext): Promise<void> {
    await this.writer.cancel(em, { milestoneId: m.id });
    await resolveSubjectNotices(em, { milestoneId: m.id });
    if (!m.plannedOn || m.actualOn) return;
    const c = ctx ?? (await projectContext(em, m.targetId));
    if (c.stage === 'lost') return;
    const t = await this.thresholds(em, c.planId);
    const label = MILESTONE_LABELS[m.kind];
    const reminders: NewReminder[] = [];
    for (const planned of milestoneReminderPlan(m.plannedOn, new Date(), t)) {
      const red = planned.kind === 'milestone_red';
      const recipients = red ? distinct([c.ownerId, c.leaderId, ...c.chainManagerIds]) : [c.ownerId];
      const days = red ? t.redDays : t.yellowDays;
      const labelEn = MILESTONE_LABELS_EN[m.kind];
      const text = red
        ? {
            title: `项目节点红色督办：${c.firmName} ${label}`,
            body: `${c.firmName} 的「${label}」计划于 ${m.plannedOn} 完成，已逾期 ${days} 天仍未完成（红色阈值 ${days} 天），负责人：${c.ownerName}，请督促。`,
            titleEn: `Milestone red alert: ${c.firmName} ${labelEn}`,
            bodyEn: `${c.firmName}'s ${labelEn}, planned for ${m.plannedOn}, is ${days} days late and still not done (red threshold ${days} days). Owner: ${c.ownerName}. Please see to it.`,
          }
        : {
            title: `项目节点逾期：${c.firmName} ${label}`,
            body: `${c.firmName} 的「${label}」计划于 ${m.plannedOn} 完成，已逾期（黄色阈值 ${days} 天），请登记实际日期或调整计划。`,
            titleEn: `Milestone overdue: ${c.firmName} ${labelEn}`,
            bodyEn: `${c.firmName}'s ${labelEn}, planned for ${m.plannedOn}, is late (yellow threshold ${days} days). Record the actual date or change the plan.`,
          };
      for (const recipientId of recipients) {
        reminders.push({
          kind: planned.kind,
          targetId: m.targetId,
          followUpId: null,
          milestoneId: m.id,
          recipientId,
          dueAt: planned.at,
          dedupeKey: `${planned.kind}-m${m.id}-v${m.version}-u${recipientId}`,
          ...text,
          link: targetLink(m.targetId),
        });
      }
    }
    await this.writer.create(em, reminders);
  }

  /** A lost project is no longer supervised: its milestones' scheduled reminders are cancelled. */
  cancelForTarget(em: EntityManager, targetId: number): Promise<number> {
    return this.writer.cancel(em, { targetId, kinds: ['milestone_yellow', 'milestone_red'] });
  }
}
