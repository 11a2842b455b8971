import { FIRM_TAGS, type FirmTag } from '@crm/firms';
import { RECRUITMENT_METHODS } from '@crm/pipeline';
import type { ImportRowData } from '@crm/contracts';
import { parseFollowUpAt } from './follow-up-at.util';

/** The import file's columns, by their Chinese headers (the template writes exactly these). */
export const IMPORT_COLUMNS = [
  { key: 'name', header: '企业名称', required: true },
  { key: 'creditCode', header: '统一社会信用代码' },
  { key: 'hqCity', header: '总部城市' },
  { key: 'tags', header: '标签' },
  { key: 'chain', header: '产业链' },
  { key: 'link', header: '环节' },
  { key: 'owner', header: '招商专员' },
  { key: 'expectedInvestment', header: '预计投资额（万元）' },
  { key: 'method', header: '招商方式' },
  { key: 'notes', header: '备注' },
  { key: 'nextFollowUpAt', header: '下次跟进时间' },
] as const;
export type ImportKey = (typeof IMPORT_COLUMNS)[number]['key'];
const HEADER: Record<ImportKey, string> = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<ImportKey, string>;

export interface RowError {
  column: string;
  code: string;
  reason: string;
  reasonZh: string;
}

/** What a valid row becomes (the shape the preview's sample shows, libs/contracts). */
export type { ImportRowData } from '@crm/contracts';

export interface ImportLookups {
  /** Chain by name or code → its id and links by name or code; 'ambiguous' when several chains share the name. */
  chain(nameOrCode: string): { id: number; links: Map<string, number> } | 'ambiguous' | 'not_allowed' | undefined;
  /** Active user id by username, or by display name when exactly one active user has it. */
  owner(usernameOrDisplayName: string): number | undefined;
}

/** Maps the header row to column positions; names every required or known header that is missing. */
export function headerPositions(headers: string[]): { positions: Partial<Record<ImportKey, number>>; missing: string[] } {
  const clean = headers.map((h) => normalizeHeader(h));
  const positions: Partial<Record<ImportKey, number>> = {};
  for (const c of IMPORT_COLUMNS) {
    const i = clean.indexOf(normalizeHeader(c.header));
    if (i >= 0) positions[c.key] = i;
  }
  const missing = IMPORT_COLUMNS.filter((c) => 'required' in c && positions[c.key] === undefined).map((c) => c.header);
  return { positions, missing };
}

/** Full-width and half-width brackets and stray spaces are the same header. */
const normalizeHeader = (h: string) => h.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const MAX_INVESTMENT = 999_999_999_999.99; // numeric(14,2)

const err = (key: ImportKey, code: string, reason: string, reasonZh: string): RowError => ({ column: HEADER[key], code, reason, reasonZh });

/** Parses and checks one row on its own (no file- or database-level checks). */
export function parseImportRow(cells: Partial<Record<ImportKey, string>>, lookups: ImportLookups): { data: ImportRowData; errors: RowError[] } {
  const v = (k: ImportKey) => (cells[k] ?? '').trim();
  const errors: RowError[] = [];
  const name = v('name');
  if (!name) errors.push(err('name', 'required', 'firm name is required', '企业名称不能为空'));
  else if (name.length > 200) errors.push(err('name', 'maxLength', 'firm name longer than 200 characters', '企业名称超过 200 字'));

  const creditCode = v('creditCode').toUpperCase() || null;
  if (creditCode && !CREDIT_CODE.test(creditCode))
    errors.push(err('creditCode', 'invalid', `not an 18-character unified social credit code: ${creditCode}`, '统一社会信用代码格式不正确（应为 18 位）'));

  const hqCity = v('hqCity') || null;
  if (hqCity && hqCity.length > 100) errors.push(err('hqCity', 'maxLength', 'city longer than 100 characters', '总部城市超过 100 字'));

  const tags = v('tags')
    .split(/[,，、;；\s]+/)
    .filter(Boolean);
  const unknownTags = tags.filter((t) => !(FIRM_TAGS as readonly string[]).includes(t));
  if (unknownTags.length)
    errors.push(err('tags', 'unknown', `unknown tag(s): ${unknownTags.join(', ')}; allowed: ${FIRM_TAGS.join(', ')}`, `未知标签：${unknownTags.join('、')}`));

  let chainId: number | null = null;
  let chainLinkId: number | null = null;
  let ownerId: number | null = null;
  const chainName = v('chain');
  const linkName = v('link');
  if (chainName || linkName) {
    if (!chainName) errors.push(err('chain', 'required', 'chain is required when a link is given', '填写环节时必须填写产业链'));
    else if (!linkName) errors.push(err('link', 'required', 'link is required when a chain is given', '填写产业链时必须填写环节'));
    else {
      const chain = lookups.chain(chainName);
      if (chain === undefined) errors.push(err('chain', 'unknown', `unknown chain: ${chainName}`, `产业链不存在：${chainName}`));
      else if (chain === 'ambiguous')
        errors.push(err('chain', 'ambiguous', `several chains are named ${chainName}; use the chain code`, `多个产业链同名：${chainName}，请填写产业链编码`));
      else if (chain === 'not_allowed') errors.push(err('chain', 'forbidden', `you do not manage chain ${chainName}`, `无权导入产业链：${chainName}`));
      else {
        const link = chain.links.get(linkName);
        if (link === undefined)
          errors.push(err('link', 'unknown', `unknown chain link: ${linkName} in ${chainName}`, `环节不存在：${chainName} / ${linkName}`));
        else {
          chainId = chain.id;
          chainLinkId = link;
        }
      }
    }
    const owner = v('owner');
    if (!owner) errors.push(err('owner', 'required', 'owner (display name or username) is required for a target', '招商专员不能为空'));
    else if ((ownerId = lookups.owner(owner) ?? null) === null)
      errors.push(err('owner', 'unknown', `unknown or inactive user: ${owner}`, `招商专员不存在或已停用：${owner}`));
  }

  let expectedInvestment: number | null = null;
  const inv = v('expectedInvestment').replace(/[,，\s]/g, '');
  if (inv) {
    const n = Number(inv);
    if (!/^\d+(\.\d+)?$/.test(inv) || !Number.isFinite(n) || n > MAX_INVESTMENT)
      errors.push(err('expectedInvestment', 'isNumber', `not a non-negative number: ${inv}`, `预计投资额不是有效数字：${inv}`));
    else expectedInvestment = Math.round(n * 100) / 100;
  }

  const method = v('method') || null;
  if (method && !(RECRUITMENT_METHODS as readonly string[]).includes(method))
    errors.push(err('method', 'isIn', `unknown method: ${method}`, `招商方式不在可选范围：${method}`));

  const notes = v('notes') || null;

  const followUp = parseFollowUpAt(v('nextFollowUpAt'));
  if (followUp === undefined) {
    errors.push(
      err(
        'nextFollowUpAt',
        'invalid',
        `not a date and time: ${v('nextFollowUpAt')}; write e.g. 2026-03-01 09:30 (Asia/Shanghai)`,
        `下次跟进时间格式不正确：${v('nextFollowUpAt')}（示例：2026-03-01 09:30，北京时间）`,
      ),
    );
  } else if (followUp && !chainName && !linkName) {
    errors.push(
      err('nextFollowUpAt', 'rule', 'a next follow-up belongs to a target: fill in chain and link too', '填写下次跟进时间时必须同时填写产业链和环节'),
    );
  }
  const nextFollowUpAt = followUp ? followUp.toISOString() : null;
  return {
    data: { name, creditCode, hqCity, tags: tags as FirmTag[], chainId, chainLinkId, ownerId, expectedInvestment, method, notes, nextFollowUpAt },
    errors,
  };
}

