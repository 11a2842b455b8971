import type { DataSource } from 'typeorm';

/** Tables written by background machinery (heartbeats, queue bookkeeping), not by requests. */
const MACHINERY = /heartbeat|typeorm_metadata|migrations|delivery|deliveries|notification|reminder/;

/**
 * A cheap fingerprint of every table a request could write: row count and the newest row
 * version (max xmin) per table. Any INSERT, UPDATE or DELETE that committed changes it.
 */
export async function dbFingerprint(ds: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await ds.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const audited = tables.map((t) => t.name).filter((n) => !MACHINERY.test(n));
  if (!audited.length) return {};
  const sql = audited
    .map((n) => `SELECT '${n}' AS t, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text AS f FROM "${n}"`)
    .join(' UNION ALL ');
  const rows: { t: string; f: string }[] = await ds.query(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.f]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
