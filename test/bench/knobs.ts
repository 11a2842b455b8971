/**
 * Knobs for iterating on one path: BENCH_ONLY (run only the hot paths whose name or group matches
 * a regex, without the reminders, import and queue sections) and BENCH_REUSE (keep crm_bench when
 * it holds the same scale's generated data, untouched since). The database remembers what it holds
 * in its comment; the sections that write to it (reminders, import) clear the comment first.
 */
import { Client } from 'pg';
import type { Generated } from './generate';

/** What a bench database holds, as written into its comment after generation. */
export interface BenchMarker {
  bench: 'generated';
  scale: number;
  generated: Generated;
}

/** The predicate BENCH_ONLY makes: a case-insensitive regex over "group: name (user)"; everything when unset or empty. */
export function pathFilter(pattern: string | undefined): (p: { name: string; group: string; user: string }) => boolean {
  if (!pattern?.trim()) return () => true;
  const re = new RegExp(pattern, 'i');
  return (p) => re.test(`${p.group}: ${p.name} (${p.user})`);
}

/** The marker in a database comment, if it says the database holds this scale's generated data. */
export function reusableMarker(comment: string | null | undefined, scale: number): BenchMarker | null {
  if (!comment) return null;
  try {
    const m = JSON.parse(comment) as Partial<BenchMarker>;
    return m.bench === 'generated' && m.scale === scale && m.generated ? (m as BenchMarker) : null;
  } catch {
    return null;
  }
}

/** The comment of the database (null when it does not exist or has none). */
export async function databaseComment(admin: Client, dbName: string): Promise<string | null> {
  const { rows } = await admin.query<{ c: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS c FROM pg_database WHERE datname = $1`, [dbName]);
  return rows[0]?.c ?? null;
}

const quoteLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Marks the database as holding the scale's generated data (BENCH_REUSE may keep it). */
export async function markGenerated(db: Client, dbName: string, scale: number, generated: Generated): Promise<void> {
  const marker: BenchMarker = { bench: 'generated', scale, generated };
  await db.query(`COMMENT ON DATABASE ${dbName} IS ${quoteLiteral(JSON.stringify(marker))}`);
}

/** Before a section writes to the data: the database no longer holds the generated data alone. */
export async function unmarkGenerated(db: Client, dbName: string): Promise<void> {
  await db.query(`COMMENT ON DATABASE ${dbName} IS NULL`);
}
