import type { AuditChanges } from './audit-log.entity';

/** Never written to the audit trail as values (a changed password shows as '***' → '***'). */
const SECRET = /password|secret|token/i;
/** Bookkeeping columns that change on every update and say nothing about the edit. */
const NOISE = new Set(['updatedAt', 'version']);

/** A value as it would read back from JSON: dates as ISO strings, undefined as null. */
export function normalize(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `{ field: [old, new] }` for the given fields whose values differ. Fields missing from `after`
 * (a partial update) are not compared. Secret fields are masked, bookkeeping fields skipped.
 */
export function diffChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: readonly string[]): AuditChanges {
  const out: AuditChanges = {};
  for (const f of fields) {
    if (NOISE.has(f)) continue;
    if (after && before && !(f in after)) continue;
    const oldV = normalize(before?.[f]);
    const newV = normalize(after?.[f]);
    if (same(oldV, newV)) continue;
    out[f] = SECRET.test(f) ? [oldV === null ? null : '***', newV === null ? null : '***'] : [oldV, newV];
  }
  return out;
}

/** A primary key as text: "42", or "chainId=3,userId=7" for composite keys. */
export function formatEntityId(ids: Record<string, unknown> | undefined | null): string | null {
  if (!ids) return null;
  const entries = Object.entries(ids).filter(([, v]) => v !== undefined && v !== null);
  if (!entries.length) return null;
  if (entries.length === 1) return String(entries[0][1]).slice(0, 100);
  return entries
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',')
    .slice(0, 100);
}

/** Tables whose rows are machinery, not people's work: never audited. */
export function isAudited(table: string): boolean {
  return !/^(audit_log|typeorm_metadata|migrations|reminder)$|notification|deliver|heartbeat|outbox/.test(table);
}
