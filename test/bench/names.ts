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

/** 所属行业 of bench firms (GB/T 4754 categories). */
export const REGISTRY_INDUSTRY = [
  '软件和信息技术服务业',
  '互联网和相关服务',
  '计算机、通信和其他电子设备制造业',
  '专用设备制造业',
  '通用设备制造业',
  '电气机械和器材制造业',
  '汽车制造业',
  '医药制造业',
  '研究和试验发展',
  '科技推广和应用服务业',
  '专业技术服务业',
  '商务服务业',
  '批发业',
  '零售业',
  '建筑装饰、装修和其他建筑业',
  '道路运输业',
];

/** Everyday 经营范围 phrases: every bench firm's scope has three of them. */
export const SCOPE_COMMON = [
  '软件开发',
  '信息系统集成服务',
  '信息技术咨询服务',
  '数据处理和存储支持服务',
  '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广',
  '货物进出口',
  '技术进出口',
  '普通机械设备安装服务',
  '电子产品销售',
  '企业管理咨询',
  '广告设计、代理',
  '会议及展览服务',
  '医疗器械销售',
  '办公设备销售',
  '物业管理',
  '人力资源服务',
  '市场营销策划',
  '五金产品批发',
  '通讯设备销售',
  '家用电器销售',
  '计算机软硬件及辅助设备零售',
  '网络技术服务',
  '专业设计服务',
  '工程管理服务',
  '供应链管理服务',
];

/** Specialised phrases (one in twenty firms has one): what a chain link's terms find. */
export const SCOPE_SPECIAL = [
  '工业软件开发',
  '计算机辅助设计（CAD）软件开发',
  'CAE仿真分析软件开发',
  '研发设计类工业软件销售',
  'MES制造执行系统开发',
  '电子设计自动化（EDA）软件开发',
  '集成电路设计',
  '人工智能应用软件开发',
  '区块链技术相关软件和服务',
  '大数据分析服务',
  '检验检测服务',
  '工业设计服务',
  '物联网技术服务',
  '网络与信息安全软件开发',
  '数字内容制作服务',
];
