/**
 * Seed data extracted from 重庆高新区“十四五”高技术服务业发展规划
 * (shared/sources/003_37b9bdb21d22be9d.txt). Everything here is from the document; each record
 * cites the table / section it comes from. Where a choice had to be made (carrier type, a firm's
 * chain when the text only implies it, a target's link), the record's notes / profile say so.
 */
import type { CarrierSeed, ChainLinkSeed, KpiTargetSeed, PlanSeed, SourceRef } from '../types';

const DOC = '003_37b9bdb21d22be9d.txt';

const src = (section: string, quote?: string): SourceRef => (quote === undefined ? { document: DOC, section } : { document: DOC, section, quote });

// ---- section / table names as the document writes them ----
const T1 = '表1：重庆高新区高技术服务业“五大赛道”细分领域';
const T2 = '表2：研发孵化重点平台项目列表';
const T3 = '表3：软件信息重点平台项目列表';
const T4 = '表4：检验检测重点平台项目';
const T5 = '表5：数字文创平台重点项目';
const S_BASE = '一、（二）发展基础';
const S_GOAL = '二、（三）发展目标';
const S_RD = '三、（一）着力发展研发孵化，打造西部科技创新高地';
const S_SW = '三、（二）着力发展软件信息，加快建设西部软件名园';
const S_TI = '三、（三）着力发展检验检测，打响国家检验检测基地品牌';
const S_DC = '三、（四）着力发展数字文创，塑造特色产业发展名片';
const S_TF = '三、（五）着力发展科技金融，打造创新金融示范区';
const S_LEAD = '四、（一）实施龙头企业引培行动';
const S_INV = '五、（三）加强投资促进';

/** Footnote 1 of Table 2 (applies to Tables 2–6). */
const FOOTNOTE = '表2中产值目标为到2025年该产业平台全部完成开发、入驻饱和后的预计产值指标，表3、表4、表5、表6同理。';

// ---- chain codes ----
const RD = 'rd-incubation';
const SW = 'software-info';
const TI = 'testing-inspection';
const DC = 'digital-creative';
const TF = 'tech-finance';

const link = (code: string, name: string, notes?: string): ChainLinkSeed =>
  notes === undefined ? { code, name, position: 'sub-domain', source: src(T1, name) } : { code, name, position: 'sub-domain', notes, source: src(T1, name) };

// ---- carriers: one helper per table row ----
const carrier = (
  table: string,
  chain: string,
  type: CarrierSeed['type'],
  name: string,
  area: string, // 所属区域
  func: string, // 建设功能
  acres: number | null, // 占地面积（亩）, null for '——'
  output: number | null, // 产值目标（亿元）, null for '——'
  extraNote?: string,
): CarrierSeed => {
  const notes = [
    `所属区域：${area}`,
    `建设功能：${func}`,
    acres === null ? '占地面积（亩）：——' : undefined,
    output === null ? '产值目标（亿元）：——' : undefined,
    extraNote,
  ]
    .filter((s): s is string => s !== undefined)
    .join('；');
  const c: CarrierSeed = { name, type, chain, notes, source: src(table, name) };
  if (acres !== null) {
    c.totalArea = acres;
    c.areaUnit = '亩';
  }
  if (output !== null) {
    c.outputTarget = {
      value: output,
      unit: '亿元',
      year: 2025,
      note: `脚注1：${FOOTNOTE}` + (table === T3 ? '（表3表头原文为“值目标（亿元）”）' : ''),
    };
  }
  return c;
};

const kpi = (metric: string, unit: string, scope: KpiTargetSeed['scope'], value: number, category: string, section: string, quote: string): KpiTargetSeed => ({
  metric,
  category,
  unit,
  scope,
  values: { '2025': value },
  source: src(section, quote),
});

