import { DAY_MS as DAY, SHANGHAI_OFFSET_MS } from './shanghai.util';

/**
 * An ISO week in Shanghai: Monday 00:00 to next Monday 00:00 (the weekly report's week).
 * Accepts an ISO week ('2026-W12') or any date in the week ('2026-03-18'); none means this week.
 */
export interface ShanghaiWeek {
  /** ISO week label, e.g. '2026-W12' */
  label: string;
  start: Date;
  end: Date;
  /** Monday and Sunday as Shanghai dates */
  firstDay: string;
  lastDay: string;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The Monday (as a UTC-midnight ms of the Shanghai calendar date) of the week holding this Shanghai date. */
function mondayOf(dayMs: number): number {
  const weekday = (new Date(dayMs).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return dayMs - weekday * DAY;
}

function isoWeekLabel(mondayMs: number): string {
  const thursday = new Date(mondayMs + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const jan4 = Date.UTC(year, 0, 4);
  const week = Math.round((mondayMs - mondayOf(jan4)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function shanghaiWeek(week: string | undefined, now = new Date()): ShanghaiWeek | null {
  let monday: number;
  if (week === undefined || week === '') {
    const shanghaiDay = Math.floor((now.getTime() + SHANGHAI_OFFSET_MS) / DAY) * DAY;
    monday = mondayOf(shanghaiDay);
  } else if (/^\d{4}-W\d{2}$/.test(week)) {
    const year = Number(week.slice(0, 4));
    const n = Number(week.slice(6));
    if (n < 1 || n > 53) return null;
    monday = mondayOf(Date.UTC(year, 0, 4)) + (n - 1) * 7 * DAY;
    if (isoWeekLabel(monday) !== week) return null; // W53 in a 52-week year
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(week)) {
    const day = Date.parse(`${week}T00:00:00Z`);
    if (Number.isNaN(day) || iso(day) !== week) return null;
    monday = mondayOf(day);
  } else {
    return null;
  }
  return {
    label: isoWeekLabel(monday),
    start: new Date(monday - SHANGHAI_OFFSET_MS),
    end: new Date(monday + 7 * DAY - SHANGHAI_OFFSET_MS),
    firstDay: iso(monday),
    lastDay: iso(monday + 6 * DAY),
  };
}
