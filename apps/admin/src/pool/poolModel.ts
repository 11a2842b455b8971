/** The API's registry-import preview, suspected duplicates and merges (libs/registry, libs/merge), as the screens read them. */
export const REGISTRY_SOURCES = ['qichacha', 'tianyancha', 'qixinbao', 'other'] as const;

export interface RegistryPreview {
  id: number;
  fileName: string;
  source: string;
  exportedOn: string;
  status: 'preview' | 'committed';
  totalRows: number;
  errorRows: number;
  duplicateRows: number;
  willCreate: number;
  willUpdate: number;
  stale: number;
  errors: { row: number; name: string; column: string; code: string; reason: string; reasonZh: string }[];
  duplicates: { row: number; name: string; creditCode: string | null; duplicateOf: number; duplicateBy: 'code' | 'name'; ofName: string }[];
  result: { firmsCreated: number; firmsUpdated: number; stale: number; skipped: number; createdFirmIds: number[] } | null;
}

export interface SuspectFirm {
  id: number;
  name: string;
  fullName: string | null;
  creditCode: string | null;
  hqCity: string | null;
  industry: string | null;
  targets: number;
  version: number;
}

export interface SuspectGroup {
  key: string;
  firms: SuspectFirm[];
  /** Pairs marked 非重复 (lower id first). */
  dismissedPairs: [number, number][];
}

/** A 非重复 mark on two firms. */
export interface DuplicateDismissal {
  id: number;
  firmLowId: number;
  firmLowName: string;
  firmHighId: number;
  firmHighName: string;
  state: 'dismissed' | 'undone';
  dismissedAt: string;
  dismissedByName: string;
  undoneAt: string | null;
  undoneByName: string | null;
}

/** Whether two firms of a group were marked 非重复 (no merge is offered for them). */
export function isDismissed(group: Pick<SuspectGroup, 'dismissedPairs'>, a: number, b: number): boolean {
  const [low, high] = a < b ? [a, b] : [b, a];
  return group.dismissedPairs.some(([x, y]) => x === low && y === high);
}

export interface FirmMerge {
  id: number;
  survivorId: number;
  survivorName: string;
  mergedId: number;
  mergedName: string;
  state: 'merged' | 'undone';
  mergedAt: string;
  mergedByName: string;
  undoneAt: string | null;
  moved: Record<string, number>;
}

export type FirmRecord = Record<string, unknown> & { id: number; name: string; version: number };

export interface MergePreview {
  survivor: FirmRecord;
  merged: FirmRecord;
  fields: string[];
  moves: Record<string, number>;
}

/** A firm field's value as shown in the merge table ('—' when empty). */
export function shown(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  if (Array.isArray(v)) return v.length ? v.join('、') : '—';
  return String(v);
}

/** The fields whose values differ between the two firms: only those need a choice. */
export function differingFields(p: MergePreview): string[] {
  return p.fields.filter((f) => shown(p.survivor[f]) !== shown(p.merged[f]));
}
