import { describe, expect, it } from '@jest/globals';
import englishMessages from 'ra-language-english';
import { domainEn } from './domain-en';
import { domainZh } from './domain-zh';
import { homeEn } from './home-en';
import { homeZh } from './home-zh';
import { describeMessagePair, keys, leaf, placeholders } from './message-pairs.testing';
import { raChineseMessages } from './ra-zh-CN';

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

describeMessagePair('domain messages', domainZh, domainEn);
describeMessagePair('home messages', homeZh, homeEn);
