import { fromShanghaiInput, toShanghaiInput } from '../lib/format';

/** The one-tap next follow-ups of the 记一笔 composer. */
export const FOLLOW_UP_STEPS = ['1d', '3d', '1w', '1m'] as const;
export type FollowUpStep = (typeof FOLLOW_UP_STEPS)[number];

/** Follow-ups land at 09:00 Shanghai time: the start of an office day, whatever time the log was written. */
export const FOLLOW_UP_HOUR = '09:00';

/**
 * The next follow-up `step` after `from`, on the Shanghai calendar at 09:00. A month later keeps
 * the day of the month where it exists (Jan 31 + 1 月 → Feb 28/29).
 */
export function followUpAfter(from: Date, step: FollowUpStep): string {
  const [y, m, d] = toShanghaiInput(from).slice(0, 10).split('-').map(Number);
  let day: Date;
  if (step === '1m') {
    const lastOfNext = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    day = new Date(Date.UTC(y, m, Math.min(d, lastOfNext)));
  } else {
    const days = step === '1d' ? 1 : step === '3d' ? 3 : 7;
    day = new Date(Date.UTC(y, m - 1, d + days));
  }
  return fromShanghaiInput(`${day.toISOString().slice(0, 10)}T${FOLLOW_UP_HOUR}`)!;
}

/** A device-generated Idempotency-Key; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

export interface TodoTarget {
  id: number | string;
  nextFollowUpAt: string | null;
}

/** 今日待办 in three groups by the Shanghai calendar: overdue (before now), the rest of today, the next 7 days. */
export function groupTodo<T extends TodoTarget>(targets: T[], now: Date): { overdue: T[]; today: T[]; upcoming: T[] } {
  const today = toShanghaiInput(now).slice(0, 10);
  const endOfToday = new Date(fromShanghaiInput(`${today}T00:00`)!).getTime() + 86_400_000;
  const weekEnd = endOfToday + 7 * 86_400_000;
  const out = { overdue: [] as T[], today: [] as T[], upcoming: [] as T[] };
  for (const t of targets) {
    if (!t.nextFollowUpAt) continue;
    const at = new Date(t.nextFollowUpAt).getTime();
    if (at < now.getTime()) out.overdue.push(t);
    else if (at < endOfToday) out.today.push(t);
    else if (at < weekEnd) out.upcoming.push(t);
  }
  return out;
}
