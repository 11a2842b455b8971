import { describe, expect, it } from '@jest/globals';
import { candidatesEn } from './candidates-en';
import { candidatesZh } from './candidates-zh';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const leaf = (obj: object, path: string): string => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
const placeholders = (s: string) => [...new Set(s.match(/%\{\w+\}/g) ?? [])].sort();

describe('candidates messages', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(candidatesEn).sort()).toEqual(keys(candidatesZh).sort());
  });
  it.each(keys(candidatesZh))('%s keeps its placeholders and its English has no Han characters', (key) => {
    expect(placeholders(leaf(candidatesEn, key))).toEqual(placeholders(leaf(candidatesZh, key)));
    expect(leaf(candidatesEn, key)).not.toMatch(/\p{Script=Han}/u);
  });
});
