import { describe, expect, it } from '@jest/globals';
import englishMessages from 'ra-language-english';
import { domainEn } from './domain-en';
import { domainZh } from './domain-zh';
import { homeEn } from './home-en';
import { homeZh } from './home-zh';
import { raChineseMessages } from './ra-zh-CN';

/** Every leaf key of a nested message object, as dotted paths. */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const placeholders = (s: string) => [...new Set(s.match(/%\{\w+\}/g) ?? [])].sort();

function leaf(obj: object, path: string): string {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
}

describe('zh-CN react-admin messages', () => {
  const english = keys(englishMessages);

  it('translate every key of ra-language-english, and no other', () => {
    expect(english.length).toBeGreaterThan(150);
    expect(keys(raChineseMessages).sort()).toEqual([...english].sort());
  });

  it.each(english)('%s keeps the placeholders, has one form and is Chinese', (key) => {
    const en = leaf(englishMessages, key);
    const zh = leaf(raChineseMessages, key);
    expect(placeholders(zh)).toEqual(placeholders(en));
    // Polyglot gives Chinese a single plural form: a `||||` variant would never show.
    expect(zh).not.toContain('||||');
    // Messages that are only placeholders (`%{name}`) have no words to translate.
    if (/[a-z]/i.test(en.replace(/%\{\w+\}/g, ''))) expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('domain messages', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(domainEn).sort()).toEqual(keys(domainZh).sort());
  });

  it.each(keys(domainZh))('%s keeps the placeholders', (key) => {
    expect(placeholders(leaf(domainEn, key))).toEqual(placeholders(leaf(domainZh, key)));
  });
});

describe('home messages', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(homeEn).sort()).toEqual(keys(homeZh).sort());
  });

  it.each(keys(homeZh))('%s keeps the placeholders', (key) => {
    expect(placeholders(leaf(homeEn, key))).toEqual(placeholders(leaf(homeZh, key)));
  });
});
