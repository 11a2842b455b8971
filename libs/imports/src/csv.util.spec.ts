import { describe, expect, it } from '@jest/globals';
import { CsvRecordParser, stripBom } from './csv.util';

describe('CsvRecordParser', () => {
  it.each<[string, string[], (string[] | null)[]]>([
    ['plain fields', ['a,b,c'], [['a', 'b', 'c']]],
    ['empty fields', [',,'], [['', '', '']]],
    ['quoted comma', ['"北京,上海",x'], [['北京,上海', 'x']]],
    ['doubled quote', ['"say ""hi""",2'], [['say "hi"', '2']]],
    ['quote inside an unquoted field is literal', ['ab"c,d'], [['ab"c', 'd']]],
    ['quoted field across lines', ['"line1', 'line2",z'], [null, ['line1\nline2', 'z']]],
    [
      'records one after another',
      ['1,2', '3,4'],
      [
        ['1', '2'],
        ['3', '4'],
      ],
    ],
    ['Chinese text and trailing empty', ['企业名称,标签,'], [['企业名称', '标签', '']]],
  ])('%s', (_, lines, expected) => {
    const p = new CsvRecordParser();
    expect(lines.map((l) => p.push(l))).toEqual(expected);
    expect(p.pending).toBe(false);
  });

  it('reports an unterminated quote', () => {
    const p = new CsvRecordParser();
    expect(p.push('"open,field')).toBeNull();
    expect(p.pending).toBe(true);
  });
});

describe('stripBom', () => {
  it.each([
    ['\ufeff企业名称', '企业名称'],
    ['企业名称', '企业名称'],
    ['', ''],
  ])('%p → %p', (input, expected) => {
    expect(stripBom(input)).toBe(expected);
  });
});
