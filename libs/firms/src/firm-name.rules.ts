/**
 * The duplicate-matching key of a firm name (企业名称归一化). Two names with one key are treated as
 * the same firm when neither carries a 统一社会信用代码 that tells them apart.
 *
 * Steps: Unicode NFKC (full-width Ａ１（） and the ideographic space become half-width), lower case,
 * drop spaces, brackets and punctuation (the bracketed words stay: 凯撒（中国）文化 → 凯撒中国文化),
 * then strip legal-form suffixes at the end (有限公司, 股份有限公司, 有限责任公司, 集团 …, repeatedly:
 * 集团股份有限公司 → nothing). A name that is nothing but a suffix keeps it.
 *
 * Province/city prefixes (重庆/北京 …) are NOT stripped: 重庆银行 and 北京银行 would both become
 * 银行, and 重庆XX科技 vs XX科技（重庆） are often different legal entities; the suspected-duplicates
 * list is the place where a person decides those.
 *
 * Postgres computes the same key in `crm_firm_name_key(text)` (migration 1763700001900) for the
 * generated columns `firm.name_key` / `firm.name_keys`; `firm-name.rules.int-spec.ts` checks both agree.
 */
export const LEGAL_FORM_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '股份公司',
  '集团公司',
  '集团',
  '公司',
  'coltd',
  'ltd',
  'limited',
  'inc',
  'corporation',
  'corp',
  'group',
] as const;

/** Characters removed before comparing: whitespace, brackets of every kind, punctuation. */
export const NAME_PUNCTUATION = `\\s()\\[\\]{}【】〔〕〈〉《》「」『』<>·・.,，、。:;：；'"‘’“”!?！？&+/\\\\_\\-—–~`;

const PUNCT = new RegExp(`[${NAME_PUNCTUATION}]+`, 'gu');
const SUFFIX = new RegExp(`(${LEGAL_FORM_SUFFIXES.join('|')})+$`, 'u');

export function firmNameKey(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  const bare = name.normalize('NFKC').toLowerCase().replace(PUNCT, '');
  if (!bare) return null;
  return bare.replace(SUFFIX, '') || bare;
}

/** The keys a firm answers to: its name, full name and every alias, without repeats. */
export function firmNameKeys(name: string, fullName: string | null, aliases: readonly string[]): string[] {
  const keys = [name, fullName, ...aliases].map(firmNameKey).filter((k): k is string => !!k);
  return [...new Set(keys)];
}
