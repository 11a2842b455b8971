/**
 * A signed project's milestones (项目节点) and how late they are: pure rules, no I/O.
 * Dates are office dates (YYYY-MM-DD, Asia/Shanghai).
 */
import { MILESTONE_KINDS, type MilestoneKind, type MilestoneLight } from '@crm/contracts';
import { addDays, shanghaiAt } from '@crm/time';

export { MILESTONE_KINDS, type MilestoneKind, type MilestoneLight };

export const MILESTONE_LABELS: Record<MilestoneKind, string> = {
  registered: '工商注册',
  settled: '入驻/开工',
  producing: '投产/运营',
  full_output: '达产',
};
export const MILESTONE_LABELS_EN: Record<MilestoneKind, string> = {
  registered: 'registration',
  settled: 'move-in / start',
  producing: 'production / operation',
  full_output: 'full output',
};

export interface MilestoneDates {
  kind: MilestoneKind;
  plannedOn: string | null;
  actualOn: string | null;
}

export interface MilestoneProblem {
  field: 'plannedOn' | 'actualOn';
  rule: string;
  message: string;
  messageZh: string;
}

const DAY_MS = 86_400_000;
const dayNumber = (d: string): number => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY_MS;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/**
 * What is wrong with the milestone `kind` among a project's milestones (all four, in order, with
 * the change applied), or null. Actual dates follow the milestones' order: none before an earlier
 * milestone's recorded actual date nor after a later one's, none in the future; planned dates
 * likewise keep the order. A milestone may be recorded while an earlier one is not (落地 records
 * 入驻 before anyone has entered the 工商注册 date); the dates only must not contradict each other.
 */
export function milestoneProblem(milestones: readonly MilestoneDates[], kind: MilestoneKind, today: string): MilestoneProblem | null {
  const i = milestones.findIndex((m) => m.kind === kind);
  const m = milestones[i];
  const label = MILESTONE_LABELS[kind];
  if (m.actualOn && m.actualOn > today) {
    return {
      field: 'actualOn',
      rule: 'actual_in_future',
      message: `actualOn ${m.actualOn} is in the future (today is ${today})`,
      messageZh: `${label}的实际日期 ${m.actualOn} 晚于今天（${today}）`,
    };
  }
  for (const [field, word, wordZh] of [
    ['actualOn', 'actual', '实际'],
    ['plannedOn', 'planned', '计划'],
  ] as const) {
    const mine = m[field];
    if (!mine) continue;
    const before = milestones
      .slice(0, i)
      .filter((p) => p[field] && p[field]! > mine)
      .pop();
    if (before) {
      return {
        field,
        rule: `${word}_before_previous`,
        message: `${field} ${mine} is before the ${word} date of ${MILESTONE_LABELS_EN[before.kind]} (${before[field]})`,
        messageZh: `${label}的${wordZh}日期 ${mine} 早于上一节点「${MILESTONE_LABELS[before.kind]}」的${wordZh}日期 ${before[field]}`,
      };
    }
    const after = milestones.slice(i + 1).find((n) => n[field] && n[field]! < mine);
    if (after) {
      return {
        field,
        rule: `${word}_after_next`,
        message: `${field} ${mine} is after the ${word} date of ${MILESTONE_LABELS_EN[after.kind]} (${after[field]})`,
        messageZh: `${label}的${wordZh}日期 ${mine} 晚于下一节点「${MILESTONE_LABELS[after.kind]}」的${wordZh}日期 ${after[field]}`,
      };
    }
  }
  return null;
}

/** Days past the planned date at which a milestone turns yellow, then red (reminder rules, per plan). */
export interface MilestoneThresholds {
  yellowDays: number;
  redDays: number;
}

export function milestoneLight(
  m: Pick<MilestoneDates, 'plannedOn' | 'actualOn'>,
  today: string,
  t: MilestoneThresholds,
): { light: MilestoneLight; daysLate: number } {
  if (m.actualOn) return { light: 'done', daysLate: m.plannedOn ? Math.max(0, daysBetween(m.plannedOn, m.actualOn)) : 0 };
  if (!m.plannedOn) return { light: 'unplanned', daysLate: 0 };
  const late = Math.max(0, daysBetween(m.plannedOn, today));
  return { light: late >= t.redDays ? 'red' : late >= t.yellowDays ? 'yellow' : 'green', daysLate: late };
}

/** An overdue milestone: planned before today and not reached. */
export const isOverdue = (m: Pick<MilestoneDates, 'plannedOn' | 'actualOn'>, today: string): boolean => !m.actualOn && !!m.plannedOn && m.plannedOn < today;

export interface PlannedMilestoneReminder {
  kind: 'milestone_yellow' | 'milestone_red';
  at: Date;
}

/** 09:00 Asia/Shanghai (01:00 UTC) on `date` + `days`: the office hears of a late milestone at the start of its day. */
export function officeMorning(date: string, days: number): Date {
  return shanghaiAt(addDays(date, days), 9);
}

/**
 * The reminders an unreached milestone planned on `plannedOn` gets: yellow (the owner) on the
 * morning yellowDays after it, red (escalated) on the morning redDays after it. When red is
 * already due, only red: someone entering a long-missed date hears once, at its real grade.
 */
export function milestoneReminderPlan(plannedOn: string, now: Date, t: MilestoneThresholds): PlannedMilestoneReminder[] {
  const red: PlannedMilestoneReminder = { kind: 'milestone_red', at: officeMorning(plannedOn, t.redDays) };
  if (red.at <= now) return [red];
  return [{ kind: 'milestone_yellow', at: officeMorning(plannedOn, t.yellowDays) }, red];
}
