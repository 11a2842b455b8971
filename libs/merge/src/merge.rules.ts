import { FIRM_TAGS, type FirmTag } from '@crm/firms';

/**
 * The firm fields a merge chooses one by one (from the survivor or from the merged firm). Aliases
 * and tags are not chosen: they are united. Fields in one group travel together (注册资本 in 万元
 * and its original text; the registry provenance).
 */
export const MERGE_FIELDS = [
  'name',
  'fullName',
  'creditCode',
  'hqCity',
  'website',
  'profile',
  'isLocal',
  'legalRepresentative',
  'establishedOn',
  'registeredCapital',
  'firmType',
  'industry',
  'registeredAddress',
  'businessScope',
  'registrySource',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeSide = 'survivor' | 'merged';

/** Columns that move with a chosen field. */
export const FIELD_GROUP: Partial<Record<MergeField, readonly string[]>> = {
  registeredCapital: ['registeredCapital', 'registeredCapitalText'],
  registrySource: ['registrySource', 'registryExportedOn', 'registryUpdatedAt'],
};

export type MergeableFirm = Record<MergeField | 'registeredCapitalText' | 'registryExportedOn' | 'registryUpdatedAt', unknown> & {
  aliases: string[];
  tags: FirmTag[];
};

const MAX_ALIASES = 20;

/**
 * The survivor's values after a merge. Unchosen fields keep the survivor's value, except that an
 * empty survivor field takes the merged firm's (nothing known is lost by default). Aliases gain
 * the merged firm's name, full name and aliases, and the survivor's own old name when the merged
 * name wins; minus whatever is now the name or full name; at most 20. Tags are united, in FIRM_TAGS order.
 */
export function mergedValues(survivor: MergeableFirm, merged: MergeableFirm, choices: Partial<Record<MergeField, MergeSide>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of MERGE_FIELDS) {
    const empty = survivor[field] === null || survivor[field] === undefined || survivor[field] === '';
    const side = choices[field] ?? (empty ? 'merged' : 'survivor');
    for (const col of FIELD_GROUP[field] ?? [field]) out[col] = (side === 'merged' ? merged : survivor)[col as keyof MergeableFirm] ?? null;
  }
  const names = [...survivor.aliases, survivor.name, survivor.fullName, merged.name, merged.fullName, ...merged.aliases].filter(
    (n): n is string => typeof n === 'string' && n.trim() !== '',
  );
  const taken = new Set([out.name, out.fullName]);
  out.aliases = [...new Set(names)].filter((n) => !taken.has(n)).slice(0, MAX_ALIASES);
  const tags = new Set([...survivor.tags, ...merged.tags]);
  out.tags = FIRM_TAGS.filter((t) => tags.has(t));
  return out;
}

/**
 * Undo after later edits: a field goes back to its value before the merge only if it still holds
 * what the merge wrote; a field someone changed since is kept (and reported).
 */
export function undoValues(before: Record<string, unknown>, after: Record<string, unknown>, current: Record<string, unknown>) {
  const restore: Record<string, unknown> = {};
  const kept: string[] = [];
  for (const col of Object.keys(after)) {
    if (same(before[col], after[col])) continue;
    if (same(current[col], after[col])) restore[col] = before[col];
    else kept.push(col);
  }
  return { restore, kept };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
