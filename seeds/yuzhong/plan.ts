/**
 * Seed data extracted from 渝中区科创服务业高质量发展三年行动计划（2025—2027年）
 * (shared/sources/000_f18aed3529aafc2a.txt). Every record cites the table / section / 专栏
 * it comes from; `quote` fields are verbatim substrings of the document.
 *
 * Reading choices (see also the `notes` fields):
 * - Chains: the nine 重点方向 of section 三 (kind '重点方向'), plus the Table-2 产业门类 that are
 *   not one of the nine (人工智能, 元宇宙, 数据服务, 智慧能源, 卫星互联网, 金融科技, 科研服务业)
 *   as kind '细分领域'. The first six are the areas of （九）高成长性产业 / 专栏2 高成长性产业建链;
 *   the 高成长性产业 chain carries one link per area pointing at the matching 细分领域 chain.
 *   Table 2 '科研服务业' is kept as its own chain: the plan does not say whether it equals
 *   （八）其他科研服务业 or （七）工程技术服务业 +（八）.
 * - Link positions: the plan never places a sub-field up-, mid- or downstream, so every link is
 *   'sub-domain'.
 * - Link actions come from 专栏2 only (强链/优链/延链/建链) and are set on the links 专栏2 names
 *   as its focus; chain actions likewise.
 * - Where 专栏2 lists two foci and two firms without pairing them (人工智能, 智慧能源, 元宇宙),
 *   each firm is put on the focus in the same list position; the target's notes say so.
 *   Where the pairing is not readable (卫星互联网 3 foci / 3 firms, 金融科技, 区块链, 数字内容),
 *   the firms sit on one link worded as the 专栏2 focus.
 * - No firm already located in 渝中区 is named in the plan, so every firm has isLocal false.
 */
import type { PlanSeed, SourceRef, ChainLinkSeed, LinkAction, KpiTargetSeed, FirmSeed, TargetSeed, FirmTag } from '../types';

const DOC = '000_f18aed3529aafc2a.txt';

const src = (section: string, quote?: string): SourceRef => (quote === undefined ? { document: DOC, section } : { document: DOC, section, quote });

const link = (code: string, name: string, source: SourceRef, extra: { action?: LinkAction; notes?: string } = {}): ChainLinkSeed => ({
  code,
  name,
  position: 'sub-domain',
  ...extra,
  source,
});

// ---------------------------------------------------------------------------------------------
// Section names
const S1 = '三、（一）工业软件';
const S2 = '三、（二）信息技术服务';
const S3 = '三、（三）数字内容';
const S4 = '三、（四）工业设计';
const S5 = '三、（五）区块链';
const S6 = '三、（六）信创';
const S7 = '三、（七）工程技术服务业';
const S8 = '三、（八）其他科研服务业';
const S9 = '三、（九）高成长性产业';
const Z2_IS = '专栏2 工业软件强链';
const Z2_IT = '专栏2 信息技术服务优链';
const Z2_TS = '专栏2 特色优势产业延链';
const Z2_GC = '专栏2 高成长性产业建链';

// ---------------------------------------------------------------------------------------------
// KPI helpers
const YEARS = ['2024', '2025', '2026', '2027'] as const;
const vals = (v: [number, number, number, number]): Record<string, number> => Object.fromEntries(YEARS.map((y, i) => [y, v[i]]));

const t1 = (metric: string, category: string, unit: string, label: string, v: [number, number, number, number]): KpiTargetSeed => ({
  metric,
  category,
  unit,
  scope: 'overall',
  values: vals(v),
  source: src(`表1 ${category}`, label),
});

type Four = [number, number, number, number];
/** One Table-2 产业门类: 产值（亿元）, 规上企业数量（家）, 企业总数（家）, 从业人员数量（人）. */
const t2 = (chain: string, sector: string, output: Four, aboveScale: Four, total: Four, employees: Four): KpiTargetSeed[] => [
  { metric: '产值', unit: '亿元', scope: { chain }, values: vals(output), source: src(`表2 ${sector}`, '产值（亿元）') },
  { metric: '规上企业数量', unit: '家', scope: { chain }, values: vals(aboveScale), source: src(`表2 ${sector}`, '规上企业数量（家）') },
  { metric: '企业总数', unit: '家', scope: { chain }, values: vals(total), source: src(`表2 ${sector}`, '企业总数（家）') },
  { metric: '从业人员数量', unit: '人', scope: { chain }, values: vals(employees), source: src(`表2 ${sector}`, '从业人员数量（人）') },
];

// ---------------------------------------------------------------------------------------------
// Firms and targets (专栏2, 专栏8). One row per firm: it yields the FirmSeed and its TargetSeed.
interface FirmRow {
  name: string;
  chain: string;
  link: string;
  tags?: FirmTag[];
  profile: string; // the plan's own wording for the firm group
  section: string;
  quote: string;
  /** extra chain placements (e.g. the 高成长性产业 area link) */
  also?: { chain: string; link?: string }[];
  targetNotes?: string;
}

const BY_ORDER = '专栏2 未逐一对应企业与方向，按列举顺序对应；如需调整请在环节上改挂';