export const gaoxinPlan: PlanSeed = {
  code: 'cqgx-gjsfw-14th',
  region: '重庆高新区',
  title: '重庆高新区“十四五”高技术服务业发展规划',
  period: '“十四五”（规划期限为2021-2025年）',
  startYear: 2021,
  endYear: 2025,
  // baseYear: the document states no base year (its baseline figures are '截至2020年' / '截至目前').
  document: DOC,

  chains: [
    {
      code: RD,
      name: '研发孵化',
      kind: '赛道',
      description:
        '重点聚焦研究开发服务、技术转移服务、知识产权服务、创业孵化服务、科技咨询服务等领域。“十四五”期间，研发孵化用地（含研发机构聚集区）用地2978亩，大科学装置研发用地4702亩。',
      links: [
        link('research-development', '研究开发', '发展重点：一是研究开发服务。'),
        link('tech-transfer', '技术转移', '发展重点：二是技术转移服务。'),
        link('ip', '知识产权', '发展重点：三是知识产权服务。'),
        link('startup-incubation', '创业孵化', '发展重点：四是创业孵化服务。'),
        link('sci-tech-consulting', '科技咨询', '发展重点：五是科技咨询服务。'),
      ],
      source: src(S_RD, '重点聚焦研究开发服务、技术转移服务、知识产权服务、创业孵化服务、科技咨询服务等领域'),
    },
    {
      code: SW,
      name: '软件信息',
      kind: '赛道',
      description:
        '聚焦发展信创软件、IC（集成电路）设计、工业互联网、高端行业应用软件、新兴软件五大领域。重点布局在智慧芯城、信创产业示范基地、西永微电子科创街、金凤片区等，产业用地合计1889亩。',
      links: [
        link('xinchuang-software', '信创软件', '发展重点：一是信创软件。依托中电信创产业基地，华为鲲鹏计算产业生态重庆中心、光大集团、联合微电子等龙头企业'),
        link(
          'ic-design',
          'IC（集成电路）设计',
          '发展重点：二是IC（集成电路）设计。依托联合微电子、华润微电子、阿里平头哥中国芯设计及应用联合实验室、集成电路设计创新孵化中心等载体',
        ),
        link('industrial-internet', '工业互联网', '发展重点：三是工业互联网。'),
        link('industry-app-software', '高端行业应用软件', '发展重点：四是高端行业应用软件。'),
        link('emerging-software', '新兴软件', '发展重点：五是新兴软件。'),
      ],
      source: src(S_SW, '聚焦发展信创软件、IC（集成电路）设计、工业互联网、高端行业应用软件、新兴软件五大领域'),
    },
    {
      code: TI,
      name: '检验检测',
      kind: '赛道',
      description:
        '立足重庆高新区国家级质检基地建设，重点聚焦新能源及智能网联汽车检测、生物医药及医疗器械检测、集成电路及电子元器件检测、仪器仪表检测、智能装备检测五大领域。“十四五”期间检验检测重点围绕金凤国家质检基地布局，可用产业用地1782亩。',
      links: [
        link('nev-icv-testing', '新能源及智能网联汽车检测', '发展重点：一是新能源及智能网联汽车检测。依托机动车强检试验场和汽车安全与排放实验公共检测平台'),
        link('biomed-device-testing', '生物医药及医疗器械检测', '发展重点写作“二是生物医药及医疗器械检测认证”。依托高新区生物医药检测平台和研发机构'),
        link(
          'ic-component-testing',
          '集成电路及电子元器件检测',
          '发展重点：三是集成电路及电子元器件检测。依托国家笔记本电脑质量监督检测中心及其他电子电路检测机构',
        ),
        link('instrument-testing', '仪器仪表检测', '发展重点：四是仪器仪表检测。依托城市能源计量、应用工程、消防及阻燃产品、电梯及升降机等检疫检测中心'),
        link('intelligent-equipment-testing', '智能装备检测', '发展重点：五是智能装备检测。依托工业机器人和智能制造等检测中心'),
        link(
          'other-goods-testing',
          '其他工业品、消费品及贸易品检测',
          '表1所列第六项；本节导语只称“五大领域”，未列此项。发展重点中最接近的是“六是开辟新服务领域”：积极向计量及认证服务、消费品检测、生命科学监测、工业检测、环保检测等新兴业务拓展，支持第三方机构在综合保税区开展进出口检验认证服务。',
        ),
      ],
      source: src(S_TI, '打造我国中西部最具规模的检验检测产业集群'),
    },
    {
      code: DC,
      name: '数字文创',
      kind: '赛道',
      description:
        '重点聚焦工业设计、电子竞技、影视媒体、知识付费等领域。数字文创产业重点布局在大学城片区，2025年产业用地合计为754亩，依托游族、完美等龙头企业，打造高新区数字文创产业园。',
      links: [
        link('industrial-design', '工业设计', '发展重点：一是工业设计。'),
        link('esports', '电子竞技', '发展重点：二是电子竞技。'),
        link('film-media', '影视媒体', '发展重点：三是影视媒体。'),
        link('paid-knowledge', '知识付费', '发展重点：四是知识付费。'),
      ],
      source: src(S_DC, '重点聚焦工业设计、电子竞技、影视媒体、知识付费等领域'),
    },
    {
      code: TF,
      name: '科技金融',
      kind: '赛道',
      description:
        '以科技金融为核心引领，拓展持牌主力金融、供应链金融等领域，并积极培育金融科技、绿色金融等新兴领域。科技金融服务业主要布局在高新区管委会周边，重点打造占地2400亩的科技金融街板块。',
      links: [
        link('sci-tech-vc', '科技风投', '发展重点：一是重点发展科技风投。'),
        link('mainstream-finance', '主力金融', '发展重点：二是发展壮大主力金融。'),
        link('supply-chain-finance', '供应链金融', '发展重点：三是积极发展供应链金融。'),
        link('fintech', '金融科技', '发展重点：四是培育金融科技。'),
        link('green-finance', '绿色金融', '发展重点：五是特色发展绿色金融。'),
        link('professional-services', '专业服务', '发展重点：六是积极集聚与金融高度关联的专业服务。'),
      ],
      source: src(S_TF, '以科技金融为核心引领，拓展持牌主力金融、供应链金融等领域，并积极培育金融科技、绿色金融等新兴领域'),
    },
  ],

  firms: [
    // ---------- already in the zone (anchor firms / institutions) ----------
    {
      name: '重庆车辆检测研究院',
      isLocal: true,
      chainLinks: [{ chain: TI }],
      profile:
        '已入驻国家检验检测高技术服务业集聚区（重庆）；关键路径“做大做强本地检测检测龙头机构”下点名支持其做大做强主营业务（文件未直接称其为龙头，故未加标签）。',
      source: src(S_BASE, '集聚区内已入驻重庆车辆检测研究院、赛宝实验室等检验检测机构25家'),
    },
    {
      name: '赛宝实验室',
      aliases: ['重庆赛宝'],
      isLocal: true,
      chainLinks: [{ chain: TI }],
      profile: '已入驻检验检测集聚区；“新业态新模式”段又写“重庆赛宝”在高新区布局产业云平台（按同一机构合并，别名“重庆赛宝”）。',
      source: src(S_BASE, '集聚区内已入驻重庆车辆检测研究院、赛宝实验室等检验检测机构25家'),
    },
    {
      name: '国家笔记本电脑质量监督检测中心',
      isLocal: true,
      chainLinks: [{ chain: TI, link: 'ic-component-testing' }],
      profile: '集成电路及电子元器件检测的依托机构。',
      source: src(S_TI, '依托国家笔记本电脑质量监督检测中心及其他电子电路检测机构'),
    },
    {
      name: '英业达',
      isLocal: true,
      chainLinks: [{ chain: SW }],
      profile: '在高新区布局产业云平台（“新业态新模式加速涌现”段）；文件未点明赛道，归入软件信息系整理者判断。',
      source: src(S_BASE, '英业达、华润微电子、索为网络、重庆赛宝等结合自身优势领域在高新区布局产业云平台'),
    },
    {
      name: '华润微电子',
      isLocal: true,
      chainLinks: [{ chain: SW, link: 'ic-design' }],
      profile: '在高新区布局产业云平台；IC（集成电路）设计的依托载体之一。',
      source: src(S_SW, '依托联合微电子、华润微电子、阿里平头哥中国芯设计及应用联合实验室、集成电路设计创新孵化中心等载体'),
    },
    {
      name: '索为网络',
      isLocal: true,
      chainLinks: [{ chain: SW }],
      profile: '在高新区布局产业云平台（“新业态新模式加速涌现”段）；文件未点明赛道，归入软件信息系整理者判断。',
      source: src(S_BASE, '英业达、华润微电子、索为网络、重庆赛宝等结合自身优势领域在高新区布局产业云平台'),
    },
    {
      name: '施耐德',
      aliases: ['施耐德智能制造重庆创新中心'],
      isLocal: true,
      chainLinks: [{ chain: SW }],
      profile: '施耐德智能制造重庆创新中心已入驻（“大数据平台加快集聚”）；文件未点明赛道，归入软件信息系整理者判断。',
      source: src(S_BASE, '施耐德智能制造重庆创新中心、华为鲲鹏计算产业生态重庆中心、中国移动（西永）数据中心、腾讯西部数据中心等纷纷入驻'),
    },
    {
      name: '华为',
      aliases: ['华为鲲鹏计算产业生态重庆中心', '鲲鹏计算产业生态重庆中心', '华为鲲鹏计算生态项目'],
      tags: ['龙头'],
      isLocal: true,
      chainLinks: [{ chain: SW, link: 'xinchuang-software' }],
      profile:
        '华为鲲鹏计算产业生态重庆中心已入驻，为信创软件依托的龙头企业之一；关键路径称“支持中国电子、英特尔、华为等行业龙头企业与科研院所相关专业加强合作”；软件信息重点项目含“华为鲲鹏计算生态项目”。',
      source: src(S_SW, '依托中电信创产业基地，华为鲲鹏计算产业生态重庆中心、光大集团、联合微电子等龙头企业'),
    },
    {
      name: '中国移动',
      aliases: ['中国移动（西永）数据中心'],
      isLocal: true,
      chainLinks: [{ chain: SW }],
      profile: '中国移动（西永）数据中心已入驻；列入软件信息重点项目及表3（建设功能：信息服务）。',
      source: src(S_BASE, '施耐德智能制造重庆创新中心、华为鲲鹏计算产业生态重庆中心、中国移动（西永）数据中心、腾讯西部数据中心等纷纷入驻'),
    },
    {
      name: '腾讯',
      aliases: ['腾讯西部数据中心'],
      isLocal: true,
      chainLinks: [{ chain: SW }],
      profile: '腾讯西部数据中心已入驻（“大数据平台加快集聚”）；文件未点明赛道，归入软件信息系整理者判断。',
      source: src(S_BASE, '施耐德智能制造重庆创新中心、华为鲲鹏计算产业生态重庆中心、中国移动（西永）数据中心、腾讯西部数据中心等纷纷入驻'),
    },
    {
      name: '光大集团',
      tags: ['龙头'],
      isLocal: true,
      chainLinks: [{ chain: SW, link: 'xinchuang-software' }, { chain: RD }],
      profile: '信创软件依托的龙头企业之一；表2“重庆光大新科技城”（金凤镇，研发孵化（智能硬件））。',
      source: src(S_SW, '依托中电信创产业基地，华为鲲鹏计算产业生态重庆中心、光大集团、联合微电子等龙头企业'),
    },
    {
      name: '联合微电子',
      aliases: ['联合微电子中心'],
      tags: ['龙头'],
      isLocal: true,
      chainLinks: [{ chain: SW, link: 'xinchuang-software' }, { chain: SW, link: 'ic-design' }, { chain: RD }],
      profile:
        '信创软件依托的龙头企业之一，IC（集成电路）设计依托载体之一；研发孵化重点项目含“联合微电子中心创新研发平台”，软件信息重点项目含“联合微电子中心”。',
      source: src(S_SW, '依托中电信创产业基地，华为鲲鹏计算产业生态重庆中心、光大集团、联合微电子等龙头企业'),
    },
    {
      name: '阿里平头哥',
      aliases: ['阿里平头哥中国芯设计及应用联合实验室', '平头哥中国芯设计及应用联合实验室'],
      isLocal: true,
      chainLinks: [{ chain: SW, link: 'ic-design' }],
      profile: '阿里平头哥中国芯设计及应用联合实验室为IC（集成电路）设计依托载体，并列入软件信息重点项目。',
      source: src(S_SW, '依托联合微电子、华润微电子、阿里平头哥中国芯设计及应用联合实验室、集成电路设计创新孵化中心等载体'),
    },
    {
      name: '重庆集成电路设计创新孵化中心',
      aliases: ['集成电路设计创新孵化中心'],
      isLocal: true,
      chainLinks: [{ chain: SW, link: 'ic-design' }],
      profile: '孵化平台（载体），IC（集成电路）设计依托载体之一，并列入软件信息重点项目。',
      source: src(S_SW, '依托联合微电子、华润微电子、阿里平头哥中国芯设计及应用联合实验室、集成电路设计创新孵化中心等载体'),
    },
    {
      name: '中国电子',
      tags: ['龙头'],
      isLocal: true,
      chainLinks: [{ chain: SW }],
      profile:
        '文件称“行业龙头企业”，支持其与科研院所共建技术研发平台和产业孵化器、提升对本地软件产业的带动能力；信创软件依托“中电信创产业基地”（“中电”即中国电子为整理者理解，故未挂信创软件环节）。',
      source: src(S_SW, '支持中国电子、英特尔、华为等行业龙头企业与科研院所相关专业加强合作'),
    },
    {
      name: '英特尔',
      aliases: ['英特尔FPGA创新中心'],
      tags: ['龙头'],
      isLocal: true,
      chainLinks: [{ chain: SW }],
      profile: '文件称“行业龙头企业”；英特尔FPGA创新中心列入软件信息重点项目，战略平台增能行动写“依托英特尔FPGA创新中心、鲲鹏计算产业生态重庆中心等项目”。',
      source: src(S_SW, '支持中国电子、英特尔、华为等行业龙头企业与科研院所相关专业加强合作'),
    },
    {
      name: '游族',
      aliases: ['游族西南总部'],
      tags: ['龙头'],
      isLocal: true,
      chainLinks: [{ chain: DC, link: 'esports' }],
      profile: '数字文创依托的龙头企业；重点项目“游族西南总部”；表5“游族西南总部项目”（曾家镇，电子竞技，104亩，产值目标10亿元）。',
      source: src(S_DC, '依托游族、完美等龙头企业，打造高新区数字文创产业园'),
    },
    {
      name: '完美世界',
      aliases: ['完美', '完美世界西南总部'],
      tags: ['龙头'],
      isLocal: true,
      chainLinks: [{ chain: DC, link: 'esports' }],
      profile: '数字文创依托的龙头企业（文中简称“完美”）；重点项目“完美世界西南总部”；表5“完美世界文创项目”（曾家镇，电子竞技，100亩，产值目标10亿元）。',
      source: src(S_DC, '依托游族、完美等龙头企业，打造高新区数字文创产业园'),
    },

    // ---------- named partners / key-project firms not stated to be present ----------
    {
      name: '中科',
      isLocal: false,
      chainLinks: [{ chain: RD }],
      profile: '研发孵化集团，拟合作打造高新区版的研发孵化服务母基金（关键路径“加快引进国内外知名的创新主体”）。',
      source: src(S_RD, '与中科、启迪、国科控股等研发孵化集团合作，打造高新区版的研发孵化服务母基金'),
    },
    {
      name: '启迪',
      isLocal: false,
      chainLinks: [{ chain: RD }],
      profile: '研发孵化集团，拟合作打造高新区版的研发孵化服务母基金（关键路径“加快引进国内外知名的创新主体”）。',
      source: src(S_RD, '与中科、启迪、国科控股等研发孵化集团合作，打造高新区版的研发孵化服务母基金'),
    },
    {
      name: '国科控股',
      isLocal: false,
      chainLinks: [{ chain: RD }],
      profile: '研发孵化集团，拟合作打造高新区版的研发孵化服务母基金（关键路径“加快引进国内外知名的创新主体”）。',
      source: src(S_RD, '与中科、启迪、国科控股等研发孵化集团合作，打造高新区版的研发孵化服务母基金'),
    },
    {
      name: '大华集团',
      isLocal: false,
      chainLinks: [{ chain: SW }],
      profile: '软件信息重点项目“大华集团人工智能及信息安全总部项目”；文件未说明是否已落地。',
      source: src(S_SW, '大华集团人工智能及信息安全总部项目'),
    },
    {
      name: '明略科技集团',
      isLocal: false,
      chainLinks: [{ chain: SW }],
      profile: '软件信息重点项目“明略科技集团西南区域总部”；文件未说明是否已落地。',
      source: src(S_SW, '明略科技集团西南区域总部'),
    },
    {
      name: '中国检验检疫科学研究院',
      isLocal: false,
      chainLinks: [{ chain: TI }],
      profile: '检验检测重点项目之一；文件未说明是否已落地。',
      source: src(S_TI, '重点项目包括：国家质检基地二期项目、科研与测试评价产业化基地（五九所）、中国检验检疫科学研究院、苏交科等'),
    },
    {
      name: '苏交科',
      isLocal: false,
      chainLinks: [{ chain: TI }],
      profile: '检验检测重点项目之一；文件未说明是否已落地。',
      source: src(S_TI, '重点项目包括：国家质检基地二期项目、科研与测试评价产业化基地（五九所）、中国检验检疫科学研究院、苏交科等'),
    },
  ],

  targets: [
    ...(['中科', '启迪', '国科控股'] as const).map((firm) => ({
      firm,
      chain: RD,
      link: 'startup-incubation',
      method: '基金招商' as const,
      notes: '文件写“研发孵化集团合作，打造……研发孵化服务母基金”；环节取“创业孵化”、方式取“基金招商”为整理者对应，文件未逐一指明。',
      source: src(S_RD, '与中科、启迪、国科控股等研发孵化集团合作，打造高新区版的研发孵化服务母基金'),
    })),
    {
      firm: '大华集团',
      chain: SW,
      link: 'emerging-software',
      notes: '软件信息重点项目（大华集团人工智能及信息安全总部项目），落地状态文件未说明；环节按项目名中“人工智能”（新兴软件发展重点所列领域）推定。',
      source: src(S_SW, '大华集团人工智能及信息安全总部项目'),
    },
    {
      firm: '明略科技集团',
      chain: SW,
      link: 'emerging-software',
      notes: '软件信息重点项目（明略科技集团西南区域总部），落地状态文件未说明；文件未指明环节，“新兴软件”为整理者推定。',
      source: src(S_SW, '明略科技集团西南区域总部'),
    },
    {
      firm: '中国检验检疫科学研究院',
      chain: TI,
      link: 'other-goods-testing',
      notes: '检验检测重点项目，落地状态文件未说明；文件未指明环节，“其他工业品、消费品及贸易品检测”为整理者推定。',
      source: src(S_TI, '中国检验检疫科学研究院'),
    },
    {
      firm: '苏交科',
      chain: TI,
      link: 'other-goods-testing',
      notes: '检验检测重点项目，落地状态文件未说明；文件未指明环节，“其他工业品、消费品及贸易品检测”为整理者推定。',
      source: src(S_TI, '苏交科'),
    },
  ],

  kpiTargets: [
    // ---------- overall: 二、（三）发展目标 ----------
    kpi('服务业增加值年均增速', '%', 'overall', 14, '产业规模', S_GOAL, '服务业增加值年均增速超过14%'),
    kpi('服务业增加值占高新区GDP比重', '%', 'overall', 50, '产业规模', S_GOAL, '到2025年服务业增加值占高新区GDP比重达到50%'),
    kpi('服务业从业人员占比', '%', 'overall', 50, '产业规模', S_GOAL, '服务业从业人员占比达到50%'),
    kpi('服务业对经济增长的贡献率', '%', 'overall', 50, '产业规模', S_GOAL, '服务业对经济增长的贡献率达到50%'),
    kpi('高技术服务业增加值', '亿', 'overall', 300, '产业规模', S_GOAL, '高技术服务业增加值达300亿'),
    kpi('金融服务业增加值', '亿', 'overall', 150, '产业规模', S_GOAL, '其中金融服务业增加值达150亿'),
    kpi(
      '研发孵化、软件信息、检验检测、数字文创四大产业营收',
      '亿元',
      'overall',
      300,
      '产业规模',
      S_GOAL,
      '研发孵化、软件信息、检验检测、数字文创四大产业实现营收300亿元',
    ),
    kpi('四大产业规上营收', '亿元', 'overall', 150, '产业规模', S_GOAL, '其中规上营收达150亿元'),
    kpi('四大产业规上营收占规上服务业比重', '%', 'overall', 70, '产业规模', S_GOAL, '占规上服务业比重70%以上'),
    kpi('入选重庆100强企业', '家', 'overall', 10, '能级水平', S_GOAL, '入选重庆100强企业10家'),
    kpi('入选全国服务业500强企业', '家', 'overall', 3, '能级水平', S_GOAL, '入选全国服务业500强企业3家'),
    kpi('区域性总部', '家', 'overall', 20, '能级水平', S_GOAL, '区域性总部20家'),
    // ---------- overall: 四、（一）龙头企业引培行动 ----------
    kpi('引进服务业上市企业', '家', 'overall', 5, '龙头企业引培', S_LEAD, '力争到2025年高新区引进5家服务业上市企业'),
    kpi('培育本土独角兽企业', '家', 'overall', 3, '龙头企业引培', S_LEAD, '培育本土独角兽企业3家'),

    // ---------- 研发孵化 ----------
    kpi('研发孵化产业营收', '亿元', { chain: RD }, 50, '产业规模', S_RD, '高新区研发孵化产业营收达50亿元'),
    kpi('规上工业研发机构覆盖率', '%', { chain: RD }, 100, '市场主体', S_RD, '规上工业研发机构覆盖率达到100%'),
    kpi('新型（高端）研发机构', '家', { chain: RD }, 10, '市场主体', S_RD, '新型（高端）研发机构10家'),
    // ---------- 软件信息 ----------
    kpi('软件信息服务企业', '家', { chain: SW }, 400, '市场主体', S_SW, '力争2025年汇聚软件信息服务企业400家'),
    kpi('产业总规模', '亿', { chain: SW }, 150, '产业规模', S_SW, '产业总规模达150亿'),
    kpi('软件信息服务百强企业', '家', { chain: SW }, 5, '市场主体', S_GOAL, '软件信息服务百强企业5家'),
    // ---------- 检验检测 ----------
    kpi('检验检测机构数量', '家', { chain: TI }, 100, '市场主体', S_TI, '力争2025年，汇聚各类型检验检测机构100家'),
    kpi('营业收入', '亿元', { chain: TI }, 70, '产业规模', S_TI, '营业收入超70亿元'),
    kpi('营收超亿元检验检测机构', '家', { chain: TI }, 10, '市场主体', S_GOAL, '到2025年检验检测机构营收超亿元企业集聚10家'),
    // ---------- 数字文创 ----------
    kpi('营业收入', '亿元', { chain: DC }, 30, '产业规模', S_DC, '力争2025年数字文创产业集聚效应凸显，营业收入达30亿元'),
    kpi('数字文创龙头企业', '家', { chain: DC }, 5, '市场主体', S_GOAL, '数字文创龙头企业5家'),
    // ---------- 科技金融 ----------
    kpi(
      '各类持牌类金融机构、创新金融服务机构、金融交易平台和中介服务机构',
      '家',
      { chain: TF },
      100,
      '市场主体',
      S_TF,
      '各类持牌类金融机构、创新金融服务机构、金融交易平台和中介服务机构超过100家',
    ),
    kpi('金融增加值', '亿元', { chain: TF }, 150, '产业规模', S_TF, '金融增加值达150亿元'),
  ],

  carriers: [
    // ---------- 表2：研发孵化 ----------
    carrier(T2, RD, 'platform', '大科学装置集聚区A片区', '曾家镇', '重大科学基础设施', 3052, null),
    carrier(T2, RD, 'platform', '大科学装置集聚区B区', '西永', '重大科学基础设施', 1650, null),
    carrier(T2, RD, 'platform', '科学谷前沿科技孵化片区', '含谷镇', '研发机构集聚区（人工智能研发孵化）', 888, 80),
    carrier(T2, RD, 'platform', '金凤智能装备研发孵化片区', '金凤镇', '研发孵化（智能装备）', 700, 50),
    carrier(T2, RD, 'park', '金凤生物医药产业园', '金凤镇', '研发孵化（生物技术研发中心）', 780, 50),
    carrier(T2, RD, 'platform', '西永集成电路孵化片区', '西永', '研发孵化（集成电路）', 150, 20, '占地面积原文为“150（可用）”'),
    carrier(T2, RD, 'platform', '重庆光大新科技城', '金凤镇', '研发孵化（智能硬件）', 400, 40),
    // ---------- 表3：软件信息 ----------
    carrier(T3, SW, 'park', '重庆信创软件园项目', '大学城', '电子信息技术', 17, 2),
    carrier(T3, SW, 'platform', '智慧芯城', '大学城', '软件产业基地', 300, 30),
    carrier(T3, SW, 'park', '信创产业示范基地', '大学城', '电子信息产业基地', 187, 20),
    carrier(T3, SW, 'park', '信创产业示范基地二期', '大学城', '电子信息产业基地', 400, 10),
    carrier(T3, SW, 'platform', '中国移动（西永）数据中心', '西永综保区B区', '信息服务', 15, 1),
    carrier(T3, SW, 'platform', '金凤软件信息片区', '金凤镇', '软件信息', 500, 50),
    carrier(T3, SW, 'platform', '西永微电子科创街', '西永', '软件信息', 500, 30),
    // ---------- 表4：检验检测 ----------
    carrier(T4, TI, 'park', '国家质检基地', '金凤检验检测集聚区', '检验检测', 1011, 90),
    carrier(T4, TI, 'platform', '高新区科创示范项目二期', '金凤检验检测集聚区', '检验检测', 106, 10),
    carrier(T4, TI, 'park', '科研与测试评价产业化基地（五九所）', '金凤检验检测集聚区', '检验检测', 80, null),
    // ---------- 表5：数字文创 ----------
    carrier(T5, DC, 'park', '大学城数字文创基地', '虎溪街道', '数字文创', 100, 10),
    carrier(T5, DC, 'platform', '川美工业设计中心', '川美校内', '工业设计', null, null),
    carrier(T5, DC, 'park', '四川美术学院微企园', '川美校内', '数字文创', 25, null),
    carrier(T5, DC, 'platform', '虎溪风情街', '虎溪街道', '数字文创', 150, 15),
    carrier(T5, DC, 'platform', '游族西南总部项目', '曾家镇', '电子竞技', 104, 10),
    carrier(T5, DC, 'platform', '完美世界文创项目', '曾家镇', '电子竞技', 100, 10),
    carrier(T5, DC, 'platform', '文创项目拓展区', '西永', '电子竞技', 300, 30),
    carrier(T5, DC, 'park', '虎溪山村文创基地', '虎溪街道', '文化创意', 3000, null),
    // ---------- 科技金融: no table in the document (footnote mentions 表6, which does not exist) ----------
    {
      name: '科技金融街',
      type: 'platform',
      chain: TF,
      totalArea: 2400,
      areaUnit: '亩',
      notes: '不在表2–表5中，取自科技金融“空间布局”正文（文件无表6）；原文为“科技金融街板块”，无产值目标。',
      source: src(S_TF, '重点打造占地2400亩的科技金融街板块'),
    },
  ],

  recruitmentMethods: [
    { name: '产业链招商', source: src(S_INV, '拓展产业链招商、基金+技术团队招商、赛事活动平台招商、专业中介招商等多种市场化招商方式') },
    { name: '基金+技术团队招商', source: src(S_INV, '拓展产业链招商、基金+技术团队招商、赛事活动平台招商、专业中介招商等多种市场化招商方式') },
    { name: '赛事活动平台招商', source: src(S_INV, '拓展产业链招商、基金+技术团队招商、赛事活动平台招商、专业中介招商等多种市场化招商方式') },
    { name: '专业中介招商', source: src(S_INV, '拓展产业链招商、基金+技术团队招商、赛事活动平台招商、专业中介招商等多种市场化招商方式') },
    { name: '线上招商', source: src(S_INV, '借助智博会、西洽会、进博会等重要平台，深化线上招商、云上签约') },
    { name: '云上签约', source: src(S_INV, '借助智博会、西洽会、进博会等重要平台，深化线上招商、云上签约') },
    { name: '全球招商中心', source: src(S_INV, '在上海、北京、深圳等地设立全球招商中心，举办高新区高层次推介活动') },
    { name: '高层次推介活动', source: src(S_INV, '在上海、北京、深圳等地设立全球招商中心，举办高新区高层次推介活动') },
  ],
};
