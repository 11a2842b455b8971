import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReminderRulesService, ReminderWriter, resolveSubjectNotices, shanghaiTime, targetLink, type NewReminder, type ReminderText } from '@crm/reminders';

/** A message's text in both languages (the link is the target's). */
export type InstructionText = Omit<ReminderText, 'link'>;
import type { Instruction } from './entities/instruction.entity';
import { distinct, projectContext } from './project-context';

const HOUR_MS = 3_600_000;

/**
 * An instruction's reminders, through the reminder machinery: the assignee hears of it at once
 * (inbox), again when it falls due, and if it is still open `escalationGraceHours` later (the
 * plan's follow-up grace) it escalates like a follow-up — to the assignee's team leader, the
 * chain managers and the leader who wrote it. Closing it cancels what is still scheduled.
 */
@Injectable()
export class InstructionReminders {
  constructor(
    private readonly writer: ReminderWriter,
    private readonly rules: ReminderRulesService,
  ) {}

  async created(em: EntityManager, i: Instruction, authorName: string): Promise<void> {
    const ctx = await projectContext(em, i.targetId);
    const rule = await this.rules.forPlan(em, ctx.planId);
    const [assignee] = await em.query(
      `SELECT u.display_name AS name, tm.leader_id AS "leaderId" FROM app_user u LEFT JOIN team tm ON tm.id = u.team_id WHERE u.id = $1`,
      [i.assigneeId],
    );
    const due = shanghaiTime(i.dueAt);
    const link = targetLink(i.targetId);
    const one = (kind: NewReminder['kind'], recipientId: number, dueAt: Date, text: InstructionText): NewReminder => ({
      kind,
      targetId: i.targetId,
      followUpId: null,
      instructionId: i.id,
      recipientId,
      dueAt,
      dedupeKey: `${kind}-i${i.id}-u${recipientId}`,
      ...text,
      link,
    });
    const reminders: NewReminder[] = [
      one('instruction_new', i.assigneeId, new Date(), {
        title: `领导批示：${ctx.firmName}`,
        body: `${authorName} 批示：${i.body}（请于 ${due} 前办理并回复）`,
        titleEn: `Instruction: ${ctx.firmName}`,
        bodyEn: `${authorName} instructs: ${i.body} (please act and reply by ${due})`,
      }),
      one('instruction_due', i.assigneeId, i.dueAt, {
        title: `批示到期：${ctx.firmName}`,
        body: `${authorName} 关于 ${ctx.firmName} 的批示已于 ${due} 到期，请尽快办理并回复。`,
        titleEn: `Instruction due: ${ctx.firmName}`,
        bodyEn: `${authorName}'s instruction on ${ctx.firmName} fell due at ${due}. Please act and reply.`,
      }),
    ];
    const overdueAt = new Date(i.dueAt.getTime() + rule.escalationGraceHours * HOUR_MS);
    for (const r of distinct([i.authorId, assignee?.leaderId, ...ctx.chainManagerIds]).filter((id) => id !== i.assigneeId)) {
      reminders.push(
        one('instruction_overdue', r, overdueAt, {
          title: `批示逾期未办结：${ctx.firmName}`,
          body: `${authorName} 批示给 ${assignee?.name ?? ''} 的事项（应于 ${due} 前办理）仍未办结：${i.body}`,
          titleEn: `Instruction overdue: ${ctx.firmName}`,
          bodyEn: `${authorName}'s instruction to ${assignee?.name ?? ''} (due by ${due}) is still open: ${i.body}`,
        }),
      );
    }
    await this.writer.create(em, reminders);
  }

  /** A message in the thread, or the closing, told to the other side(s) at once. */
  async told(em: EntityManager, i: Instruction, eventKey: string, recipients: readonly number[], text: InstructionText): Promise<void> {
    await this.writer.create(
      em,
      distinct(recipients).map((recipientId) => ({
        kind: 'instruction_reply' as const,
        targetId: i.targetId,
        followUpId: null,
        instructionId: i.id,
        recipientId,
        dueAt: new Date(),
        dedupeKey: `instruction_reply-i${i.id}-${eventKey}-u${recipientId}`,
        ...text,
        link: targetLink(i.targetId),
      })),
    );
  }

  /** Closing cancels what is still scheduled and resolves (已解除) what was delivered. */
  async closed(em: EntityManager, instructionId: number): Promise<void> {
    await this.writer.cancel(em, { instructionId });
    await resolveSubjectNotices(em, { instructionId });
  }
}
