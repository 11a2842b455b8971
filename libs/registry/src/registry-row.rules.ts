import { CREDIT_CODE, FIRM_TAGS, type FirmTag } from '@crm/firms';

/**
 * The columns of a registry export (企查查 / 天眼查 / 启信宝), each with the header names those
 * services use. Headers match after removing spaces and brackets' width: 注册资本（万元） = 注册资本(万元).
 */
export const REGISTRY_COLUMNS = [
  { key: 'name', header: '企业名称', aliases: ['公司名称', '企业名', '名称', '企业(机构)名称'], required: true },
  { key: 'creditCode', header: '统一社会信用代码', aliases: ['信用代码', '社会信用代码', '统一信用代码'] },
  { key: 'legalRepresentative', header: '法定代表人', aliases: ['法人', '法人代表', '法定代表人/负责人', '负责人'] },
  { key: 'establishedOn', header: '成立日期', aliases: ['成立时间', '注册日期', '成立日'] },
  { key: 'registeredCapital', header: '注册资本', aliases: ['注册资本(万元)', '注册资金', '注册资本金'] },
  { key: 'firmType', header: '企业类型', aliases: ['公司类型', '企业(机构)类型', '类型'] },
  { key: 'industry', header: '所属行业', aliases: ['行业', '国标行业', '所属行业门类'] },
  { key: 'registeredAddress', header: '注册地址', aliases: ['地址', '企业地址', '住所', '通信地址'] },
  { key: 'businessScope', header: '经营范围', aliases: [] },
  { key: 'tags', header: '标签', aliases: ['企业标签', '企业资质', '资质标签', '标签信息'] },
  { key: 'city', header: '所属城市', aliases: ['城市', '所在城市', '地级市'] },
  { key: 'website', header: '官网', aliases: ['网址', '企业官网', '官方网站'] },
] as const;
export type RegistryKey = (typeof REGISTRY_COLUMNS)[number]['key'];
const HEADER: Record<RegistryKey, string> = Object.fromEntries(REGISTRY_COLUMNS.map((c) => [c.key, c.header])) as Record<RegistryKey, string>;

export interface RegistryRowError {
  column: string;
  code: string;
  reason: string;
  reasonZh: string;
}

/** What a valid row becomes. */
export interface RegistryRowData {
  name: string;
  creditCode: string | null;
  legalRepresentative: string | null;
  establishedOn: string | null;
  /** 万元, CNY only */
  registeredCapital: number | null;
  /** as written, when the currency is not CNY */
  registeredCapitalText: string | null;
  firmType: string | null;
  industry: string | null;
  registeredAddress: string | null;
  businessScope: string | null;
  tags: FirmTag[];
  city: string | null;
  website: string | null;
}

