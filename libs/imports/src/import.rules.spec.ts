import { describe, expect, it } from '@jest/globals';
import { databaseConflicts, FileDuplicates, headerPositions, ImportLookups, ImportRowData, parseImportRow, uploadedName } from './import.rules';

const lookups: ImportLookups = {
  chain: (n) =>
    n === '工业软件' || n === 'industrial-software'
      ? {
          id: 1,
          links: new Map([
            ['CAD', 11],
            ['cad', 11],
            ['MES', 12],
          ]),
        }
      : n === '人工智能'
        ? 'ambiguous'
        : n === '外链'
          ? 'not_allowed'
          : undefined,
  owner: (u) => (u === 'promoter' ? 7 : undefined),
};
const ok = { name: '第四范式', chain: '工业软件', link: 'CAD', owner: 'promoter' };
const codes = (cells: Record<string, string>) => parseImportRow(cells, lookups).errors.map((e) => `${e.column}:${e.code}`);

describe('parseImportRow', () => {
  it('turns a full row into resolved data', () => {
    const r = parseImportRow(
      {
        ...ok,
        creditCode: ' 91110108MA01ABCD1X ',
        hqCity: '北京',
        tags: '龙头，上市、专精特新',
        expectedInvestment: '12,000.5',
        method: '平台招商',
        notes: '专栏2',
        nextFollowUpAt: '2026-03-01 09:30',
      },
      lookups,
    );
    expect(r.errors).toEqual([]);
    expect(r.data).toEqual({
      name: '第四范式',
      creditCode: '91110108MA01ABCD1X',
      hqCity: '北京',
      tags: ['龙头', '上市', '专精特新'],
      chainId: 1,
      chainLinkId: 11,
      ownerId: 7,
      expectedInvestment: 12000.5,
      method: '平台招商',
      notes: '专栏2',
      nextFollowUpAt: '2026-03-01T01:30:00.000Z', // 09:30 Asia/Shanghai
    });
  });

  it('accepts a firm without a target (no chain, link or owner)', () => {
    const r = parseImportRow({ name: '华宇信息' }, lookups);
    expect(r.errors).toEqual([]);
    expect(r.data).toMatchObject({ chainLinkId: null, ownerId: null, tags: [], nextFollowUpAt: null });
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['missing name', { ...ok, name: '  ' }, ['企业名称:required']],
    ['bad credit code', { ...ok, creditCode: '12345' }, ['统一社会信用代码:invalid']],
    ['credit code with I/O/Z/S/V letters', { ...ok, creditCode: '91110108MA01ABCDIO' }, ['统一社会信用代码:invalid']],
    ['unknown tag', { ...ok, tags: '龙头,独角兽' }, ['标签:unknown']],
    ['unknown chain', { ...ok, chain: '元宇宙' }, ['产业链:unknown']],
    ['ambiguous chain name', { ...ok, chain: '人工智能' }, ['产业链:ambiguous']],
    ['chain the importer does not manage', { ...ok, chain: '外链' }, ['产业链:forbidden']],
    ['unknown chain link', { ...ok, link: 'EDA' }, ['环节:unknown']],
    ['link without chain', { ...ok, chain: '' }, ['产业链:required']],
    ['chain without link', { ...ok, link: '' }, ['环节:required']],
    ['missing owner', { ...ok, owner: '' }, ['招商专员:required']],
    ['unknown owner', { ...ok, owner: 'ghost' }, ['招商专员:unknown']],
    ['bad number', { ...ok, expectedInvestment: '一千' }, ['预计投资额（万元）:isNumber']],
    ['negative number', { ...ok, expectedInvestment: '-5' }, ['预计投资额（万元）:isNumber']],
    ['too large', { ...ok, expectedInvestment: '1e15' }, ['预计投资额（万元）:isNumber']],
    ['unknown method', { ...ok, method: '电话招商' }, ['招商方式:isIn']],
    ['follow-up that is not a date', { ...ok, nextFollowUpAt: '下周一' }, ['下次跟进时间:invalid']],
    ['follow-up on an impossible day', { ...ok, nextFollowUpAt: '2026-02-30' }, ['下次跟进时间:invalid']],
    ['follow-up for a firm without a target', { name: '华宇信息', nextFollowUpAt: '2026-03-01' }, ['下次跟进时间:rule']],
    [
      'several problems at once',
      { name: '', chain: '工业软件', link: 'EDA', owner: 'ghost', expectedInvestment: 'x' },
      ['企业名称:required', '环节:unknown', '招商专员:unknown', '预计投资额（万元）:isNumber'],
    ],
  ])('%s', (_, cells, expected) => {
    expect(codes(cells)).toEqual(expected);
  });

  it('chain and link by code work too', () => {
    expect(parseImportRow({ ...ok, chain: 'industrial-software', link: 'cad' }, lookups).data.chainLinkId).toBe(11);
  });
});

