import { describe, expect, it } from '@jest/globals';

/* What the message specs share: walking nested message objects, and the checks every Chinese/English pair passes. */

/** Every leaf key of a nested message object, as dotted paths. */
export function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

/** The message at a dotted path. */
export const leaf = (obj: object, path: string): string => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;

/** The distinct `%{name}` placeholders of a message, sorted. */
export const placeholders = (s: string) => [...new Set(s.match(/%\{\w+\}/g) ?? [])].sort();

/** A further check of each message pair, named for the test title. */
export interface PairCheck {
  name: string;
  check: (zh: string, en: string) => void;
}

export const ENGLISH_HAS_NO_HAN: PairCheck = { name: 'its English has no Han characters', check: (_zh, en) => expect(en).not.toMatch(/\p{Script=Han}/u) };
export const CHINESE_HAS_HAN: PairCheck = { name: 'its Chinese has Han characters', check: (zh) => expect(zh).toMatch(/[\u4e00-\u9fff]/) };

/** The same keys in both languages; per key, the same placeholders (and `also`, when given). */
export function describeMessagePair(title: string, zh: object, en: object, also?: PairCheck): void {
  describe(title, () => {
    it('have the same keys in Chinese and English', () => {
      expect(keys(en).sort()).toEqual(keys(zh).sort());
    });
    it.each(keys(zh))(`%s keeps its placeholders${also ? ` and ${also.name}` : ''}`, (key) => {
      expect(placeholders(leaf(en, key))).toEqual(placeholders(leaf(zh, key)));
      also?.check(leaf(zh, key), leaf(en, key));
    });
  });
}
