import { describe, expect, it } from '@jest/globals';
import { excelEn } from './excel-en';
import { excelZh } from './excel-zh';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const leaf = (obj: object, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
const placeholders = (s: string) => [...new Set(s.match(/%\{\w+\}/g) ?? [])].sort();

describe('excel (account, import, export, history) messages', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(excelEn).sort()).toEqual(keys(excelZh).sort());
  });
  it.each(keys(excelZh))('%s keeps its placeholders in both languages', (key) => {
    expect(placeholders(leaf(excelEn, key))).toEqual(placeholders(leaf(excelZh, key)));
    expect(leaf(excelZh, key)).toMatch(/[\u4e00-\u9fff]/);
  });
});
