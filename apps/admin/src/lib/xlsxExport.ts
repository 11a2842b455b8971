import { formatDateTime } from './format';
import { punctuation } from './punctuation';

/** Cells a list export writes: text, numbers, or nothing. */
export type Cell = string | number | null;

/** Fields that point at another resource: exported as that record's name, never as the id. */
export const REFERENCES: Record<string, string> = {
  firmId: 'firms',
  chainId: 'chains',
  chainLinkId: 'chain-links',
  ownerId: 'users',
  authorId: 'users',
  recipientId: 'users',
  createdById: 'users',
  userId: 'users',
  leaderId: 'users',
  planId: 'plans',
  teamId: 'teams',
  carrierId: 'carriers',
  targetId: 'targets',
};

/** Code fields shown by their label (translation key prefix). */
export const CODES: Record<string, string> = {
  stage: 'crm.stage',
  pausedFromStage: 'crm.stage',
  kind: 'crm.contact_kind',
  role: 'crm.role',
  position: 'crm.position',
  type: 'crm.carrier_type',
};

/** Money in 万元: the header says so. */
export const MONEY = new Set(['expectedInvestment', 'signedInvestment', 'expectedOutput', 'signedOutput', 'investment', 'amount']);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const SKIP = new Set(['id', 'version', 'passwordHash', 'demo', 'sourceRef', 'q']);

/**
 * The columns of a list export, from the records themselves: no ids or versions, an `xxxId` only
 * when no `xxxName` sibling already carries its name, nested objects left out.
 */
export function exportColumns(records: Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) seen.add(k);
  const plain = (k: string) => records.every((r) => r[k] === null || r[k] === undefined || typeof r[k] !== 'object' || Array.isArray(r[k]));
  return [...seen].filter((k) => {
    if (SKIP.has(k) || k.endsWith('Ids') || !plain(k)) return false;
    if (k.endsWith('Id')) return !!REFERENCES[k] && !seen.has(`${k.slice(0, -2)}Name`);
    return true;
  });
}

/**
 * One cell as a person reads it: names for references, labels for codes, Asia/Shanghai times
 * (YYYY-MM-DD HH:mm), 是/否, lists joined with 、. Text that a spreadsheet would run as a formula
 * (= + - @ first) is kept as text by the writer (plain string cells), so it is left unchanged here.
 */
export function exportCell(field: string, value: unknown, t: (key: string) => string, names: Map<string, Map<unknown, string>>): Cell {
  if (value === null || value === undefined || value === '') return null;
  if (REFERENCES[field]) return names.get(REFERENCES[field])?.get(value) ?? null;
  if (CODES[field] && typeof value === 'string') {
    const label = t(`${CODES[field]}.${value}`);
    return label.startsWith(CODES[field]) ? value : label;
  }
  if (typeof value === 'boolean') return t(value ? 'ra.boolean.true' : 'ra.boolean.false');
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(String).join(punctuation().listSep);
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatDateTime(value);
  if (typeof value === 'string' && MONEY.has(field) && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return String(value);
}

/** The header of a column: the list's own field label, with the unit for money. */
export function exportHeader(resource: string, field: string, t: (key: string, opts?: object) => string): string {
  const label = t(`resources.${resource}.fields.${field}`, { _: field });
  return MONEY.has(field) ? `${label}${punctuation().paren(t('chainkpi.unit.万元'))}` : label;
}

/**
 * CSV with a UTF-8 byte-order mark (Excel on a Chinese Windows desktop reads it as UTF-8) and every
 * cell that begins with = + - @ prefixed with ' so no spreadsheet runs it as a formula.
 */
export function toCsv(rows: Cell[][]): string {
  const cell = (v: Cell) => {
    if (v === null) return '';
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
