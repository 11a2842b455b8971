/** A BullMQ cron pattern (minute hour * * *) for a daily time written HH:MM. */
export function dailyCron(time: string): string {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new Error(`daily time must be HH:MM, got "${time}"`);
  return `${Number(m[2])} ${Number(m[1])} * * *`;
}

/** The calendar day in Asia/Shanghai (UTC+8, no daylight saving) as YYYY-MM-DD. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Start and end (exclusive) of the Asia/Shanghai day containing `at`, as instants. */
export function shanghaiDayBounds(at: Date): { start: Date; end: Date } {
  const start = new Date(`${shanghaiDay(at)}T00:00:00+08:00`);
  return { start, end: new Date(start.getTime() + 86_400_000) };
}
