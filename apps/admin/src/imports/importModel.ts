/** The API's import preview and result (libs/imports ImportsService), as the wizard reads them. */
export interface ImportError {
  row: number;
  column: string;
  code: string;
  reason: string;
  reasonZh: string;
}

export interface ImportResult {
  firmsCreated: number;
  firmsUpdated: number;
  targetsCreated: number;
  targetsExisting: number;
  createdFirmIds?: number[];
  createdTargetIds?: number[];
}

export interface ImportPreview {
  id: number;
  fileName: string;
  status: 'preview' | 'committed';
  totalRows: number;
  validRows: number;
  errorRows: number;
  willCreate: { firms: number; targets: number };
  existingFirms: number;
  errors: ImportError[];
  result: ImportResult | null;
}

export interface ImportHistoryEntry {
  id: number;
  fileName: string;
  status: 'preview' | 'committed';
  createdByName: string;
  createdAt: string;
  committedAt: string | null;
  totalRows: number;
  validRows: number;
  errorRows: number;
  result: ImportResult | null;
}

export type WizardStep = 'template' | 'upload' | 'preview' | 'committing' | 'done';

/** Which step the wizard shows for what it holds: nothing yet, a preview, or a committed batch. */
export function stepOf(preview: ImportPreview | undefined, committing: boolean): WizardStep {
  if (committing) return 'committing';
  if (!preview) return 'upload';
  return preview.status === 'committed' ? 'done' : 'preview';
}

/** Accepted upload types; the API checks again. */
export const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** A file the API would refuse by its name alone (anything but .xlsx and .csv). */
export const badExtension = (name: string): boolean => !/\.(xlsx|csv)$/i.test(name);