const FIRM_ROWS: FirmRow[] = [
  // 专栏2 工业软件强链
  {
    name: '山大华天',
    chain: 'industrial-software',
    link: 'manufacturing-process-simulation',
    tags: ['龙头'],
    profile: '龙头企业（研发设计类工业软件）',
    section: Z2_IS,
    quote: '重点招引山大华天、欧倍尔等龙头企业',
  },
  {
    name: '欧倍尔',
    chain: 'industrial-software',
    link: 'manufacturing-process-simulation',
    tags: ['龙头'],
    profile: '龙头企业（研发设计类工业软件）',
    section: Z2_IS,
    quote: '重点招引山大华天、欧倍尔等龙头企业',
  },
  // 专栏2 信息技术服务优链
  {
    name: '华宇信息',
    chain: 'it-services',
    link: 'system-integration',
    profile: '系统集成服务和解决方案提供商',
    section: Z2_IT,
    quote: '重点引进华宇信息、绿色网络等系统集成服务和解决方案提供商',
  },
  {
    name: '绿色网络',
    chain: 'it-services',
    link: 'system-integration',
    profile: '系统集成服务和解决方案提供商',
    section: Z2_IT,
    quote: '重点引进华宇信息、绿色网络等系统集成服务和解决方案提供商',
  },
  {
    name: '大健云仓',
    chain: 'it-services',
    link: 'e-commerce',
    tags: ['龙头'],
    profile: '电子商务龙头',
    section: Z2_IT,
    quote: '加大力度招引大健云仓、洋葱时尚等电子商务龙头',
  },
  {
    name: '洋葱时尚',
    chain: 'it-services',
    link: 'e-commerce',
    tags: ['龙头'],
    profile: '电子商务龙头',
    section: Z2_IT,
    quote: '加大力度招引大健云仓、洋葱时尚等电子商务龙头',
  },
  { name: '小亿网络', chain: 'it-services', link: 'life-service-platform', profile: '生活服务平台', section: Z2_IT, quote: '小亿网络、拉扎斯等生活服务平台' },
  { name: '拉扎斯', chain: 'it-services', link: 'life-service-platform', profile: '生活服务平台', section: Z2_IT, quote: '小亿网络、拉扎斯等生活服务平台' },
  // 专栏2 特色优势产业延链 — 数字内容
  {
    name: '奥飞娱乐',
    chain: 'digital-content',
    link: 'ip-development',
    profile: '数字内容企业（动漫游戏、短视频、微电影等领域IP开发）',
    section: Z2_TS,
    quote: '重点招引奥飞娱乐、凯撒（中国）文化等企业',
  },
  {
    name: '凯撒（中国）文化',
    chain: 'digital-content',
    link: 'ip-development',
    profile: '数字内容企业（动漫游戏、短视频、微电影等领域IP开发）',
    section: Z2_TS,
    quote: '重点招引奥飞娱乐、凯撒（中国）文化等企业',
  },
  // 专栏2 特色优势产业延链 — 区块链
  {
    name: '数秦科技',
    chain: 'blockchain',
    link: 'key-technologies',
    profile: '区块链企业（共识机制、隐私计算、智能合约等关键技术）',
    section: Z2_TS,
    quote: '重点招引数秦科技、万向区块链等企业',
  },
  {
    name: '万向区块链',
    chain: 'blockchain',
    link: 'key-technologies',
    profile: '区块链企业（共识机制、隐私计算、智能合约等关键技术）',
    section: Z2_TS,
    quote: '重点招引数秦科技、万向区块链等企业',
  },
  // 专栏2 特色优势产业延链 — 信创
  {
    name: '科东软件',
    chain: 'xinchuang',
    link: 'next-gen-os',
    profile: '国产操作系统骨干',
    section: Z2_TS,
    quote: '重点招引科东软件、中科海微等国产操作系统骨干',
  },
  {
    name: '中科海微',
    chain: 'xinchuang',
    link: 'next-gen-os',
    profile: '国产操作系统骨干',
    section: Z2_TS,
    quote: '重点招引科东软件、中科海微等国产操作系统骨干',
  },
  {
    name: '圣博润',
    chain: 'xinchuang',
    link: 'security-audit',
    tags: ['龙头'],
    profile: '信息安全龙头',
    section: Z2_TS,
    quote: '圣博润、格尔软件等信息安全龙头',
  },
  {
    name: '格尔软件',
    chain: 'xinchuang',
    link: 'security-audit',
    tags: ['龙头'],
    profile: '信息安全龙头',
    section: Z2_TS,
    quote: '圣博润、格尔软件等信息安全龙头',
  },
  // 专栏2 高成长性产业建链 — 人工智能
  {
    name: '讯飞医疗科技',
    chain: 'ai',
    link: 'smart-healthcare',
    profile: '人工智能企业（智慧医疗、智能驾驶等领域）',
    section: Z2_GC,
    quote: '重点招引讯飞医疗科技、图森未来科技等企业',
    also: [{ chain: 'high-growth', link: 'ai' }],
    targetNotes: BY_ORDER,
  },
  {
    name: '图森未来科技',
    chain: 'ai',
    link: 'intelligent-driving',
    profile: '人工智能企业（智慧医疗、智能驾驶等领域）',
    section: Z2_GC,
    quote: '重点招引讯飞医疗科技、图森未来科技等企业',
    also: [{ chain: 'high-growth', link: 'ai' }],
    targetNotes: BY_ORDER,
  },
  // 智慧能源
  {
    name: '正泰安能',
    chain: 'smart-energy',
    link: 'energy-digital-management',
    tags: ['龙头'],
    profile: '智慧能源龙头企业',
    section: Z2_GC,
    quote: '重点招引正泰安能、智芯微电子等龙头企业',
    also: [{ chain: 'high-growth', link: 'smart-energy' }],
    targetNotes: BY_ORDER,
  },
  {
    name: '智芯微电子',
    chain: 'smart-energy',
    link: 'smart-distribution-grid',
    tags: ['龙头'],
    profile: '智慧能源龙头企业',
    section: Z2_GC,
    quote: '重点招引正泰安能、智芯微电子等龙头企业',
    also: [{ chain: 'high-growth', link: 'smart-energy' }],
    targetNotes: BY_ORDER,
  },
  // 元宇宙
  {
    name: '环球墨非',
    chain: 'metaverse',
    link: 'digital-tools',
    profile: '元宇宙重点企业（数字工具、设备制造等细分领域）',
    section: Z2_GC,
    quote: '重点招引环球墨非、灵伴科技等重点企业',
    also: [{ chain: 'high-growth', link: 'metaverse' }],
    targetNotes: BY_ORDER,
  },
  {
    name: '灵伴科技',
    chain: 'metaverse',
    link: 'device-manufacturing',
    profile: '元宇宙重点企业（数字工具、设备制造等细分领域）',
    section: Z2_GC,
    quote: '重点招引环球墨非、灵伴科技等重点企业',
    also: [{ chain: 'high-growth', link: 'metaverse' }],
    targetNotes: BY_ORDER,
  },
  // 数据服务
  {
    name: '亿信华辰',
    chain: 'data-services',
    link: 'data-governance',
    profile: '数据服务数据治理领域重点企业',
    section: Z2_GC,
    quote: '重点招引亿信华辰、云和恩墨等重点企业',
    also: [{ chain: 'high-growth', link: 'data-services' }],
  },
  {
    name: '云和恩墨',
    chain: 'data-services',
    link: 'data-governance',
    profile: '数据服务数据治理领域重点企业',
    section: Z2_GC,
    quote: '重点招引亿信华辰、云和恩墨等重点企业',
    also: [{ chain: 'high-growth', link: 'data-services' }],
  },
  // 卫星互联网
  {
    name: '国博电子',
    chain: 'satellite-internet',
    link: 'system-research-ops-services',
    tags: ['龙头'],
    profile: '卫星互联网龙头企业',
    section: Z2_GC,
    quote: '重点招引国博电子、金信诺、易事特等龙头企业',
    also: [{ chain: 'high-growth', link: 'satellite-internet' }],
  },
  {
    name: '金信诺',
    chain: 'satellite-internet',
    link: 'system-research-ops-services',
    tags: ['龙头'],
    profile: '卫星互联网龙头企业',
    section: Z2_GC,
    quote: '重点招引国博电子、金信诺、易事特等龙头企业',
    also: [{ chain: 'high-growth', link: 'satellite-internet' }],
  },
  {
    name: '易事特',
    chain: 'satellite-internet',
    link: 'system-research-ops-services',
    tags: ['龙头'],
    profile: '卫星互联网龙头企业',
    section: Z2_GC,
    quote: '重点招引国博电子、金信诺、易事特等龙头企业',
    also: [{ chain: 'high-growth', link: 'satellite-internet' }],
  },
  // 金融科技
  {
    name: '信业科技',
    chain: 'fintech',
    link: 'bigdata-ai-llm-applications',
    tags: ['龙头'],
    profile: '金融科技龙头企业',
    section: Z2_GC,
    quote: '重点招引信业科技、宇信科技、第四范式等龙头企业',
    also: [{ chain: 'high-growth', link: 'fintech' }],
  },
  {
    name: '宇信科技',
    chain: 'fintech',
    link: 'bigdata-ai-llm-applications',
    tags: ['龙头'],
    profile: '金融科技龙头企业',
    section: Z2_GC,
    quote: '重点招引信业科技、宇信科技、第四范式等龙头企业',
    also: [{ chain: 'high-growth', link: 'fintech' }],
  },
  {
    name: '第四范式',
    chain: 'fintech',
    link: 'bigdata-ai-llm-applications',
    tags: ['龙头'],
    profile: '金融科技龙头企业',
    section: Z2_GC,
    quote: '重点招引信业科技、宇信科技、第四范式等龙头企业',
    also: [{ chain: 'high-growth', link: 'fintech' }],
  },
  // 专栏8 开源企业引育
  {
    name: '万里开源',
    chain: 'xinchuang',
    link: 'open-source',
    profile: '优质开源企业',
    section: '专栏8 开源企业引育',
    quote: '吸引万里开源等优质开源企业来区投资',
    targetNotes: '专栏8 未挂重点方向；四、（八）开源生态构建“聚焦信创基础软件，围绕操作系统、数据库等重点领域”，故挂信创链开源环节',
  },
];

