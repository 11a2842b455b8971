/**
 * Which bucket of 我的待办 a follow-up due at `dueAt` falls in, seen at `now` in Asia/Shanghai:
 * overdue (past), today (later today), this week (after today, through Sunday), or none (later).
 */
export type TodoBucket = 'overdue' | 'today' | 'week';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** Midnight (Shanghai) starting the day after `now`, and the Monday starting the next week. */
export function shanghaiBoundaries(now: Date): { endOfToday: Date; endOfWeek: Date } {
  const local = now.getTime() + SHANGHAI_OFFSET_MS;
  const startOfToday = Math.floor(local / DAY_MS) * DAY_MS;
  // 1970-01-01 was a Thursday: day 0 → 3 days after Monday.
  const dayOfWeek = (Math.floor(local / DAY_MS) + 3) % 7; // 0 = Monday … 6 = Sunday
  return {
    endOfToday: new Date(startOfToday + DAY_MS - SHANGHAI_OFFSET_MS),
    endOfWeek: new Date(startOfToday + (7 - dayOfWeek) * DAY_MS - SHANGHAI_OFFSET_MS),
  };
}

export function todoBucket(dueAt: Date, now: Date): TodoBucket | null {
  if (dueAt < now) return 'overdue';
  const { endOfToday, endOfWeek } = shanghaiBoundaries(now);
  if (dueAt < endOfToday) return 'today';
  if (dueAt < endOfWeek) return 'week';
  return null;
}
