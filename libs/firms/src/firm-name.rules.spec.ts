import { describe, expect, it } from '@jest/globals';
import { FIRM_NAME_CASES } from './firm-name.cases';
import { firmNameKey, firmNameKeys } from './firm-name.rules';

describe('firmNameKey', () => {
  it.each(FIRM_NAME_CASES)('%s → %s', (name, key) => {
    expect(firmNameKey(name)).toBe(key);
  });

  it('null stays null', () => {
    expect(firmNameKey(null)).toBeNull();
    expect(firmNameKey(undefined)).toBeNull();
  });

  it.each([
    ['重庆银行', '北京银行'],
    ['华为技术有限公司', '华为技术（深圳）有限公司'],
    ['第四范式', '第五范式'],
  ])('%s and %s stay apart', (a, b) => {
    expect(firmNameKey(a)).not.toBe(firmNameKey(b));
  });
});

describe('firmNameKeys', () => {
  it.each<[string, string | null, string[], string[]]>([
    ['第四范式', '北京第四范式智能技术股份有限公司', ['4Paradigm'], ['第四范式', '北京第四范式智能技术', '4paradigm']],
    ['第四范式', '第四范式有限公司', [], ['第四范式']],
    ['第四范式', null, ['第四范式集团', ' '], ['第四范式']],
  ])('%s / %s / %j', (name, fullName, aliases, keys) => {
    expect(firmNameKeys(name, fullName, aliases)).toEqual(keys);
  });
});
