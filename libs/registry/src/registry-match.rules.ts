import { firmNameKey } from '@crm/firms';
import type { RegistryRowData } from './registry-row.rules';

export type DuplicateBy = 'code' | 'name';

/** What a file row is against the rows above it: new, a duplicate of one, or an exact-name clash with a different code. */
export type FileVerdict = { kind: 'new' } | { kind: 'duplicate'; of: number; by: DuplicateBy } | { kind: 'name_clash'; of: number };

/**
 * Duplicates within one file: the same 统一社会信用代码, or the same normalised name (firmNameKey)
 * unless both rows carry codes and they differ (two legal entities). The first row is kept.
 */
export class RegistryFileDuplicates {
  private readonly byCode = new Map<string, number>();
  private readonly byKey = new Map<string, { rowNo: number; code: string | null; name: string }>();

  check(rowNo: number, d: Pick<RegistryRowData, 'name' | 'creditCode'>): FileVerdict {
    const key = firmNameKey(d.name) ?? d.name;
    if (d.creditCode) {
      const of = this.byCode.get(d.creditCode);
      if (of !== undefined) return { kind: 'duplicate', of, by: 'code' };
    }
    const named = this.byKey.get(key);
    if (named && (!named.code || !d.creditCode)) return { kind: 'duplicate', of: named.rowNo, by: 'name' };
    if (named && named.name === d.name) return { kind: 'name_clash', of: named.rowNo };
    if (d.creditCode) this.byCode.set(d.creditCode, rowNo);
    if (!named) this.byKey.set(key, { rowNo, code: d.creditCode, name: d.name });
    return { kind: 'new' };
  }
}

/** A firm already in the database, as matching needs it. */
export interface ExistingFirm {
  id: number;
  name: string;
  creditCode: string | null;
  registryExportedOn: string | null;
}

export type RowPlan =
  | { action: 'create' }
  | { action: 'update'; firmId: number; by: DuplicateBy }
  | { action: 'stale'; firmId: number; exportedOn: string }
  | { action: 'ambiguous'; firms: string[] }
  | { action: 'name_taken'; firmId: number };

/**
 * One valid row against the database. A firm with the row's code is the firm. Otherwise firms whose
 * name keys hold the row's key match unless both carry different codes; one match is the firm,
 * several are ambiguous (merge them first) unless one bears the row's exact name. A firm whose
 * registry data comes from a newer export than this file is left alone (stale): re-importing an
 * older file never overwrites newer data.
 */
export function planRegistryRow(
  d: Pick<RegistryRowData, 'name' | 'creditCode'>,
  exportedOn: string,
  byCode: ExistingFirm | undefined,
  byKey: readonly ExistingFirm[],
  sameName: ExistingFirm | undefined,
): RowPlan {
  let firm = byCode;
  let by: DuplicateBy = 'code';
  if (!firm) {
    const candidates = byKey.filter((f) => !f.creditCode || !d.creditCode || f.creditCode === d.creditCode);
    // Several (a pair marked 非重复, or duplicates not yet merged): the one bearing the row's exact name, else ambiguous.
    const exact = candidates.length > 1 && sameName ? candidates.find((f) => f.id === sameName.id) : undefined;
    if (candidates.length > 1 && !exact) return { action: 'ambiguous', firms: candidates.map((f) => f.name) };
    firm = exact ?? candidates[0];
    by = 'name';
  }
  if (!firm) return sameName ? { action: 'name_taken', firmId: sameName.id } : { action: 'create' };
  if (firm.registryExportedOn && firm.registryExportedOn > exportedOn) return { action: 'stale', firmId: firm.id, exportedOn: firm.registryExportedOn };
  return { action: 'update', firmId: firm.id, by };
}