describe('headerPositions', () => {
  it.each<[string[], object, string[]]>([
    [['企业名称', '环节', '产业链'], { name: 0, link: 1, chain: 2 }, []],
    [['企业 名称', '预计投资额(万元)'], { name: 0, expectedInvestment: 1 }, []], // half-width brackets and spaces
    [['名称', '标签'], { tags: 1 }, ['企业名称']],
  ])('%j', (headers, positions, missing) => {
    expect(headerPositions(headers)).toEqual({ positions, missing });
  });
});

const row = (o: Partial<ImportRowData>): ImportRowData => ({
  name: 'A',
  creditCode: null,
  hqCity: null,
  tags: [],
  chainId: 1,
  chainLinkId: 11,
  ownerId: 7,
  expectedInvestment: null,
  method: null,
  notes: null,
  nextFollowUpAt: null,
  ...o,
});

describe('FileDuplicates', () => {
  it.each<[string, Partial<ImportRowData>[], string[][]]>([
    ['distinct firms', [{ name: 'A' }, { name: 'B' }], [[], []]],
    [
      'same firm, two links: two targets',
      [
        { name: 'A', chainLinkId: 11 },
        { name: 'A', chainLinkId: 12 },
      ],
      [[], []],
    ],
    ['same firm and link twice', [{ name: 'A' }, { name: 'A' }], [[], ['企业名称:duplicate']]],
    [
      'same firm twice without a link',
      [
        { name: 'A', chainLinkId: null },
        { name: 'A', chainLinkId: null },
      ],
      [[], ['企业名称:duplicate']],
    ],
    [
      'one credit code on two names',
      [
        { name: 'A', creditCode: 'X' },
        { name: 'B', creditCode: 'X' },
      ],
      [[], ['统一社会信用代码:duplicate']],
    ],
    [
      'one name with two credit codes',
      [
        { name: 'A', creditCode: 'X', chainLinkId: 11 },
        { name: 'A', creditCode: 'Y', chainLinkId: 12 },
      ],
      [[], ['企业名称:duplicate']],
    ],
    ['a refused row does not poison later ones', [{ name: 'A' }, { name: 'A' }, { name: 'A', chainLinkId: 12 }], [[], ['企业名称:duplicate'], []]],
  ])('%s', (_, rows, expected) => {
    const dup = new FileDuplicates();
    expect(rows.map((r, i) => dup.check(i + 2, row(r)).map((e) => `${e.column}:${e.code}`))).toEqual(expected);
  });
});

describe('databaseConflicts', () => {
  it.each<[string, Partial<ImportRowData>, { creditCode: string | null } | undefined, string | undefined, string[]]>([
    ['new firm', { name: 'A', creditCode: 'X' }, undefined, undefined, []],
    ['same firm again (re-import)', { name: 'A', creditCode: 'X' }, { creditCode: 'X' }, 'A', []],
    ['existing firm had no code: the row adds it', { name: 'A', creditCode: 'X' }, { creditCode: null }, undefined, []],
    ['row without code updates the firm', { name: 'A', creditCode: null }, { creditCode: 'X' }, undefined, []],
    ['code belongs to another firm', { name: 'A', creditCode: 'X' }, undefined, 'B', ['统一社会信用代码:duplicate']],
    ['firm exists with another code', { name: 'A', creditCode: 'X' }, { creditCode: 'Y' }, undefined, ['企业名称:duplicate']],
  ])('%s', (_, d, byName, nameOfCode, expected) => {
    expect(databaseConflicts(row(d), byName, nameOfCode).map((e) => `${e.column}:${e.code}`)).toEqual(expected);
  });
});

describe('uploadedName', () => {
  it.each([
    [Buffer.from('企业名单.xlsx', 'utf8').toString('latin1'), '企业名单.xlsx'], // UTF-8 bytes read as latin1
    ['企业名单.xlsx', '企业名单.xlsx'], // already decoded (filename*=UTF-8'')
    ['list.csv', 'list.csv'],
    ['caf\u00e9.csv', 'caf\u00e9.csv'], // a real latin1 name is not valid UTF-8: kept
  ])('%p → %p', (raw, expected) => {
    expect(uploadedName(raw)).toBe(expected);
  });
});
