import { describe, expect, it } from '@jest/globals';
import * as iconv from 'iconv-lite';
import { detectCsvEncoding } from './encoding.util';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const gbk = (s: string) => iconv.encode(s, 'gbk');
/** Splits a buffer at the given offsets, as a stream's chunks may fall. */
const split = (b: Buffer, ...at: number[]) => [0, ...at].map((start, i) => b.subarray(start, [...at, b.length][i]));

describe('detectCsvEncoding', () => {
  it.each([
    ['plain ASCII', [utf8('name,city\nACME,Beijing\n')], 'utf8'],
    ['UTF-8 Chinese', [utf8('企业名称,总部城市\n华宇信息,北京\n')], 'utf8'],
    ['UTF-8 with BOM', [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('企业名称\n')])], 'utf8'],
    ['UTF-8, a character split across chunks', split(utf8('企业名称,总部城市'), 1, 5), 'utf8'],
    ['GBK Chinese', [gbk('企业名称,总部城市\n华宇信息,北京\n')], 'gbk'],
    ['GBK split across chunks', split(gbk('企业名称,总部城市\n山大华天'), 3, 7), 'gbk'],
    ['GBK in the last row only', [utf8('name,city\n'.repeat(100)), gbk('山大华天,济南\n')], 'gbk'],
    ['UTF-8 cut in the middle of a character at the end', [utf8('企业').subarray(0, 4)], 'gbk'],
    ['empty file', [], 'utf8'],
  ] as [string, Buffer[], string][])('%s → %s', (_case, chunks, expected) => {
    expect(detectCsvEncoding(chunks)).toBe(expected);
  });
});
