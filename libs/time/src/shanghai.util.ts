/**
 * The office's clock: Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991, so a fixed
 * offset is exact and these helpers need no time-zone database. Pure: no I/O, no reading the system clock
 * except as a default argument.
 */

/** The IANA zone the office works in: for Intl formatting, SQL `AT TIME ZONE` and cron schedules. */
export const TIME_ZONE = 'Asia/Shanghai';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Shanghai wall-clock time minus UTC. */
export const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** Shanghai wall-clock time of `at` as milliseconds read as UTC (so getUTC* give the Shanghai fields). */
const wall = (at: Date): number => at.getTime() + SHANGHAI_OFFSET_MS;

/** The Shanghai calendar date of `at` (default now) as YYYY-MM-DD, whatever the server's zone. */
export function shanghaiDate(at: Date = new Date()): string {
  return new Date(wall(at)).toISOString().slice(0, 10);
}

/** `at` as the office writes it: YYYY-MM-DD HH:mm in Shanghai. */
export function shanghaiDateTime(at: Date): string {
  return new Date(wall(at)).toISOString().slice(0, 16).replace('T', ' ');
}

/** The Shanghai calendar year of `at` (default now). */
export function shanghaiYear(at: Date = new Date()): number {
  return new Date(wall(at)).getUTCFullYear();
}

/** The instant of `hour`:`minute` Shanghai time on the calendar date `date` (YYYY-MM-DD). */
export function shanghaiAt(date: string, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), hour, minute) - SHANGHAI_OFFSET_MS);
}

/** The calendar date `days` days after `date` (both YYYY-MM-DD; `days` may be negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10) + days)).toISOString().slice(0, 10);
}

/** Start and end (exclusive) of the Shanghai day holding `at`, as instants. */
export function shanghaiDayBounds(at: Date): { start: Date; end: Date } {
  const start = Math.floor(wall(at) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
  return { start: new Date(start), end: new Date(start + DAY_MS) };
}

/** Start (Monday 00:00) and end (exclusive, the next Monday 00:00) of the Shanghai week holding `at`, as instants. */
export function shanghaiWeekBounds(at: Date): { start: Date; end: Date } {
  const day = Math.floor(wall(at) / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  const monday = (day - ((((day + 3) % 7) + 7) % 7)) * DAY_MS - SHANGHAI_OFFSET_MS;
  return { start: new Date(monday), end: new Date(monday + 7 * DAY_MS) };
}
