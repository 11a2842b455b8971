import { describe, expect, it } from '@jest/globals';
import { chainkpiEn } from './chainkpi-en';
import { chainkpiZh } from './chainkpi-zh';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const leaf = (obj: object, path: string): string => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
const placeholders = (s: string) => [...new Set(s.match(/%\{\w+\}/g) ?? [])].sort();

describe('chainkpi messages', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(chainkpiEn).sort()).toEqual(keys(chainkpiZh).sort());
  });
  it.each(keys(chainkpiZh))('%s keeps its placeholders and its English has no Han characters', (key) => {
    expect(placeholders(leaf(chainkpiEn, key))).toEqual(placeholders(leaf(chainkpiZh, key)));
    expect(leaf(chainkpiEn, key)).not.toMatch(/\p{Script=Han}/u);
  });
});
