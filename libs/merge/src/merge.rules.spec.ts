import { describe, expect, it } from '@jest/globals';
import { type MergeableFirm, mergedValues, undoValues } from './merge.rules';

const firm = (o: Partial<MergeableFirm>): MergeableFirm =>
  ({
    name: null,
    fullName: null,
    creditCode: null,
    hqCity: null,
    website: null,
    profile: null,
    isLocal: false,
    legalRepresentative: null,
    establishedOn: null,
    registeredCapital: null,
    registeredCapitalText: null,
    firmType: null,
    industry: null,
    registeredAddress: null,
    businessScope: null,
    registrySource: null,
    registryExportedOn: null,
    registryUpdatedAt: null,
    aliases: [],
    tags: [],
    ...o,
  }) as MergeableFirm;

describe('mergedValues', () => {
  const s = firm({ name: '云和恩墨', fullName: null, hqCity: '北京', registeredCapital: 100, aliases: ['恩墨'], tags: ['上市'] });
  const m = firm({
    name: '云和恩墨（北京）信息技术有限公司',
    fullName: '云和恩墨（北京）信息技术有限公司',
    creditCode: '91110108MA00000001',
    hqCity: '重庆',
    registeredCapital: null,
    registeredCapitalText: '500万美元',
    aliases: ['Enmotech'],
    tags: ['高新技术企业', '上市'],
  });

  it.each<[string, Record<string, 'survivor' | 'merged'>, Record<string, unknown>]>([
    [
      'defaults: survivor values, empty ones filled from the merged firm',
      {},
      {
        name: '云和恩墨',
        fullName: '云和恩墨（北京）信息技术有限公司',
        creditCode: '91110108MA00000001',
        hqCity: '北京',
        registeredCapital: 100,
        registeredCapitalText: null,
        aliases: ['恩墨', 'Enmotech'],
        tags: ['上市', '高新技术企业'],
      },
    ],
    [
      'the merged name wins: the survivor’s old name becomes an alias',
      { name: 'merged', hqCity: 'merged', registeredCapital: 'merged' },
      {
        name: '云和恩墨（北京）信息技术有限公司',
        fullName: '云和恩墨（北京）信息技术有限公司',
        creditCode: '91110108MA00000001',
        hqCity: '重庆',
        registeredCapital: null,
        registeredCapitalText: '500万美元',
        aliases: ['恩墨', '云和恩墨', 'Enmotech'],
        tags: ['上市', '高新技术企业'],
      },
    ],
    ['an explicit survivor choice keeps an empty value', { creditCode: 'survivor', fullName: 'survivor' }, { fullName: null, creditCode: null }],
  ])('%s', (_, choices, expected) => {
    expect(mergedValues(s, m, choices)).toMatchObject(expected);
  });

  it('keeps at most 20 aliases', () => {
    const many = firm({ name: 'B', aliases: Array.from({ length: 30 }, (_, i) => `别名${i}`) });
    expect((mergedValues(firm({ name: 'A' }), many, {}).aliases as string[]).length).toBe(20);
  });
});

describe('undoValues', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>, string[]]>([
    ['untouched since: everything goes back', { a: 1, b: ['x'] }, { a: 2, b: ['x', 'y'] }, { a: 2, b: ['x', 'y'] }, { a: 1, b: ['x'] }, []],
    ['edited since: that field is kept', { a: 1, b: 'p' }, { a: 2, b: 'q' }, { a: 3, b: 'q' }, { b: 'p' }, ['a']],
    ['unchanged by the merge: left alone', { a: 1 }, { a: 1 }, { a: 5 }, {}, []],
  ])('%s', (_, before, after, current, restore, kept) => {
    expect(undoValues(before, after, current)).toEqual({ restore, kept });
  });
});
