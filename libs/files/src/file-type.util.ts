/**
 * What a file is, read from its first bytes (magic numbers) and, for Office files, the names of
 * the zip entries — never from the name or the Content-Type the browser sent. A renamed .exe
 * stays an .exe. Only the kinds a 招商 office attaches are accepted.
 */
export interface SniffedType {
  kind: 'pdf' | 'jpeg' | 'png' | 'webp' | 'gif' | 'heic' | 'docx' | 'xlsx' | 'pptx' | 'text';
  contentType: string;
  /** Shown inline in the browser (preview) rather than only downloaded. */
  previewable: boolean;
}

const starts = (buf: Buffer, bytes: number[], at = 0) => buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);
const ascii = (buf: Buffer, at: number, len: number) => buf.subarray(at, at + len).toString('latin1');

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

/** The entry names of a zip, from its central directory (what unzip reads), or null when it is not a well-formed zip. */
export function zipEntryNames(buf: Buffer): string[] | null {
  // End of central directory: PK\x05\x06, within the last 64 KiB + 22 bytes (the comment is at most 65535).
  const from = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    names.push(buf.subarray(at + 46, at + 46 + nameLen).toString('utf8'));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

const OFFICE: [string, SniffedType][] = [
  ['word/document.xml', { kind: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', previewable: false }],
  ['xl/workbook.xml', { kind: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', previewable: false }],
  ['ppt/presentation.xml', { kind: 'pptx', contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', previewable: false }],
];

/** Office Open XML: a zip holding [Content_Types].xml and the part that names the kind. */
function officeKind(buf: Buffer): SniffedType | null {
  const names = zipEntryNames(buf);
  if (!names?.includes('[Content_Types].xml')) return null;
  return OFFICE.find(([part]) => names.includes(part))?.[1] ?? null;
}

/** Plain text: valid UTF-8 (a BOM allowed) with no control bytes other than tab, CR, LF, FF. */
function isPlainText(buf: Buffer): boolean {
  const body = starts(buf, [0xef, 0xbb, 0xbf]) ? buf.subarray(3) : buf;
  if (!body.length) return false;
  for (const b of body) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  if (body.includes(0x7f)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

export function sniffFileType(buf: Buffer): SniffedType | null {
  if (starts(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { kind: 'pdf', contentType: 'application/pdf', previewable: true }; // %PDF-
  if (starts(buf, [0xff, 0xd8, 0xff])) return { kind: 'jpeg', contentType: 'image/jpeg', previewable: true };
  if (starts(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'png', contentType: 'image/png', previewable: true };
  if (ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 4) === 'WEBP') return { kind: 'webp', contentType: 'image/webp', previewable: true };
  if (ascii(buf, 0, 6) === 'GIF87a' || ascii(buf, 0, 6) === 'GIF89a') return { kind: 'gif', contentType: 'image/gif', previewable: true };
  // ISO-BMFF: [size]ftyp[major brand]…; iPhones' photos are HEIC (browsers other than Safari cannot show them).
  if (ascii(buf, 4, 4) === 'ftyp' && HEIC_BRANDS.has(ascii(buf, 8, 4))) return { kind: 'heic', contentType: 'image/heic', previewable: false };
  if (starts(buf, [0x50, 0x4b, 0x03, 0x04])) return officeKind(buf);
  if (isPlainText(buf)) return { kind: 'text', contentType: 'text/plain; charset=utf-8', previewable: false };
  return null;
}
