import { describe, expect, it } from '@jest/globals';
import { type ExistingFirm, type FileVerdict, planRegistryRow, RegistryFileDuplicates, type RowPlan } from './registry-match.rules';

const C1 = '91500103MA5U000001';
const C2 = '91500103MA5U000002';

describe('RegistryFileDuplicates', () => {
  it.each<[string, [string, string | null][], FileVerdict[]]>([
    [
      'same code, other spelling',
      [
        ['云和恩墨科技有限公司', C1],
        ['云和恩墨（北京）', C1],
      ],
      [{ kind: 'new' }, { kind: 'duplicate', of: 1, by: 'code' }],
    ],
    [
      'name variants without codes',
      [
        ['云和恩墨科技有限公司', null],
        ['云和恩墨科技 股份有限公司', null],
        ['云和恩墨科技集团', null],
      ],
      [{ kind: 'new' }, { kind: 'duplicate', of: 1, by: 'name' }, { kind: 'duplicate', of: 1, by: 'name' }],
    ],
    [
      'a name variant where one side has a code',
      [
        ['云和恩墨科技有限公司', C1],
        ['云和恩墨科技', null],
      ],
      [{ kind: 'new' }, { kind: 'duplicate', of: 1, by: 'name' }],
    ],
    [
      'same key, different codes: two firms',
      [
        ['云和恩墨科技有限公司', C1],
        ['云和恩墨科技', C2],
      ],
      [{ kind: 'new' }, { kind: 'new' }],
    ],
    [
      'same exact name, different codes: a clash',
      [
        ['云和恩墨科技', C1],
        ['云和恩墨科技', C2],
      ],
      [{ kind: 'new' }, { kind: 'name_clash', of: 1 }],
    ],
    [
      'full-width and brackets',
      [
        ['ＡＢＣ（中国）科技', null],
        ['ABC(中国)科技有限公司', null],
      ],
      [{ kind: 'new' }, { kind: 'duplicate', of: 1, by: 'name' }],
    ],
    [
      'different firms',
      [
        ['重庆银行', null],
        ['北京银行', null],
      ],
      [{ kind: 'new' }, { kind: 'new' }],
    ],
  ])('%s', (_, rows, verdicts) => {
    const dup = new RegistryFileDuplicates();
    expect(rows.map(([name, creditCode], i) => dup.check(i + 1, { name, creditCode }))).toEqual(verdicts);
  });
});

describe('planRegistryRow', () => {
  const firm = (id: number, creditCode: string | null, registryExportedOn: string | null = null): ExistingFirm => ({
    id,
    name: `企业${id}`,
    creditCode,
    registryExportedOn,
  });
  it.each<[string, string | null, ExistingFirm | undefined, ExistingFirm[], ExistingFirm | undefined, RowPlan]>([
    ['new firm', C1, undefined, [], undefined, { action: 'create' }],
    ['by code', C1, firm(1, C1), [firm(2, null)], undefined, { action: 'update', firmId: 1, by: 'code' }],
    ['by name, firm has no code', C1, undefined, [firm(2, null)], undefined, { action: 'update', firmId: 2, by: 'name' }],
    ['by name, row has no code', null, undefined, [firm(2, C2)], undefined, { action: 'update', firmId: 2, by: 'name' }],
    ['same key but another code: a new firm', C1, undefined, [firm(2, C2)], undefined, { action: 'create' }],
    ['same exact name, another code', C1, undefined, [firm(2, C2)], firm(2, C2), { action: 'name_taken', firmId: 2 }],
    ['two firms by name', null, undefined, [firm(2, null), firm(3, C2)], undefined, { action: 'ambiguous', firms: ['企业2', '企业3'] }],
    [
      'two firms by name, one bears the exact name: that one',
      null,
      undefined,
      [firm(2, null), firm(3, C2)],
      firm(3, C2),
      { action: 'update', firmId: 3, by: 'name' },
    ],
    ['older file than the firm’s data', C1, firm(1, C1, '2026-12-01'), [], undefined, { action: 'stale', firmId: 1, exportedOn: '2026-12-01' }],
    ['same export date updates', C1, firm(1, C1, '2026-11-30'), [], undefined, { action: 'update', firmId: 1, by: 'code' }],
  ])('%s', (_, creditCode, byCode, byKey, sameName, plan) => {
    expect(planRegistryRow({ name: '云和恩墨', creditCode }, '2026-11-30', byCode, byKey, sameName)).toEqual(plan);
  });
});
