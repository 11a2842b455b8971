import type { FirmTag } from './reference';

/* The firm/target list import (/api/imports). `D` is Date on the server, string in JSON. */

export type ImportStatus = 'preview' | 'committed';

/** What committing a batch did. */
export interface ImportResult {
  firmsCreated: number;
  firmsUpdated: number;
  targetsCreated: number;
  targetsExisting: number;
  /** The first created firms and targets (links in the wizard); absent on batches committed before. */
  createdFirmIds?: number[];
  createdTargetIds?: number[];
}

/** GET /api/imports: who imported which file when, with the counts. */
export interface ImportHistoryEntry<D = string> {
  id: number;
  fileName: string;
  status: ImportStatus;
  createdById: number;
  createdByName: string;
  createdAt: D;
  committedAt: D | null;
  totalRows: number;
  validRows: number;
  errorRows: number;
  result: ImportResult | null;
}

/** Why a row (of the uploaded sheet, 1-based) was refused. */
export interface ImportRowError {
  row: number;
  column: string;
  code: string;
  reason: string;
  reasonZh: string;
}

/** What a valid row becomes: ids resolved, numbers parsed, ready for set-based INSERTs at commit. */
export interface ImportRowData {
  name: string;
  creditCode: string | null;
  hqCity: string | null;
  tags: FirmTag[];
  chainId: number | null;
  chainLinkId: number | null;
  ownerId: number | null;
  expectedInvestment: number | null;
  method: string | null;
  notes: string | null;
  /** The new target's first follow-up (ISO instant); only with a chain link. */
  nextFollowUpAt: string | null;
}

/** A valid row as it will be written, with its row number in the file. */
export interface ImportSampleRow extends ImportRowData {
  row: number;
}

/** POST /api/imports and GET /api/imports/:id: the batch's counts, what committing would create, the first errors and a sample. */
export interface ImportPreview {
  id: number;
  fileName: string;
  status: ImportStatus;
  totalRows: number;
  validRows: number;
  errorRows: number;
  willCreate: { firms: number; targets: number };
  existingFirms: number;
  errors: ImportRowError[];
  sample: ImportSampleRow[];
  result: ImportResult | null;
}

/** POST /api/imports/:id/commit. */
export interface ImportCommitted extends ImportResult {
  id: number;
  status: 'committed';
}
