import { describe, expect, it } from '@jest/globals';
import { mapRegistryTags, parseRegisteredCapital, parseRegistryDate, parseRegistryRow, registryHeaderPositions } from './registry-row.rules';

describe('registryHeaderPositions', () => {
  it.each<[string, string[], Record<string, number>, string[]]>([
    [
      '企查查 headers',
      ['企业名称', '统一社会信用代码', '法定代表人', '成立日期', '注册资本', '企业类型', '所属行业', '注册地址', '经营范围', '标签'],
      {
        name: 0,
        creditCode: 1,
        legalRepresentative: 2,
        establishedOn: 3,
        registeredCapital: 4,
        firmType: 5,
        industry: 6,
        registeredAddress: 7,
        businessScope: 8,
        tags: 9,
      },
      [],
    ],
    [
      '天眼查-style aliases',
      ['公司名称', '法人', '信用代码', '公司类型', '行业', '地址', '企业标签', '注册资本（万元）'],
      { name: 0, legalRepresentative: 1, creditCode: 2, firmType: 3, industry: 4, registeredAddress: 5, tags: 6, registeredCapital: 7 },
      [],
    ],
    ['spaces and full-width brackets', [' 企业 名称 ', '注册资本(万元)'], { name: 0, registeredCapital: 1 }, []],
    ['no name column', ['统一社会信用代码', '法人'], { creditCode: 0, legalRepresentative: 1 }, ['企业名称']],
    ['the canonical header wins over an alias', ['地址', '注册地址', '企业名称'], { registeredAddress: 1, name: 2 }, []],
  ])('%s', (_, headers, positions, missing) => {
    expect(registryHeaderPositions(headers)).toEqual({ positions, missing });
  });
});

describe('parseRegistryDate', () => {
  it.each<[string, string | undefined]>([
    ['2015-04-20', '2015-04-20'],
    ['2015/4/20', '2015-04-20'],
    ['2015.04.20', '2015-04-20'],
    ['2015年4月20日', '2015-04-20'],
    ['20150420', '2015-04-20'],
    ['2015-04-20 00:00:00', '2015-04-20'],
    ['2015-02-30', undefined],
    ['2015-13-01', undefined],
    ['1700-01-01', undefined],
    ['四月', undefined],
  ])('%s → %s', (text, date) => expect(parseRegistryDate(text)).toBe(date));
});

describe('parseRegisteredCapital', () => {
  it.each<[string, { wan: number | null; text: string | null } | undefined]>([
    ['1000万元人民币', { wan: 1000, text: null }],
    ['1,000万(元)', { wan: 1000, text: null }],
    ['5000万人民币', { wan: 5000, text: null }],
    ['5000 万元', { wan: 5000, text: null }],
    ['1.2亿元', { wan: 12000, text: null }],
    ['1.2亿人民币', { wan: 12000, text: null }],
    ['300000元', { wan: 30, text: null }],
    ['1000', { wan: 1000, text: null }],
    ['123.456万元', { wan: 123.46, text: null }],
    ['500万美元', { wan: null, text: '500万美元' }],
    ['1000万港元', { wan: null, text: '1000万港元' }],
    ['200万 欧元', { wan: null, text: '200万 欧元' }],
    ['很多', undefined],
    ['100万贝壳', undefined],
  ])('%s', (raw, out) => expect(parseRegisteredCapital(raw)).toEqual(out));
});

describe('mapRegistryTags', () => {
  it.each<[string, string[]]>([
    ['高新技术企业;专精特新小巨人企业', ['专精特新', '小巨人', '高新技术企业']],
    ['A股上市、科技型中小企业', ['上市']],
    ['港股(正常上市)', ['上市']],
    ['拟上市 未上市 退市', []],
    ['世界500强，中国企业500强', ['世界500强', '中国500强']],
    ['国家高新 瞪羚企业 独角兽', ['高新技术企业']],
    ['专精特新中小企业', ['专精特新']],
    ['链主企业|行业龙头', ['链主', '龙头']],
    ['', []],
  ])('%s → %j', (text, tags) => expect(mapRegistryTags(text)).toEqual(tags));
});

describe('parseRegistryRow', () => {
  it('a full row', () => {
    expect(
      parseRegistryRow({
        name: ' 重庆云和恩墨科技有限公司 ',
        creditCode: '91500103ma5u000001',
        legalRepresentative: '盖国强',
        establishedOn: '2015/4/20',
        registeredCapital: '5000万元人民币',
        firmType: '有限责任公司(自然人投资或控股)',
        industry: '软件和信息技术服务业',
        registeredAddress: '重庆市渝中区',
        businessScope: '软件开发',
        tags: '高新技术企业',
        website: 'www.enmotech.com',
      }),
    ).toEqual({
      data: {
        name: '重庆云和恩墨科技有限公司',
        creditCode: '91500103MA5U000001',
        legalRepresentative: '盖国强',
        establishedOn: '2015-04-20',
        registeredCapital: 5000,
        registeredCapitalText: null,
        firmType: '有限责任公司(自然人投资或控股)',
        industry: '软件和信息技术服务业',
        registeredAddress: '重庆市渝中区',
        businessScope: '软件开发',
        tags: ['高新技术企业'],
        city: null,
        website: 'http://www.enmotech.com',
      },
      errors: [],
    });
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['no name', { name: '  ', creditCode: '91500103MA5U000001' }, ['企业名称:required']],
    ['bad code', { name: 'A', creditCode: '123' }, ['统一社会信用代码:invalid']],
    ['bad date and capital', { name: 'A', establishedOn: '2015-02-30', registeredCapital: '很多' }, ['成立日期:invalid', '注册资本:invalid']],
    ['dashes are empty', { name: 'A', creditCode: '-', establishedOn: '--', registeredCapital: '-' }, []],
    ['too long', { name: 'A'.repeat(201) }, ['企业名称:maxLength']],
  ])('%s', (_, cells, errors) => {
    expect(parseRegistryRow(cells).errors.map((e) => `${e.column}:${e.code}`)).toEqual(errors);
  });
});
