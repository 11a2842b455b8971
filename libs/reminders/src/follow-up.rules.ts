import type { ReminderKind } from './entities/reminder.entity';

export interface FollowUpTiming {
  preDueHours: number;
  escalationGraceHours: number;
}

export interface PlannedReminder {
  kind: Extract<ReminderKind, 'pre_due' | 'due' | 'escalation'>;
  at: Date;
}

const HOUR_MS = 3_600_000;

/**
 * The reminders an open follow-up due at `dueAt` gets: optionally one `preDueHours` before (only
 * if that moment is still ahead), always one at due time, and an escalation `escalationGraceHours`
 * after it (0 = escalate as soon as it is due).
 */
export function followUpReminderPlan(dueAt: Date, now: Date, timing: FollowUpTiming): PlannedReminder[] {
  const plan: PlannedReminder[] = [];
  if (timing.preDueHours > 0) {
    const pre = new Date(dueAt.getTime() - timing.preDueHours * HOUR_MS);
    if (pre > now) plan.push({ kind: 'pre_due', at: pre });
  }
  plan.push({ kind: 'due', at: dueAt });
  plan.push({ kind: 'escalation', at: new Date(dueAt.getTime() + timing.escalationGraceHours * HOUR_MS) });
  return plan;
}

/**
 * How a replaced or cleared follow-up closes: `done` when the target saw activity (a contact log,
 * a stage change) after the follow-up was set, otherwise `cancelled` (moved or dropped unused).
 */
export function closingState(followUpCreatedAt: Date, lastActivityAt: Date): 'done' | 'cancelled' {
  return lastActivityAt > followUpCreatedAt ? 'done' : 'cancelled';
}

/** The people an overdue follow-up escalates to: the team leader and chain managers, never the owner, each once. */
export function escalationRecipients(ownerId: number, leaderId: number | null, chainManagerIds: readonly number[]): number[] {
  const ids = [leaderId, ...chainManagerIds].filter((id): id is number => id !== null && id !== ownerId);
  return [...new Set(ids)];
}
