import type { Response } from 'express';
import * as ExcelJS from 'exceljs';
import { contentDisposition } from '@crm/http';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SheetWriter = ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * Streams a workbook straight into the HTTP response with exceljs's streaming writer: rows are
 * committed as they are written, so a long pipeline never sits in memory as a whole workbook.
 * Call only after every check that may refuse the request has passed (headers go out first).
 */
export async function streamWorkbook(res: Response, fileName: string, asciiName: string, build: (wb: SheetWriter) => Promise<void>): Promise<void> {
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', contentDisposition('attachment', fileName, asciiName));
  res.setHeader('Cache-Control', 'no-store');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  wb.creator = '招商引资 CRM';
  try {
    await build(wb);
    await wb.commit();
  } catch (err) {
    // Headers are gone; the only honest signal left is to cut the download short.
    res.destroy(err instanceof Error ? err : new Error(String(err)));
    throw err;
  }
}

/** A column of a sheet: its header, the row key it shows and its width (by default from the header). */
export interface SheetColumn {
  header: string;
  key: string;
  width?: number;
}

/** A sheet with a bold, frozen header row and column widths. */
export function addSheet(wb: SheetWriter, name: string, columns: SheetColumn[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? Math.max(10, c.header.length * 2 + 2) }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

/**
 * A whole sheet: each item becomes a row through `toRow` (then `style`, when given) and is
 * committed as it is written, so a long list never sits in memory.
 */
export function writeSheet<T>(
  wb: SheetWriter,
  name: string,
  columns: SheetColumn[],
  items: Iterable<T>,
  toRow: (item: T) => Record<string, unknown>,
  style?: (row: ExcelJS.Row) => void,
): void {
  const ws = addSheet(wb, name, columns);
  for (const item of items) {
    const row = ws.addRow(toRow(item));
    style?.(row);
    row.commit();
  }
  ws.commit();
}

/** A report's summary: a two-column sheet of 项目 → value lines. */
export function writeSummarySheet(
  wb: SheetWriter,
  name: string,
  value: SheetColumn['header'],
  widths: [number, number],
  lines: [string, string | number][],
): void {
  const columns = [
    { header: '项目', key: 'k', width: widths[0] },
    { header: value, key: 'v', width: widths[1] },
  ];
  writeSheet(wb, name, columns, lines, ([k, v]) => ({ k, v }));
}
