import type { AuditLogEntry } from '@crm/contracts';
import { punctuation } from '../../lib/punctuation';
/** One audit row as GET /api/audit-logs returns it (the API's contract). */
export type AuditRow = AuditLogEntry;

/** Fields nobody reads in a change list: bookkeeping the database moves by itself. */
const NOISE = new Set(['version', 'updatedAt', 'createdAt', 'id', 'demo']);

/** A change as a person reads it: which field, from what, to what (values as short text). */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

const text = (v: unknown, yesNo: [string, string]): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? yesNo[0] : yesNo[1];
  if (Array.isArray(v)) return v.map((x) => text(x, yesNo)).join(punctuation().listSep) || '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

/** The changes of one audit row worth showing, in the order they were recorded (nothing → nothing left out). */
export function fieldChanges(changes: AuditRow['changes'] | null | undefined, yesNo: [string, string] = ['是', '否']): FieldChange[] {
  return Object.entries(changes ?? {})
    .filter(([field, pair]) => !NOISE.has(field) && Array.isArray(pair) && pair.length === 2)
    .map(([field, [from, to]]) => ({ field, from: text(from, yesNo), to: text(to, yesNo) }))
    .filter((c) => c.from !== c.to || c.from === '***');
}

/** Audit entity names (table names) → the backoffice resource whose field labels they use. */
export const ENTITY_RESOURCE: Record<string, string> = {
  target: 'targets',
  firm: 'firms',
  contact_log: 'contact-logs',
  chain: 'chains',
  chain_link: 'chain-links',
  app_user: 'users',
  team: 'teams',
  plan: 'plans',
  kpi_target: 'kpi-targets',
  carrier: 'carriers',
};
