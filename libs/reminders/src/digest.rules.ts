/** A BullMQ cron pattern (minute hour * * *) for a daily time written HH:MM. */
export function dailyCron(time: string): string {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new Error(`daily time must be HH:MM, got "${time}"`);
  return `${Number(m[2])} ${Number(m[1])} * * *`;
}
