import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import * as ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import { CsvRecordParser, stripBom } from './csv.util';
import { type CsvEncoding, EncodingSniffer } from './encoding.util';

export type ImportFileKind = 'xlsx' | 'csv';

export interface SourceRow {
  /** Row number as the user sees it: Excel row, or the CSV line the record starts on. */
  rowNo: number;
  cells: string[];
}

/** A cell's text whatever exceljs hands back: rich text, formula result, hyperlink, date, number. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
    if (o.error) return '';
  }
  return String(v);
}

/** The file could not be parsed (not a zip, broken XML, unterminated CSV quote): the user's problem, not a fault. */
export class UnreadableFileError extends Error {}

/**
 * Rows of the first worksheet (xlsx, exceljs streaming reader) or of a CSV file (line by line),
 * one at a time: the file is never loaded whole. Blank rows are skipped.
 */
export async function* readImportRows(path: string, kind: ImportFileKind): AsyncGenerator<SourceRow> {
  try {
    yield* kind === 'csv' ? readCsv(path) : readXlsx(path);
  } catch (err) {
    throw err instanceof UnreadableFileError ? err : new UnreadableFileError(err instanceof Error ? err.message : String(err));
  }
}

/** One pass over the file to tell UTF-8 from GBK (see EncodingSniffer); the file is never held whole. */
export async function csvEncodingOf(path: string): Promise<CsvEncoding> {
  const sniffer = new EncodingSniffer();
  for await (const chunk of createReadStream(path)) sniffer.push(chunk as Buffer);
  return sniffer.result();
}

async function* readCsv(path: string): AsyncGenerator<SourceRow> {
  const encoding = await csvEncodingOf(path);
  const input = encoding === 'utf8' ? createReadStream(path, { encoding: 'utf8' }) : createReadStream(path).pipe(iconv.decodeStream('gbk'));
  const lines = createInterface({ input, crlfDelay: Infinity });
  const parser = new CsvRecordParser();
  let lineNo = 0;
  let startLine = 1;
  for await (const raw of lines) {
    lineNo++;
    const rec = parser.push(lineNo === 1 ? stripBom(raw) : raw);
    if (rec === null) continue;
    const start = startLine;
    startLine = lineNo + 1;
    if (rec.some((c) => c.trim() !== '')) yield { rowNo: start, cells: rec };
  }
  if (parser.pending) throw new UnreadableFileError(`unterminated quoted field starting on line ${startLine}`);
}

/** Buffers → text with multi-byte characters kept whole across chunk boundaries. */
async function* utf8Chunks(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const c of chunks) {
    const s = typeof c === 'string' ? c : decoder.write(c);
    if (s) yield s;
  }
  const tail = decoder.end();
  if (tail) yield tail;
}

const utf8Stream = () => {
  const decoder = new StringDecoder('utf8');
  return new Transform({
    readableObjectMode: true,
    transform: (chunk: Buffer, _enc, done) => done(null, decoder.write(chunk) || undefined),
    flush: (done) => done(null, decoder.end() || undefined),
  });
};

type ReaderInternals = {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): AsyncGenerator<unknown>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
};
const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;

/**
 * exceljs 4.4's streaming reader decodes every zip chunk on its own (TextDecoder without
 * `stream: true`), so a Chinese character split across two chunks turns into U+FFFD — 7 corrupted
 * cells in a 50,000-row test file. Feeding it text decoded across chunk boundaries fixes that.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string) {
    return base._parseWorksheet.call(this, utf8Chunks(iterator), sheetNo);
  }

  _parseSharedStrings(entry: NodeJS.ReadableStream) {
    return base._parseSharedStrings.call(this, entry.pipe(utf8Stream()));
  }
}

async function* readXlsx(path: string): AsyncGenerator<SourceRow> {
  const reader = new Utf8WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      const cells = values.map(cellText);
      if (cells.some((c) => c.trim() !== '')) yield { rowNo: row.number, cells };
    }
    break; // the first worksheet holds the data; others (说明) are ignored
  }
}