const firms: FirmSeed[] = FIRM_ROWS.map((r) => ({
  name: r.name,
  ...(r.tags ? { tags: r.tags } : {}),
  isLocal: false,
  chainLinks: [{ chain: r.chain, link: r.link }, ...(r.also ?? [])],
  profile: r.profile,
  source: src(r.section, r.quote),
}));

const targets: TargetSeed[] = FIRM_ROWS.map((r) => ({
  firm: r.name,
  chain: r.chain,
  link: r.link,
  ...(r.targetNotes ? { notes: r.targetNotes } : {}),
  source: src(r.section, r.quote),
}));

// ---------------------------------------------------------------------------------------------
export const yuzhongPlan: PlanSeed = {
  code: 'yuzhong-kcfw-2025-2027',
  region: '重庆市渝中区',
  title: '渝中区科创服务业高质量发展三年行动计划（2025—2027年）',
  period: '2025—2027年',
  startYear: 2025,
  endYear: 2027,
  baseYear: 2024,
  issuer: '重庆市渝中区人民政府办公室',
  issuedOn: '2025-06-20',
  document: DOC,

  chains: [
    // ---------------- 九大重点方向 ----------------
    {
      code: 'industrial-software',
      name: '工业软件',
      kind: '重点方向',
      description:
        '重点布局CAD、CAE、CAT、EDA等研发设计类工业软件，加快补齐制造流程模拟软件等产业链关键节点；推进MES等生产控制类工业软件研发；建设工业软件公共服务平台。',
      action: '强链',
      source: src(S1, '（一）工业软件。重点布局CAD（计算机辅助设计）'),
      links: [
        link('cad', 'CAD', src(S1, 'CAD（计算机辅助设计）'), { action: '强链', notes: '计算机辅助设计；研发设计类工业软件' }),
        link('cae', 'CAE', src(S1, 'CAE（计算机辅助工程）'), { action: '强链', notes: '计算机辅助工程；研发设计类工业软件' }),
        link('cat', 'CAT', src(S1, 'CAT（计算机辅助公差设计）'), { action: '强链', notes: '计算机辅助公差设计；研发设计类工业软件' }),
        link('eda', 'EDA', src(S1, 'EDA（电子设计自动化）'), { action: '强链', notes: '电子设计自动化；研发设计类工业软件' }),
        link('manufacturing-process-simulation', '制造流程模拟软件', src(Z2_IS, '聚焦制造流程模拟软件等研发设计类工业软件'), {
          action: '强链',
          notes: '三、（一）：“加快补齐制造流程模拟软件等产业链关键节点”（补齐关键节点）；专栏2 强链聚焦方向',
        }),
        link('geometric-modeling-kernel', '几何建模内核', src(S1, '加快突破几何建模内核'), { notes: '核心技术（研发设计类工业软件）' }),
        link('geometric-constraint-solver', '几何约束求解器', src(S1, '几何约束求解器'), { notes: '核心技术' }),
        link('key-numerical-algorithms', '关键数值算法', src(S1, '关键数值算法'), { notes: '核心技术' }),
        link('assembly-dimension-chain-algorithm', '装配尺寸链自动生成算法', src(S1, '装配尺寸链自动生成算法'), { notes: '核心技术' }),
        link('static-timing-analysis', '静态时序分析', src(S1, '静态时序分析等核心技术'), { notes: '核心技术' }),
        link('mes', 'MES', src(S1, 'MES（制造执行系统）等生产控制类工业软件'), {
          notes: '制造执行系统；生产控制类工业软件；围绕模型驱动、数字孪生、人机增强等重点方向推进研发',
        }),
        link('product-simulation-design', '产品仿真设计', src(S1, '提升产品仿真设计、供应链协同、大数据分析等服务能力'), {
          notes: '工业软件应用服务能力；面向汽车、装备制造、电子信息等重点行业',
        }),
        link('supply-chain-collaboration', '供应链协同', src(S1, '提升产品仿真设计、供应链协同、大数据分析等服务能力'), { notes: '工业软件应用服务能力' }),
        link('big-data-analysis', '大数据分析', src(S1, '提升产品仿真设计、供应链协同、大数据分析等服务能力'), { notes: '工业软件应用服务能力' }),
        link('public-service-platform', '工业软件公共服务平台', src(S1, '建设工业软件公共服务平台'), {
          notes: '鼓励龙头企业围绕开发服务、适配测评、人才培养、标准制定、数据服务、交易与转化等建设；提供工业软件资源池、工业设计仿真分析、软件正版化等服务',
        }),
      ],
    },
    {
      code: 'it-services',
      name: '信息技术服务',
      kind: '重点方向',
      description:
        '提供行业信息化整体解决方案和专业化系统集成服务；支持信息技术咨询服务、数字营销服务；发挥国家电子商务示范基地作用，壮大平台经济，培育直播电商、社交电商等新业态。',
      action: '优链',
      source: src(S2, '（二）信息技术服务。'),
      links: [
        link('system-integration', '系统集成服务', src(Z2_IT, '聚焦系统集成服务'), {
          action: '优链',
          notes: '三、（二）：面向商业企业、制造企业信息化数字化、政府电子政务、智慧金融等领域，提供行业信息化整体解决方案和专业化系统集成服务',
        }),
        link('network-system-construction', '网络系统建设', src(S2, '提供网络系统建设、软件应用开发、业务平台运营等行业信息化整体解决方案'), {
          notes: '行业信息化整体解决方案',
        }),
        link('software-application-development', '软件应用开发', src(S2, '提供网络系统建设、软件应用开发、业务平台运营等行业信息化整体解决方案'), {
          notes: '行业信息化整体解决方案',
        }),
        link('business-platform-operation', '业务平台运营', src(S2, '提供网络系统建设、软件应用开发、业务平台运营等行业信息化整体解决方案'), {
          notes: '行业信息化整体解决方案',
        }),
        link('it-management-consulting', '信息技术管理咨询', src(S2, '支持信息技术管理咨询、信息技术培训等信息技术咨询服务'), { notes: '信息技术咨询服务' }),
        link('it-training', '信息技术培训', src(S2, '支持信息技术管理咨询、信息技术培训等信息技术咨询服务'), { notes: '信息技术咨询服务' }),
        link('digital-marketing', '数字营销服务', src(S2, '电商、直播等数字营销服务做大做强'), { notes: '电商、直播等' }),
        link('e-commerce', '电子商务', src(Z2_IT, '优化国家电子商务示范基地建设'), {
          action: '优链',
          notes: '专栏2：招引“电子商务龙头”；三、（二）：做大做强网络销售平台，持续迭代多业态融合APP，推进融合商城建设',
        }),
        link('life-service-platform', '生活服务平台', src(Z2_IT, '小亿网络、拉扎斯等生活服务平台'), {
          action: '优链',
          notes: '三、（二）：支持一站式生活服务平台及各垂直领域线上平台发展，壮大平台经济',
        }),
        link('cross-border-e-commerce', '跨境电商', src(S2, '支持电商平台持续巩固强化跨境电商等垂直领域优势')),
        link('live-streaming-e-commerce', '直播电商', src(S2, '培育壮大直播电商、社交电商等电商新业态新模式'), { notes: '电商新业态新模式' }),
        link('social-e-commerce', '社交电商', src(S2, '培育壮大直播电商、社交电商等电商新业态新模式'), { notes: '电商新业态新模式' }),
      ],
    },
    {
      code: 'digital-content',
      name: '数字内容',
      kind: '重点方向',
      description:
        '围绕文化创意、动漫游戏、影视演艺等领域引进数字内容企业；应用AIGC等新兴技术开展数字内容创作生产；推动数字内容和文旅、电商融合；建设版权交易平台和版权运营中心。',
      action: '延链',
      source: src(S3, '（三）数字内容。围绕文化创意、动漫游戏、影视演艺等领域'),
      links: [
        link('ip-development', '动漫游戏、短视频、微电影等领域IP开发', src(Z2_TS, '聚焦动漫游戏、短视频、微电影等领域IP开发'), {
          action: '延链',
          notes: '专栏2 特色优势产业延链（数字内容）聚焦方向',
        }),
        link('cultural-creativity', '文化创意', src(S3, '围绕文化创意、动漫游戏、影视演艺等领域')),
        link('animation-games', '动漫游戏', src(S3, '围绕文化创意、动漫游戏、影视演艺等领域')),
        link('film-performing-arts', '影视演艺', src(S3, '围绕文化创意、动漫游戏、影视演艺等领域')),
        link('aigc', 'AIGC', src(S3, 'AIGC（生成式人工智能）'), { notes: '生成式人工智能；数字内容创作生产新兴技术' }),
        link('dynamic-environment-modeling', '动态环境建模', src(S3, '动态环境建模'), { notes: '数字内容创作生产新兴技术' }),
        link('realtime-3d-graphics', '实时三维计算机图形', src(S3, '实时三维计算机图形'), { notes: '数字内容创作生产新兴技术' }),
        link('live-streaming', '网络直播', src(S3, '强化网络直播、网络游戏、短视频、微电影、网络剧等领域内容供给能力'), { notes: '内容供给' }),
        link('online-games', '网络游戏', src(S3, '强化网络直播、网络游戏、短视频、微电影、网络剧等领域内容供给能力'), { notes: '内容供给' }),
        link('short-video', '短视频', src(S3, '强化网络直播、网络游戏、短视频、微电影、网络剧等领域内容供给能力'), { notes: '内容供给' }),
        link('micro-film', '微电影', src(S3, '强化网络直播、网络游戏、短视频、微电影、网络剧等领域内容供给能力'), { notes: '内容供给' }),
        link('web-drama', '网络剧', src(S3, '强化网络直播、网络游戏、短视频、微电影、网络剧等领域内容供给能力'), { notes: '内容供给' }),
        link('original-ip', '原创内容精品IP号', src(S3, '打造一批具备渝中特色的原创内容精品IP号'), {
          notes: '依托洪崖洞、鹅岭贰厂等地标开展创新创作；培育孵化网红主播',
        }),
        link('cloud-tourism', '云旅游', src(S3, '培育云旅游、云直播、云演艺等新业态'), { notes: '数字内容和文旅产业融合新业态' }),
        link('cloud-live', '云直播', src(S3, '培育云旅游、云直播、云演艺等新业态'), { notes: '数字内容和文旅产业融合新业态' }),
        link('cloud-performance', '云演艺', src(S3, '培育云旅游、云直播、云演艺等新业态'), { notes: '数字内容和文旅产业融合新业态' }),
        link('live-streaming-e-commerce', '直播电商', src(S3, '加快直播电商等新业态培育'), {
          notes: '数字内容和电商产业深度融合；“短视频+供应链”模式，“网红直播间”、短视频营销等载体；推动建设优质直播（短视频）基地',
        }),
        link('copyright-trading', '版权交易平台和版权运营中心', src(S3, '推动建设一批数字内容领域版权交易平台和版权运营中心'), {
          notes: '依托重庆数字版权区块链服务中心',
        }),
      ],
    },
    {
      code: 'industrial-design',
      name: '工业设计',
      kind: '重点方向',
      description:
        '发挥工业设计总部基地优势，引育面向汽车、建筑业、新一代信息产业等领域的专业设计企业和研究机构；围绕三维建模、渲染与可视化等关键技术提升创意造型、模具设计等关键环节能力；建立工业设计公共服务平台。',
      source: src(S4, '（四）工业设计。借力重庆打造全球“设计之都”'),
      links: [
        link('design-services', '设计服务', src(S4, '积极引育面向汽车、建筑业、新一代信息产业等领域提供设计服务的专业设计企业和研究机构'), {
          notes: '面向汽车、建筑业、新一代信息产业等领域',
        }),
        link('3d-modeling', '三维建模', src(S4, '围绕三维建模、渲染与可视化等关键技术'), { notes: '关键技术' }),
        link('rendering-visualization', '渲染与可视化', src(S4, '围绕三维建模、渲染与可视化等关键技术'), { notes: '关键技术' }),
        link('creative-styling', '创意造型', src(S4, '加强创意造型、模具设计等工业设计产业链关键环节能力提升'), { notes: '工业设计产业链关键环节' }),
        link('mold-design', '模具设计', src(S4, '加强创意造型、模具设计等工业设计产业链关键环节能力提升'), { notes: '工业设计产业链关键环节' }),
        link('apparel-design', '服装设计', src(S4, '培育一批“小而美”的服装设计企业'), {
          notes: '普及数字化服装设计工具，综合运用特色形象设计、材质组合设计',
        }),
        link('advertising-design', '广告设计', src(S4, '鼓励广告设计企业积极探索生成式人工智能技术应用'), { notes: '生成式人工智能技术应用' }),
        link('design-software', '工业设计相关软件产品', src(S4, '建模渲染、样板制造和表面处理等工业设计相关软件产品'), {
          notes: '建模渲染、样板制造和表面处理等；鼓励龙头企业研究开发和推广应用',
        }),
        link('public-service-platform', '工业设计公共服务平台', src(S4, '建立工业设计公共服务平台'), { notes: '提供设计资源整合、基础设施共享等服务' }),
      ],
    },
    {
      code: 'blockchain',
      name: '区块链',
      kind: '重点方向',
      description:
        '协同开展共识容错、节点动态变更、节点签名、通讯拓扑等区块链核心技术攻关；建设国产自主可控的区块链底层平台，夯实“山城链”基础设施体系，打造跨链服务平台和BaaS平台；推动区块链在金融、法律服务等领域应用。',
      action: '延链',
      source: src(S5, '（五）区块链。'),
      links: [
        link('key-technologies', '共识机制、隐私计算、智能合约等区块链关键技术', src(Z2_TS, '聚焦共识机制、隐私计算、智能合约等区块链关键技术'), {
          action: '延链',
          notes: '专栏2 特色优势产业延链（区块链）聚焦方向',
        }),
        link('consensus-fault-tolerance', '共识容错', src(S5, '协同开展共识容错、节点动态变更、节点签名、通讯拓扑等区块链核心技术攻关'), { notes: '核心技术' }),
        link('dynamic-node-membership', '节点动态变更', src(S5, '协同开展共识容错、节点动态变更、节点签名、通讯拓扑等区块链核心技术攻关'), {
          notes: '核心技术',
        }),
        link('node-signature', '节点签名', src(S5, '协同开展共识容错、节点动态变更、节点签名、通讯拓扑等区块链核心技术攻关'), { notes: '核心技术' }),
        link('communication-topology', '通讯拓扑', src(S5, '协同开展共识容错、节点动态变更、节点签名、通讯拓扑等区块链核心技术攻关'), { notes: '核心技术' }),
        link('base-platform', '区块链底层平台', src(S5, '加快建设国产自主可控的区块链底层平台'), { notes: '国产自主可控；夯实“山城链”基础设施体系' }),
        link('cross-chain-platform', '跨链服务平台', src(S5, '加快打造跨链服务平台和区块链即服务（BaaS）平台')),
        link('baas-platform', '区块链即服务（BaaS）平台', src(S5, '加快打造跨链服务平台和区块链即服务（BaaS）平台')),
        link('finance-applications', '金融领域应用', src(S5, '促进区块链技术在中小微企业贷款、银行风控等金融领域应用'), {
          notes: '提升金融公共服务平台安全性和可靠性；探索建立金融机构和中小微企业联盟链',
        }),
        link('digital-legal-chain', '数字法务链', src(S5, '建设“数字法务链”'), { notes: '区块链技术与法律服务融合创新，智慧法律服务' }),
      ],
    },
    {
      code: 'xinchuang',
      name: '信创',
      kind: '重点方向',
      description:
        '加快发展工控操作系统、嵌入式操作系统、实时操作系统、下一代操作系统、分布式数据库等基础软件，安全审计、身份认证与访问控制等信息安全软件，构建核心技术自主可控的全产业链生态。',
      action: '延链',
      source: src(S6, '（六）信创。加快发展工控操作系统'),
      links: [
        link('industrial-control-os', '工控操作系统', src(S6, '加快发展工控操作系统、嵌入式操作系统、实时操作系统、下一代操作系统、分布式数据库等基础软件'), {
          notes: '基础软件',
        }),
        link('embedded-os', '嵌入式操作系统', src(S6, '加快发展工控操作系统、嵌入式操作系统、实时操作系统、下一代操作系统、分布式数据库等基础软件'), {
          notes: '基础软件',
        }),
        link('realtime-os', '实时操作系统', src(S6, '加快发展工控操作系统、嵌入式操作系统、实时操作系统、下一代操作系统、分布式数据库等基础软件'), {
          notes: '基础软件',
        }),
        link('next-gen-os', '下一代操作系统', src(Z2_TS, '聚焦下一代操作系统、安全审计等关键核心技术'), {
          action: '延链',
          notes: '基础软件；专栏2 特色优势产业延链（信创）聚焦方向，招引“国产操作系统骨干”',
        }),
        link('distributed-database', '分布式数据库', src(S6, '加快发展工控操作系统、嵌入式操作系统、实时操作系统、下一代操作系统、分布式数据库等基础软件'), {
          notes: '基础软件',
        }),
        link('security-audit', '安全审计', src(Z2_TS, '聚焦下一代操作系统、安全审计等关键核心技术'), {
          action: '延链',
          notes: '信息安全软件；专栏2 特色优势产业延链（信创）聚焦方向，招引“信息安全龙头”',
        }),
        link('identity-access-control', '身份认证与访问控制', src(S6, '安全审计、身份认证与访问控制等信息安全软件'), { notes: '信息安全软件' }),
        link('finance-xinchuang', '金融信创应用', src(S6, '围绕金融信创应用需求，加快建设核心数据库等业务系统'), { notes: '核心数据库等业务系统' }),
        link('xinchuang-digital-culture-tourism', '信创+数字文旅', src(S6, '实施“信创+数字文旅”等应用工程'), {
          notes: '探索建设数字内容领域信创软硬件联合攻关和适配验证平台',
        }),
        link('public-service-platform', '信息技术应用创新公共服务平台', src(S6, '搭建信息技术应用创新公共服务平台'), {
          notes: '提供技术转化、人才引进、知识产权保护等服务；另：共建信息技术应用创新赋能平台',
        }),
        link('open-source', '开源商业化软件', src('四、（八）开源生态构建探索行动', '大力引育开源商业化软件企业'), {
          notes: '四、（八）：聚焦信创基础软件，围绕操作系统、数据库等重点领域部署一批基础性、前瞻性的优质开源项目，打造开源集聚区',
        }),
      ],
    },
    {
      code: 'engineering-services',
      name: '工程技术服务业',
      kind: '重点方向',
      description:
        '发挥工程设计、工程管理、工程勘察、工程监理等服务企业集聚优势和龙头企业带动作用，拓展新型基础设施建设、智能建造、绿色低碳、城市更新等新业务；推广工程总承包，加强全过程咨询服务能力建设。',
      source: src(S7, '（七）工程技术服务业。'),
      links: [
        link('engineering-design', '工程设计', src(S7, '充分发挥渝中工程设计、工程管理、工程勘察、工程监理等服务企业集聚优势')),
        link('engineering-management', '工程管理', src(S7, '充分发挥渝中工程设计、工程管理、工程勘察、工程监理等服务企业集聚优势')),
        link('engineering-survey', '工程勘察', src(S7, '充分发挥渝中工程设计、工程管理、工程勘察、工程监理等服务企业集聚优势')),
        link('engineering-supervision', '工程监理', src(S7, '充分发挥渝中工程设计、工程管理、工程勘察、工程监理等服务企业集聚优势')),
        link('new-infrastructure', '新型基础设施建设', src(S7, '拓展新型基础设施建设、智能建造、绿色低碳、城市更新等新业务'), { notes: '新业务' }),
        link('intelligent-construction', '智能建造', src(S7, '拓展新型基础设施建设、智能建造、绿色低碳、城市更新等新业务'), { notes: '新业务' }),
        link('green-low-carbon', '绿色低碳', src(S7, '拓展新型基础设施建设、智能建造、绿色低碳、城市更新等新业务'), { notes: '新业务' }),
        link('urban-renewal', '城市更新', src(S7, '拓展新型基础设施建设、智能建造、绿色低碳、城市更新等新业务'), { notes: '新业务' }),
        link('epc', '工程总承包', src(S7, '鼓励引导企业推广工程总承包')),
        link('whole-process-consulting', '全过程咨询服务', src(S7, '加强全过程咨询服务能力建设')),
      ],
    },
    {
      code: 'other-research-services',
      name: '其他科研服务业',
      kind: '重点方向',
      description:
        '发展检验检测认证认可产业；构建“创业苗圃+孵化器+加速器”的创业孵化服务体系，推动建设黄花园现代服务业产业园；优化知识产权公共服务体系；积极引进和培育技术转移服务机构。',
      source: src(S8, '（八）其他科研服务业。发展检验检测认证认可产业'),
      links: [
        link('testing-software-communication', '软件及通信检验检测', src(S8, '重点围绕软件及通信、生态环境、产品质量、食品安全、医疗器械、工程质量检验检测'), {
          notes: '检验检测认证认可产业',
        }),
        link('testing-ecological-environment', '生态环境检验检测', src(S8, '重点围绕软件及通信、生态环境、产品质量、食品安全、医疗器械、工程质量检验检测'), {
          notes: '检验检测认证认可产业',
        }),
        link('testing-product-quality', '产品质量检验检测', src(S8, '重点围绕软件及通信、生态环境、产品质量、食品安全、医疗器械、工程质量检验检测'), {
          notes: '检验检测认证认可产业',
        }),
        link('testing-food-safety', '食品安全检验检测', src(S8, '重点围绕软件及通信、生态环境、产品质量、食品安全、医疗器械、工程质量检验检测'), {
          notes: '检验检测认证认可产业',
        }),
        link('testing-medical-devices', '医疗器械检验检测', src(S8, '重点围绕软件及通信、生态环境、产品质量、食品安全、医疗器械、工程质量检验检测'), {
          notes: '检验检测认证认可产业',
        }),
        link('testing-engineering-quality', '工程质量检验检测', src(S8, '重点围绕软件及通信、生态环境、产品质量、食品安全、医疗器械、工程质量检验检测'), {
          notes: '检验检测认证认可产业',
        }),
        link('certification', '认证服务', src(S8, '以及相关延伸服务、认证服务'), { notes: '含检验检测相关延伸服务' }),
        link('forensic-appraisal', '司法与刑事技术鉴定', src(S8, '对焦司法与刑事技术鉴定')),
        link('incubation', '创业孵化服务', src(S8, '着力构建“创业苗圃+孵化器+加速器”的创业孵化服务体系'), { notes: '创业苗圃+孵化器+加速器' }),
        link('intellectual-property', '知识产权服务', src(S8, '支持知识产权服务机构向专业化、规模化、品牌化发展'), {
          notes: '完善知识产权创造、运用、保护、管理等服务链条；探索建设知识产权公共服务平台；专利导航中心和知识产权服务网点',
        }),
        link('technology-transfer', '技术转移服务', src(S8, '积极引进和培育技术转移服务机构'), {
          notes: '技术熟化、成果评价、供需匹配、技术交易、市场开拓等专业化服务',
        }),
      ],
    },
    {
      code: 'high-growth',
      name: '高成长性产业',
      kind: '重点方向',
      description:
        '人工智能、智慧能源、元宇宙、数据服务、金融科技、卫星互联网等高成长性领域，专栏2 以“高成长性产业建链”统领；各领域另设细分领域链（链代码见各环节 notes），表2 指标挂在细分领域链上。',
      action: '建链',
      source: src(S9, '（九）高成长性产业。'),
      links: [
        link('ai', '人工智能', src(Z2_GC, '聚焦智慧医疗、智能驾驶等人工智能领域'), { action: '建链', notes: '细分领域链：ai' }),
        link('smart-energy', '智慧能源', src(S9, '围绕构建智慧能源体系'), { action: '建链', notes: '细分领域链：smart-energy' }),
        link('metaverse', '元宇宙', src(S9, '推动元宇宙关键技术突破和应用场景推广'), { action: '建链', notes: '细分领域链：metaverse' }),
        link('data-services', '数据服务', src(S9, '重点发展数据资源类、技术驱动类、第三方服务类数据服务'), {
          action: '建链',
          notes: '细分领域链：data-services',
        }),
        link('fintech', '金融科技', src(Z2_GC, '聚焦金融科技领域大数据、人工智能、大模型技术应用'), { action: '建链', notes: '细分领域链：fintech' }),
        link('satellite-internet', '卫星互联网', src(S9, '提升卫星互联网产业链整合优化能力'), { action: '建链', notes: '细分领域链：satellite-internet' }),
      ],
    },

    // ---------------- 表2 产业门类（非九大方向者） ----------------
    {
      code: 'ai',
      name: '人工智能',
      kind: '细分领域',
      description: '聚焦人工智能算力技术创新应用、算法研究、数据资源供给等重点方向，提升人工智能产品和服务供给能力。属（九）高成长性产业。',
      action: '建链',
      source: src('表2', '人工智能'),
      links: [
        link('computing-power-applications', '人工智能算力技术创新应用', src(S9, '聚焦人工智能算力技术创新应用、算法研究、数据资源供给等重点方向'), {
          notes: '重点方向',
        }),
        link('algorithm-research', '算法研究', src(S9, '聚焦人工智能算力技术创新应用、算法研究、数据资源供给等重点方向'), { notes: '重点方向' }),
        link('data-resource-supply', '数据资源供给', src(S9, '聚焦人工智能算力技术创新应用、算法研究、数据资源供给等重点方向'), { notes: '重点方向' }),
        link('smart-healthcare', '智慧医疗', src(Z2_GC, '聚焦智慧医疗、智能驾驶等人工智能领域'), { action: '建链' }),
        link('intelligent-driving', '智能驾驶', src(Z2_GC, '聚焦智慧医疗、智能驾驶等人工智能领域'), { action: '建链' }),
      ],
    },
    {
      code: 'metaverse',
      name: '元宇宙',
      kind: '细分领域',
      description: '强化人工智能、云计算、区块链、虚拟现实、5G/6G等元宇宙关键技术集成创新，推动元宇宙关键技术突破和应用场景推广。属（九）高成长性产业。',
      action: '建链',
      source: src('表2', '元宇宙'),
      links: [
        link('digital-tools', '元宇宙数字工具', src(Z2_GC, '聚焦元宇宙数字工具、设备制造等细分领域'), { action: '建链' }),
        link('device-manufacturing', '设备制造', src(Z2_GC, '聚焦元宇宙数字工具、设备制造等细分领域'), { action: '建链', notes: '元宇宙设备制造' }),
        link('key-technology-integration', '元宇宙关键技术集成创新', src(S9, '强化人工智能、云计算、区块链、虚拟现实、5G/6G等元宇宙关键技术集成创新'), {
          notes: '人工智能、云计算、区块链、虚拟现实、5G/6G等',
        }),
      ],
    },
    {
      code: 'data-services',
      name: '数据服务',
      kind: '细分领域',
      description: '围绕服务“数字重庆”建设，重点发展数据资源类、技术驱动类、第三方服务类数据服务，支持社会化数据服务机构发展。属（九）高成长性产业。',
      action: '建链',
      source: src('表2', '数据服务'),
      links: [
        link('data-resource-services', '数据资源类数据服务', src(S9, '重点发展数据资源类、技术驱动类、第三方服务类数据服务')),
        link('technology-driven-services', '技术驱动类数据服务', src(S9, '重点发展数据资源类、技术驱动类、第三方服务类数据服务')),
        link('third-party-services', '第三方服务类数据服务', src(S9, '重点发展数据资源类、技术驱动类、第三方服务类数据服务')),
        link('data-governance', '数据服务数据治理', src(Z2_GC, '聚焦数据服务数据治理领域'), { action: '建链', notes: '专栏2 原文“数据服务数据治理领域”' }),
        link('data-sharing-platform', '数据安全共享与开发服务平台', src(S9, '引导企业与政府共建数据安全共享与开发服务平台'), { notes: '政企数据对接' }),
      ],
    },
    {
      code: 'smart-energy',
      name: '智慧能源',
      kind: '细分领域',
      description:
        '推动能源生产、储存、供应、消费和服务数字化、智慧化、绿色化转型，重点布局能源数字化智能化管理、新型储能、智能新型配电网建设等领域。属（九）高成长性产业。',
      action: '建链',
      source: src('表2', '智慧能源'),
      links: [
        link('energy-digital-management', '能源数字化智能化管理', src(Z2_GC, '聚焦能源数字化智能化管理、智能新型配电网建设等智慧能源领域'), { action: '建链' }),
        link('new-energy-storage', '新型储能', src(S9, '重点布局能源数字化智能化管理、新型储能、智能新型配电网建设等领域')),
        link('smart-distribution-grid', '智能新型配电网建设', src(Z2_GC, '聚焦能源数字化智能化管理、智能新型配电网建设等智慧能源领域'), { action: '建链' }),
      ],
    },
    {
      code: 'satellite-internet',
      name: '卫星互联网',
      kind: '细分领域',
      description: '发展卫星互联网系统研究、运控、运营服务等细分领域，提升卫星互联网产业链整合优化能力。属（九）高成长性产业。',
      action: '建链',
      source: src('表2', '卫星互联网'),
      links: [
        link('system-research-ops-services', '卫星互联网系统研究、系统运控、运营服务', src(Z2_GC, '聚焦卫星互联网系统研究、系统运控、运营服务等细分领域'), {
          action: '建链',
          notes: '三、（九）作“卫星互联网系统研究、运控、运营服务等细分领域”；专栏2 未将三家企业逐一对应到子领域，故合为一个环节',
        }),
      ],
    },
    {
      code: 'fintech',
      name: '金融科技',
      kind: '细分领域',
      description:
        '聚焦金融科技领域大数据、人工智能、大模型技术应用；支持在区金融机构开放区块链等新技术产业化应用场景，积极探索新兴技术在金融领域的应用标准。属（九）高成长性产业。',
      action: '建链',
      source: src('表2', '金融科技'),
      links: [
        link('bigdata-ai-llm-applications', '大数据、人工智能、大模型技术应用', src(Z2_GC, '聚焦金融科技领域大数据、人工智能、大模型技术应用'), {
          action: '建链',
        }),
        link('new-tech-finance-scenarios', '区块链等新技术产业化应用场景', src(S9, '支持在区金融机构开放区块链等新技术产业化应用场景'), {
          notes: '积极探索新兴技术在金融领域的应用标准',
        }),
      ],
    },
    {
      code: 'research-services',
      name: '科研服务业',
      kind: '细分领域',
      description: '表2 产业门类“科研服务业”；文中未单列其内容，可能对应（七）工程技术服务业与（八）其他科研服务业，原文未说明。',
      source: src('表2', '科研服务业'),
      links: [],
    },
  ],

  firms,
  targets,

  kpiTargets: [
    // 表1 渝中区科创服务业高质量发展三年行动计划目标分解表 (18 rows)
    t1('企业数量', '核心指标', '家', '企业数量（家）', [5580, 6050, 6520, 7000]),
    t1('从业人员数量', '核心指标', '万人', '从业人员数量（万人）', [8.7, 9.1, 9.6, 10]),
    t1('核心载体面积', '核心指标', '万方', '核心载体面积（万方）', [70, 80, 90, 100]),
    t1('总产值', '核心指标', '亿元', '总产值（亿元）', [600, 730, 860, 1000]),
    t1('规上企业营收', '产业规模', '亿元', '规上企业营收（亿元）', [272, 308, 344, 380]),
    t1('增加值', '产业规模', '亿元', '增加值（亿元）', [166, 214, 262, 310]),
    t1('增加值占GDP比重', '产业规模', '%', '增加值占GDP比重（%）', [9.8, 11.5, 13.2, 15]),
    t1('龙头企业数量', '市场主体', '家', '龙头企业数量（家）', [70, 80, 90, 100]),
    t1('科技型企业数量', '市场主体', '家', '科技型企业数量（家）', [1351, 1400, 1470, 1560]),
    t1('高新技术企业数量', '市场主体', '家', '高新技术企业数量（家）', [232, 248, 264, 280]),
    t1('创新型中小企业数量', '市场主体', '家', '创新型中小企业数量（家）', [136, 250, 370, 500]),
    t1('“专精特新”企业数量', '市场主体', '家', '“专精特新”企业数量（家）', [104, 120, 135, 150]),
    t1('国家专精特新“小巨人”企业数量', '市场主体', '家', '国家专精特新“小巨人”企业数量（家）', [0, 1, 2, 3]),
    t1('基金投资金额', '四链融合', '亿元', '基金投资金额（亿元）', [5.9, 7, 8.4, 10]),
    t1('科技创新平台数量', '四链融合', '个', '科技创新平台数量（个）', [27, 28, 29, 30]),
    t1('市级及以上优秀产品数量', '四链融合', '个', '市级及以上优秀产品数量（个）', [19, 29, 39, 50]),
    t1('中高端人才数量', '四链融合', '万人', '中高端人才数量（万人）', [1.3, 1.5, 1.7, 2]),
    t1('人才实习实训基地', '四链融合', '个', '人才实习实训基地（个）', [10, 13, 16, 20]),

    // 表2 科创服务业细分领域目标分解表 (13 产业门类 × 4 指标)
    ...t2('industrial-software', '工业软件', [140, 150, 160, 170], [4, 5, 6, 8], [178, 205, 232, 260], [3812, 4074, 4337, 4600]),
    ...t2('it-services', '信息技术服务', [180, 190, 200, 210], [41, 44, 47, 50], [1527, 1684, 1842, 2000], [25456, 26970, 28485, 30000]),
    ...t2('digital-content', '数字内容', [90, 100, 110, 120], [11, 12, 13, 15], [929, 1052, 1176, 1300], [10118, 10412, 10706, 11000]),
    ...t2('industrial-design', '工业设计', [5, 10, 15, 20], [1, 1, 2, 3], [53, 65, 77, 90], [1245, 1430, 1615, 1800]),
    ...t2('blockchain', '区块链', [5, 10, 15, 20], [3, 3, 4, 4], [105, 116, 128, 140], [2462, 2574, 2678, 2800]),
    ...t2('xinchuang', '信创', [5, 10, 15, 20], [1, 1, 2, 3], [13, 18, 24, 30], [547, 631, 715, 800]),
    ...t2('ai', '人工智能', [40, 46, 53, 60], [8, 10, 12, 14], [345, 380, 415, 450], [8312, 8874, 9437, 10000]),
    ...t2('metaverse', '元宇宙', [12, 16, 20, 25], [2, 2, 3, 4], [64, 92, 121, 150], [2125, 2416, 2708, 3000]),
    ...t2('data-services', '数据服务', [5, 10, 15, 20], [10, 11, 12, 13], [421, 447, 473, 500], [7842, 8228, 8614, 9000]),
    ...t2('smart-energy', '智慧能源', [5, 10, 15, 20], [0, 1, 1, 2], [25, 33, 41, 50], [282, 354, 427, 500]),
    ...t2('satellite-internet', '卫星互联网', [2, 4, 7, 10], [0, 1, 1, 2], [5, 16, 28, 40], [85, 190, 295, 400]),
    ...t2('fintech', '金融科技', [20, 25, 30, 35], [2, 2, 3, 4], [105, 120, 135, 150], [2014, 2242, 2471, 2700]),
    ...t2('research-services', '科研服务业', [195.6, 200, 205, 210], [79, 73, 75, 78], [2010, 2050, 2100, 2150], [23209, 23500, 24000, 24500]),
  ],

  carriers: [
    {
      name: '重庆数字经济产业园',
      type: 'park',
      outputTarget: { value: 500, unit: '亿元', year: 2027, note: '产业规模突破500亿元' },
      notes:
        '科创服务业发展主阵地；“金字招牌”：专用信息设备应用示范基地、市级重点关键产业园（工业软件方向）、重庆工业设计总部基地；巩固提升工业软件、区块链、信创、工业设计等产业基础优势；力争到2027年集聚工业软件、区块链、信创、工业设计等科创服务领域重点企业100家',
      source: src('专栏1 重庆数字经济产业园', '产业规模突破500亿元'),
    },
    {
      name: '通远大厦',
      type: 'building',
      chain: 'digital-content',
      notes: '市级“满天星”示范楼宇；专栏1：推动通远大厦数字文创产业发展（故挂数字内容）；专栏3 亦列为市级“满天星”示范楼宇',
      source: src('专栏1 “满天星”示范楼宇', '推动通远大厦、信创大厦、总部城A区4号楼等市级“满天星”示范楼宇'),
    },
    {
      name: '信创大厦',
      type: 'building',
      notes: '市级“满天星”示范楼宇；原文未写明主导产业方向',
      source: src('专栏1 “满天星”示范楼宇', '推动通远大厦、信创大厦、总部城A区4号楼等市级“满天星”示范楼宇'),
    },
    {
      name: '总部城A区4号楼',
      type: 'building',
      notes: '市级“满天星”示范楼宇',
      source: src('专栏1 “满天星”示范楼宇', '推动通远大厦、信创大厦、总部城A区4号楼等市级“满天星”示范楼宇'),
    },
    {
      name: '跨境电商综合服务园区',
      type: 'park',
      chain: 'it-services',
      notes: '拟打造（原文无专名）；跨境电商属三、（二）信息技术服务的电商垂直领域；推进与抖音等平台合作，探索内容电商等模态',
      source: src('专栏1 跨境电商综合服务园区', '打造跨境电商综合服务园区'),
    },
    {
      name: '挑花厂数字文创产业园',
      type: 'park',
      chain: 'digital-content',
      notes: '力争到2027年建成投用',
      source: src('专栏1 数字文创产业园区', '加快建设挑花厂数字文创产业园'),
    },
    {
      name: '重庆数字电影产业园',
      type: 'park',
      chain: 'digital-content',
      notes: '加快建设“一基地两平台三中心”；力争到2027年集聚数字电影产业链上下游企业50家',
      source: src('专栏1 数字文创产业园区', '支持重庆数字电影产业园加快建设“一基地两平台三中心”'),
    },
    {
      name: '数字化楼宇管理平台',
      type: 'platform',
      notes: '楼宇管理平台而非入驻空间：建立楼宇信息数据库，运用GIS和BIM技术；力争到2027年建成数字化楼宇管理平台2.0',
      source: src('专栏1 数字化楼宇管理平台', '建成数字化楼宇管理平台2.0'),
    },
    {
      name: '重庆市工业软件产业园',
      type: 'park',
      chain: 'industrial-software',
      notes: '市级产业园；专栏1 所称“市级重点关键产业园（工业软件方向）”（重庆数字经济产业园的金字招牌之一）可能即此园，原文未明说',
      source: src('专栏3 科技型企业和高新技术企业“双倍增”行动', '重庆市工业软件产业园等市级产业园'),
    },
    {
      name: '重庆工业设计总部基地',
      type: 'park',
      chain: 'industrial-design',
      notes: '专栏1 列为重庆数字经济产业园的“金字招牌”之一（可能与该园区空间重叠）；三、（四）：发挥工业设计总部基地优势',
      source: src('专栏1 重庆数字经济产业园', '重庆工业设计总部基地'),
    },
    {
      name: '国家专用信息设备应用示范重庆基地',
      type: 'park',
      chain: 'xinchuang',
      notes: '专栏1 称“专用信息设备应用示范基地”，列为重庆数字经济产业园的“金字招牌”之一（可能与该园区空间重叠）',
      source: src(S6, '发挥国家专用信息设备应用示范重庆基地优势'),
    },
    {
      name: '国家电子商务示范基地',
      type: 'park',
      chain: 'it-services',
      notes: '专栏2：优化国家电子商务示范基地建设；三、（二）：加快培育一批市级、国家级电子商务示范基地（园区）',
      source: src(S2, '发挥国家电子商务示范基地作用'),
    },
    {
      name: '黄花园现代服务业产业园',
      type: 'park',
      chain: 'other-research-services',
      notes: '与“创业苗圃+孵化器+加速器”创业孵化服务体系同句提出',
      source: src(S8, '推动建设黄花园现代服务业产业园'),
    },
    {
      name: '中新金融产业园',
      type: 'park',
      chain: 'fintech',
      notes: '打造区域金融科技创新高地',
      source: src('四、（十）开放合作深化扩大行动', '深化中新金融产业园发展，打造区域金融科技创新高地'),
    },
    {
      name: '环重医大健康产业园',
      type: 'park',
      notes: '打造环重医大健康产业园综合服务中心；大健康领域，未对应九大方向',
      source: src('四、（七）产业氛围营造浓厚行动', '打造环重医大健康产业园综合服务中心'),
    },
  ],

  recruitmentMethods: [
    { name: '平台招商', source: src('四、（二）龙头企业集聚招引行动', '综合运用平台招商、生态招商、基金招商、以商招商等形式') },
    { name: '生态招商', source: src('四、（二）龙头企业集聚招引行动', '综合运用平台招商、生态招商、基金招商、以商招商等形式') },
    { name: '基金招商', source: src('四、（二）龙头企业集聚招引行动', '综合运用平台招商、生态招商、基金招商、以商招商等形式') },
    { name: '以商招商', source: src('四、（二）龙头企业集聚招引行动', '综合运用平台招商、生态招商、基金招商、以商招商等形式') },
    { name: '“一楼一策”精准招商', source: src('四、（一）楼宇园区提质增效行动', '实施“一楼一策”精准招商') },
    { name: '产业链龙头一体化招商', source: src('四、（二）龙头企业集聚招引行动', '构建产业链龙头一体化招商格局') },
  ],
};
