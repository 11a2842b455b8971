/**
 * Word lists for bench firm names. Names are built in SQL from these lists by a bijection of the
 * row number (see generate.ts), so 100,000 distinct, Chinese-looking names come out in one INSERT
 * and fragment search sees a realistic spread: a common fragment (科技, in about a third of
 * names) and rare ones (one two-character brand, in a few dozen).
 */
export const BRAND_FIRST = [
  '华',
  '中',
  '天',
  '恒',
  '瑞',
  '鼎',
  '博',
  '金',
  '新',
  '东',
  '海',
  '云',
  '智',
  '长',
  '盛',
  '宏',
  '泰',
  '安',
  '嘉',
  '正',
  '凯',
  '兴',
  '德',
  '晨',
  '远',
  '卓',
  '思',
  '晶',
  '星',
  '汉',
  '渝',
  '蓉',
  '楚',
  '川',
  '联',
  '达',
  '信',
  '诚',
  '宇',
  '航',
  '万',
  '科',
  '国',
  '创',
  '鸿',
  '银',
  '峰',
  '润',
  '腾',
  '致',
  '明',
  '光',
  '景',
  '辰',
  '昊',
  '锦',
  '融',
  '通',
  '益',
  '源',
] as const;

export const BRAND_SECOND = [
  '宇',
  '盛',
  '达',
  '通',
  '锐',
  '捷',
  '力',
  '成',
  '丰',
  '和',
  '晟',
  '拓',
  '维',
  '睿',
  '迅',
  '图',
  '合',
  '联',
  '邦',
  '杰',
  '翔',
  '晖',
  '华',
  '泽',
  '峰',
  '驰',
  '森',
  '岳',
  '嘉',
  '谷',
  '帆',
  '川',
  '弘',
  '瀚',
  '铭',
  '昇',
  '立',
  '信',
  '逸',
  '康',
  '旗',
  '朗',
  '雅',
  '轩',
  '仪',
  '昌',
  '骏',
  '凌',
  '腾',
  '辉',
  '策',
  '途',
  '磐',
  '芯',
  '桥',
  '舟',
  '屹',
  '灵',
  '誉',
  '耀',
] as const;

/** Six of twenty contain 科技, so the common fragment matches ~30% of firms. */
export const INDUSTRY = [
  '科技',
  '信息科技',
  '智能科技',
  '生物科技',
  '网络科技',
  '数字科技',
  '软件',
  '信息技术',
  '数据',
  '电子',
  '医疗器械',
  '新能源',
  '文化传媒',
  '检测认证',
  '咨询',
  '供应链',
  '云计算',
  '半导体',
  '物联网',
  '创意设计',
] as const;

export const ORG_FORM = ['', '集团', '控股', '股份', '实业', '发展', '创新', '研究院'] as const;

export const CITIES = ['重庆', '北京', '上海', '深圳', '杭州', '成都', '武汉', '西安', '南京', '苏州', '广州', '合肥'] as const;

/** How many distinct names the lists can make; the generator's multiplier must be coprime to it. */
export const NAME_SPACE = BRAND_FIRST.length * BRAND_SECOND.length * INDUSTRY.length * ORG_FORM.length;

/** Multiplier of the row-number bijection (prime, does not divide NAME_SPACE). */
export const NAME_STRIDE = 7919;

/**
 * The name of bench firm k (0 <= k < NAME_SPACE), as the SQL in generate.ts builds it: the mixed
 * radix digits of (k * NAME_STRIDE) mod NAME_SPACE pick brand, industry and form.
 */
export function benchFirmName(k: number): string {
  const x = (k * NAME_STRIDE) % NAME_SPACE;
  const a = x % BRAND_FIRST.length;
  const b = Math.floor(x / BRAND_FIRST.length) % BRAND_SECOND.length;
  const c = Math.floor(x / (BRAND_FIRST.length * BRAND_SECOND.length)) % INDUSTRY.length;
  const d = Math.floor(x / (BRAND_FIRST.length * BRAND_SECOND.length * INDUSTRY.length)) % ORG_FORM.length;
  return BRAND_FIRST[a] + BRAND_SECOND[b] + INDUSTRY[c] + ORG_FORM[d];
}
