import type { TodoBucket } from '@crm/contracts';
import { shanghaiDayBounds, shanghaiWeekBounds } from '@crm/time';

/**
 * Which bucket of 我的待办 a follow-up due at `dueAt` falls in, seen at `now` in Asia/Shanghai:
 * overdue (past), today (later today), this week (after today, through Sunday), or none (later).
 */
export type { TodoBucket } from '@crm/contracts';

/** Midnight (Shanghai) starting the day after `now`, and the Monday starting the next week. */
export function shanghaiBoundaries(now: Date): { endOfToday: Date; endOfWeek: Date } {
  return { endOfToday: shanghaiDayBounds(now).end, endOfWeek: shanghaiWeekBounds(now).end };
}

export function todoBucket(dueAt: Date, now: Date): TodoBucket | null {
  if (dueAt < now) return 'overdue';
  const { endOfToday, endOfWeek } = shanghaiBoundaries(now);
  if (dueAt < endOfToday) return 'today';
  if (dueAt < endOfWeek) return 'week';
  return null;
}
