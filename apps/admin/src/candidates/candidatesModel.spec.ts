import { describe, expect, it } from '@jest/globals';
import { DEFAULT_FIT_WEIGHTS, type FitComponent, type FitFact } from '@crm/contracts';
import { candidatesEn } from '../i18n/candidates-en';
import { candidatesZh } from '../i18n/candidates-zh';
import { chainkpiEn } from '../i18n/chainkpi-en';
import { chainkpiZh } from '../i18n/chainkpi-zh';
import { poolEn } from '../i18n/pool-en';
import { poolZh } from '../i18n/pool-zh';
import { addable, barSegments, factText, fullScore, registrySourceText } from './candidatesModel';

const c = (component: FitComponent['component'], points: number, max: number): FitComponent => ({
  component,
  points,
  max,
  source: '',
  noData: false,
  fact: null,
});

describe('candidates model', () => {
  it.each<[string, FitComponent[], { component: string; percent: number }[]]>([
    [
      'shares of the full score, zero components left out',
      [c('tags', 10, 20), c('industry', 0, 20), c('city', 5, 10)],
      [
        { component: 'tags', percent: 20 },
        { component: 'city', percent: 10 },
      ],
    ],
    ['no weights at all: no bar', [c('tags', 0, 0)], []],
  ])('barSegments: %s', (_case, components, expected) => {
    expect(barSegments(components).map(({ component, percent }) => ({ component, percent }))).toEqual(expected);
  });

  it('fullScore adds the weights', () => {
    expect(fullScore(DEFAULT_FIT_WEIGHTS)).toBe(100);
  });

  it('addable keeps the chosen firms no other team holds', () => {
    const rows = [
      { firmId: 1, claim: 'free' },
      { firmId: 2, claim: 'other' },
      { firmId: 3, claim: 'mine' },
      { firmId: 4, claim: 'free' },
    ];
    expect(addable(new Set([1, 2, 3]), rows)).toEqual([1, 3]);
  });
});

describe('factText: a component’s fact in the reader’s words', () => {
  const bundles = { 'zh-CN': { ...candidatesZh, ...chainkpiZh, ...poolZh }, en: { ...candidatesEn, ...chainkpiEn, ...poolEn } };
  const translator =
    (locale: 'zh-CN' | 'en') =>
    (key: string, options: Record<string, unknown> = {}) => {
      const found = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], bundles[locale]);
      const text = typeof found === 'string' ? found : String(options._ ?? key);
      return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name]));
    };
  it.each<[FitFact, string, string]>([
    [{ kind: 'tags', tags: ['专精特新', '上市'] }, '专精特新、上市', 'Specialised SME, Listed'],
    [
      { kind: 'text', text: '仿真软件、数字孪生平台开发', hits: [{ text: '仿真', from: 'link' }], terms: [] },
      '“仿真软件、数字孪生平台开发”含 仿真（环节）',
      '"仿真软件、数字孪生平台开发" contains 仿真 (link)',
    ],
    [
      { kind: 'text', text: '技术服务', hits: [], terms: ['CAD', 'CAE'] },
      '“技术服务”不含匹配词（CAD / CAE）',
      '"技术服务" contains none of the match terms (CAD / CAE)',
    ],
    [{ kind: 'capital', capital: 8000, bandMin: 5000 }, '8,000 万元（5,000 万元及以上档）', 'CNY 80 M (band from CNY 50 M)'],
    [{ kind: 'city', city: '北京', tier: 'tier1', region: null }, '北京（一线城市）', '北京 (tier-1 city)'],
    [{ kind: 'city', city: '重庆', tier: 'region', region: '重庆市渝中区' }, '重庆（与规划同城：重庆市渝中区）', '重庆 (the plan’s own city: 重庆市渝中区)'],
    [
      { kind: 'relationship', isLocal: true, targets: 1, firstClaimedOn: '2026-03-02', logs: 0, lastLogOn: null },
      '本地企业；招商目标 1 个（首报 2026-03-02）',
      'Local firm; 1 target(s) (first registered 2026-03-02)',
    ],
  ])('%j', (fact, zh, en) => {
    expect([factText(fact, translator('zh-CN'), 'zh-CN'), factText(fact, translator('en'), 'en')]).toEqual([zh, en]);
  });

  it('names the registry a candidate came from, or nothing', () => {
    expect(registrySourceText({ registrySource: 'qichacha', registryExportedOn: '2026-11-30' }, translator('zh-CN'))).toBe('数据来源：企查查 · 2026-11-30');
    expect(registrySourceText({ registrySource: 'tianyancha', registryExportedOn: null }, translator('en'))).toBe('Data from Tianyancha');
    expect(registrySourceText({ registrySource: null, registryExportedOn: null }, translator('en'))).toBeNull();
  });
});