/**
 * Duplicates within one file: the same firm name with two different credit codes, one credit code
 * on two names, or the same firm × link twice. Holds only names, codes and keys — not rows.
 */
export class FileDuplicates {
  private readonly codeOfName = new Map<string, string | null>();
  private readonly nameOfCode = new Map<string, string>();
  private readonly targets = new Map<string, number>();
  private readonly firmRows = new Map<string, number>();

  check(rowNo: number, d: ImportRowData): RowError[] {
    const errors: RowError[] = [];
    const knownCode = this.codeOfName.get(d.name);
    if (d.creditCode) {
      const other = this.nameOfCode.get(d.creditCode);
      if (other !== undefined && other !== d.name)
        errors.push(err('creditCode', 'duplicate', `credit code also used by ${other} earlier in the file`, `统一社会信用代码与文件中前面的“${other}”重复`));
      if (knownCode && knownCode !== d.creditCode)
        errors.push(err('name', 'duplicate', `firm ${d.name} appears earlier in the file with another credit code`, `企业名称在文件中重复且信用代码不同`));
    }
    const targetKey = d.chainLinkId === null ? null : `${d.name}\u0000${d.chainLinkId}`;
    if (targetKey && this.targets.has(targetKey)) {
      errors.push(err('name', 'duplicate', `same firm and link as row ${this.targets.get(targetKey)}`, `与第 ${this.targets.get(targetKey)} 行企业和环节重复`));
    } else if (!targetKey && this.firmRows.has(d.name)) {
      errors.push(err('name', 'duplicate', `firm already listed in row ${this.firmRows.get(d.name)}`, `企业名称与第 ${this.firmRows.get(d.name)} 行重复`));
    }
    if (errors.length === 0) {
      if (!this.codeOfName.has(d.name) || (!knownCode && d.creditCode)) this.codeOfName.set(d.name, d.creditCode);
      if (d.creditCode) this.nameOfCode.set(d.creditCode, d.name);
      if (targetKey) this.targets.set(targetKey, rowNo);
      if (!this.firmRows.has(d.name)) this.firmRows.set(d.name, rowNo);
    }
    return errors;
  }
}

/**
 * Against firms already in the database: a row updates the firm of the same name, so it conflicts
 * only when the credit code belongs to another firm or the firm of that name has another code.
 */
export function databaseConflicts(d: ImportRowData, byName: { creditCode: string | null } | undefined, nameOfCode: string | undefined): RowError[] {
  const errors: RowError[] = [];
  if (d.creditCode && nameOfCode !== undefined && nameOfCode !== d.name) {
    errors.push(err('creditCode', 'duplicate', `credit code already belongs to firm ${nameOfCode}`, `统一社会信用代码已属于企业“${nameOfCode}”`));
  }
  if (d.creditCode && byName?.creditCode && byName.creditCode !== d.creditCode) {
    errors.push(err('name', 'duplicate', `firm ${d.name} exists with credit code ${byName.creditCode}`, `企业“${d.name}”已存在且信用代码不同`));
  }
  return errors;
}

/**
 * The multipart parser hands over a plain `filename="…"` as latin1 though browsers send UTF-8 bytes;
 * a `filename*=UTF-8''…` name arrives decoded already (it has characters above U+00FF).
 */
export function uploadedName(raw: string): string {
  if (!/^[\x00-\xff]*$/.test(raw)) return raw;
  const utf8 = Buffer.from(raw, 'latin1').toString('utf8');
  return utf8.includes('\ufffd') ? raw : utf8;
}
