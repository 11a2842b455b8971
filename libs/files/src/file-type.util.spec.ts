import { describe, expect, it } from '@jest/globals';
import { sniffFileType } from './file-type.util';

const bytes = (...parts: (number[] | string)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
/** A minimal stored zip naming `entries` (local headers, central directory, end record), as unzip reads it. */
function zip(...entries: string[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name);
    central.push(cd, name);
    offset += 30 + name.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

describe('sniffFileType reads the content, not the name', () => {
  it.each([
    ['PDF', bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'), 'pdf', 'application/pdf'],
    ['JPEG (JFIF)', bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF'), 'jpeg', 'image/jpeg'],
    ['JPEG (Exif, phone camera)', bytes([0xff, 0xd8, 0xff, 0xe1, 0x12, 0x34], 'Exif'), 'jpeg', 'image/jpeg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'png', 'image/png'],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'webp', 'image/webp'],
    ['GIF', bytes('GIF89a', [1, 0, 1, 0]), 'gif', 'image/gif'],
    ['HEIC (iPhone)', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'), 'heic', 'image/heic'],
    ['DOCX', zip('[Content_Types].xml', 'word/document.xml'), 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['XLSX', zip('[Content_Types].xml', 'xl/workbook.xml'), 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['PPTX', zip('[Content_Types].xml', 'ppt/presentation.xml'), 'pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['UTF-8 text (Chinese minutes)', Buffer.from('会议纪要：\r\n双方同意推进签约。\t完'), 'text', 'text/plain; charset=utf-8'],
    ['UTF-8 text with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('纪要')]), 'text', 'text/plain; charset=utf-8'],
  ])('%s', (_, buf, kind, contentType) => {
    expect(sniffFileType(buf)).toMatchObject({ kind, contentType });
  });

  it.each([
    ['Windows executable renamed .pdf', bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], 'This program cannot be run in DOS mode')],
    ['ELF binary', bytes([0x7f], 'ELF', [2, 1, 1, 0])],
    ['a plain zip (not Office)', zip('setup.exe', 'readme.txt')],
    ['a zip naming word/ without [Content_Types].xml', zip('word/document.xml')],
    ['text with NUL bytes', Buffer.from('abc\u0000def')],
    ['invalid UTF-8 (GBK bytes)', Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xff])],
    ['empty', Buffer.alloc(0)],
    ['a zip whose directory is cut off', zip('[Content_Types].xml', 'word/document.xml').subarray(0, 60)],
    ['ISO-BMFF but a video (mp4)', bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 2, 0])],
  ])('refuses %s', (_, buf) => {
    expect(sniffFileType(buf)).toBeNull();
  });
});