const headerKey = (h: string) =>
  h
    .normalize('NFKC')
    .replace(/[\s*＊]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');

/** Maps the header row to positions by name or alias (first match wins); names the required headers missing. */
export function registryHeaderPositions(headers: string[]): { positions: Partial<Record<RegistryKey, number>>; missing: string[] } {
  const clean = headers.map(headerKey);
  const positions: Partial<Record<RegistryKey, number>> = {};
  for (const c of REGISTRY_COLUMNS) {
    for (const name of [c.header, ...c.aliases]) {
      const i = clean.indexOf(headerKey(name));
      if (i >= 0) {
        positions[c.key] = i;
        break;
      }
    }
  }
  const missing = REGISTRY_COLUMNS.filter((c) => 'required' in c && positions[c.key] === undefined).map((c) => c.header);
  return { positions, missing };
}

const err = (key: RegistryKey, code: string, reason: string, reasonZh: string): RegistryRowError => ({ column: HEADER[key], code, reason, reasonZh });

/** Registry exports write "-" or "--" for an unknown value. */
const EMPTY = new Set(['', '-', '--', '—', '/', '暂无', '无', 'null', 'NULL']);

/**
 * 成立日期 as exported: 2015-04-20, 2015/4/20, 2015.4.20, 2015年4月20日, 20150420 (and an Excel date
 * cell, which the reader hands over as YYYY-MM-DD). Undefined when it is not a real calendar date.
 */
export function parseRegistryDate(text: string): string | undefined {
  const m = text.trim().match(/^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))(?:\s.*)?$/);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2] ?? m[4]);
  const d = Number(m[3] ?? m[5]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1800 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const FOREIGN = /^(美元|港元|港币|欧元|日元|英镑|新加坡元|澳元|加元|瑞士法郎|韩元|新台币|台币|usd|hkd|eur|jpy|gbp)/i;
const CNY = /^(元?(人民币)?元?|cny|rmb)$/i;

/**
 * 注册资本 as exported → 万元 (CNY) or, for another currency, the text as written.
 * "1000万元人民币", "1,000万(元)", "5000万人民币", "1.2亿元", "300000元" (元 → 30 万元), "1000" (a bare
 * number is 万元, the unit registry exports use); "500万美元" → { text } with no conversion guessed.
 * Undefined when unreadable.
 */
export function parseRegisteredCapital(raw: string): { wan: number | null; text: string | null } | undefined {
  const s = raw.normalize('NFKC').replace(/[\s,，()]/g, '');
  const m = s.match(/^(\d+(?:\.\d+)?)(亿|万)?(.*)$/);
  if (!m) return undefined;
  const [, num, unit, rest] = m;
  if (FOREIGN.test(rest)) return { wan: null, text: raw.trim().slice(0, 100) };
  if (!CNY.test(rest)) return undefined;
  const n = Number(num);
  const wan = unit === '亿' ? n * 10000 : unit === '万' || rest === '' ? n : n / 10000;
  return { wan: Math.round(wan * 100) / 100, text: null };
}

/**
 * Registry tags onto FIRM_TAGS, by what they say: 专精特新小巨人 → 专精特新 + 小巨人, A股上市 → 上市
 * (拟上市/未上市/退市/新三板 are not listed firms), 高新技术企业 …; tags that map to nothing are dropped.
 */
export function mapRegistryTags(text: string): FirmTag[] {
  const out = new Set<FirmTag>();
  for (const raw of text.normalize('NFKC').split(/[,，、;；|/\s]+/)) {
    const t = raw.trim();
    if (!t) continue;
    if ((FIRM_TAGS as readonly string[]).includes(t)) out.add(t as FirmTag);
    if (/世界500强|财富世界500强/.test(t)) out.add('世界500强');
    if (/中国(企业)?500强|中国民营企业500强/.test(t)) out.add('中国500强');
    if (/小巨人/.test(t)) out.add('小巨人');
    if (/专精特新/.test(t)) out.add('专精特新');
    if (/高新技术企业|^高新企业$|国家高新/.test(t)) out.add('高新技术企业');
    if (/上市/.test(t) && !/拟上市|未上市|退市|终止上市|暂停上市/.test(t)) out.add('上市');
    if (/链主/.test(t)) out.add('链主');
    if (/龙头/.test(t)) out.add('龙头');
  }
  return FIRM_TAGS.filter((t) => out.has(t));
}

const LIMITS: Partial<Record<RegistryKey, [number, string]>> = {
  name: [200, '企业名称'],
  legalRepresentative: [100, '法定代表人'],
  firmType: [100, '企业类型'],
  industry: [200, '所属行业'],
  registeredAddress: [500, '注册地址'],
  businessScope: [20000, '经营范围'],
  city: [100, '所属城市'],
  website: [300, '官网'],
};

/** Parses and checks one row on its own (no file- or database-level checks). */
export function parseRegistryRow(cells: Partial<Record<RegistryKey, string>>): { data: RegistryRowData; errors: RegistryRowError[] } {
  const v = (k: RegistryKey) => {
    const s = (cells[k] ?? '').trim();
    return EMPTY.has(s) ? '' : s;
  };
  const errors: RegistryRowError[] = [];
  for (const [k, [max, zh]] of Object.entries(LIMITS) as [RegistryKey, [number, string]][]) {
    if (v(k).length > max) errors.push(err(k, 'maxLength', `${HEADER[k]} longer than ${max} characters`, `${zh}超过 ${max} 字`));
  }
  const name = v('name');
  if (!name) errors.push(err('name', 'required', 'firm name is required', '企业名称不能为空'));

  const creditCode = v('creditCode').toUpperCase() || null;
  if (creditCode && !CREDIT_CODE.test(creditCode))
    errors.push(err('creditCode', 'invalid', `not an 18-character unified social credit code: ${creditCode}`, '统一社会信用代码格式不正确（应为 18 位）'));

  let establishedOn: string | null = null;
  if (v('establishedOn')) {
    establishedOn = parseRegistryDate(v('establishedOn')) ?? null;
    if (!establishedOn) errors.push(err('establishedOn', 'invalid', `not a date: ${v('establishedOn')}`, `成立日期不是有效日期：${v('establishedOn')}`));
  }

  let capital: { wan: number | null; text: string | null } = { wan: null, text: null };
  if (v('registeredCapital')) {
    const parsed = parseRegisteredCapital(v('registeredCapital'));
    if (!parsed) errors.push(err('registeredCapital', 'invalid', `not an amount: ${v('registeredCapital')}`, `注册资本无法识别：${v('registeredCapital')}`));
    else capital = parsed;
  }

  let website = v('website') || null;
  if (website && !/^https?:\/\//i.test(website)) website = `http://${website}`;

  return {
    data: {
      name,
      creditCode,
      legalRepresentative: v('legalRepresentative') || null,
      establishedOn,
      registeredCapital: capital.wan,
      registeredCapitalText: capital.text,
      firmType: v('firmType') || null,
      industry: v('industry') || null,
      registeredAddress: v('registeredAddress') || null,
      businessScope: v('businessScope') || null,
      tags: mapRegistryTags(v('tags')),
      city: v('city') || null,
      website,
    },
    errors,
  };
}
