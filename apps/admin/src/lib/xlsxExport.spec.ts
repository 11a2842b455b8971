import { describe, expect, it } from '@jest/globals';
import { exportCell, exportColumns, toCsv } from './xlsxExport';

const t = (key: string) => ({ 'crm.stage.contact': '接洽', 'ra.boolean.true': '是', 'ra.boolean.false': '否' })[key] ?? key;
const names = new Map([['users', new Map<unknown, string>([[7, '王专员']])]]);

describe('exportColumns', () => {
  it.each([
    ['drops id and version', [{ id: 1, version: 3, name: 'x' }], ['name']],
    ['an id with a name sibling gives way to the name', [{ firmId: 2, firmName: '甲' }], ['firmName']],
    ['an id without a name is kept (resolved to a name later)', [{ ownerId: 7, stage: 'lead' }], ['ownerId', 'stage']],
    ['an unknown id is dropped', [{ followUpId: 9, title: 'x' }], ['title']],
    ['id lists and nested objects are dropped, arrays of values kept', [{ chainIds: [1], source: { a: 1 }, tags: ['上市'] }], ['tags']],
  ])('%s', (_case, records, expected) => {
    expect(exportColumns(records as Record<string, unknown>[])).toEqual(expected);
  });
});

describe('exportCell', () => {
  it.each([
    ['reference → name', 'ownerId', 7, '王专员'],
    ['unknown reference → empty', 'ownerId', 8, null],
    ['code → label', 'stage', 'contact', '接洽'],
    ['instant → Asia/Shanghai', 'createdAt', '2026-03-01T01:30:00.000Z', '2026-03-01 09:30'],
    ['money string → number', 'expectedInvestment', '1200.50', 1200.5],
    ['boolean → 是', 'active', true, '是'],
    ['list → 、', 'tags', ['上市', '龙头'], '上市、龙头'],
    ['formula-looking text stays text', 'name', '=1+1', '=1+1'],
    ['null → empty', 'notes', null, null],
  ])('%s', (_case, field, value, expected) => {
    expect(exportCell(field as string, value, t, names)).toEqual(expected);
  });
});

describe('toCsv', () => {
  it.each([
    ['starts with the UTF-8 BOM', [['a']], '\uFEFFa\r\n'],
    ['neutralises = + - @', [['=1+1', '+86', '-2', '@x']], "\uFEFF'=1+1,'+86,'-2,'@x\r\n"],
    ['numbers stay numbers', [[-2, 3.5]], '\uFEFF-2,3.5\r\n'],
    ['quotes commas, quotes and newlines', [['a,b', 'say "hi"', 'l1\nl2']], '\uFEFF"a,b","say ""hi""","l1\nl2"\r\n'],
  ])('%s', (_case, rows, expected) => {
    expect(toCsv(rows as (string | number | null)[][])).toBe(expected);
  });
});
