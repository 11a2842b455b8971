/**
 * Shapes of the seed data extracted from the two source plans (../shared/sources/).
 * Every record cites where it comes from, so a reader can check it against the document.
 * Demo-only data (users, contacts, visit logs, owners, stages) lives under seeds/demo and is
 * marked `demo: true`; nothing in a plan file is invented.
 */

/** Where a record comes from: document file name plus table / section / 专栏 as the plan names it. */
export interface SourceRef {
  document: string; // e.g. '000_f18aed3529aafc2a.txt'
  section: string; // e.g. '表1', '专栏2 工业软件强链', '三、（一）工业软件', '表3 软件信息重点平台项目列表'
  quote?: string; // a short verbatim phrase from the document backing the record
}

export type LinkPosition = 'upstream' | 'midstream' | 'downstream' | 'sub-domain';
/** The plan's action on a chain link (强链/补链/延链/建链/优链). */
export type LinkAction = '强链' | '补链' | '延链' | '建链' | '优链';
export type RecruitmentMethod = '平台招商' | '生态招商' | '基金招商' | '以商招商' | '中介招商' | '会展招商' | '其他';
export type FirmTag = '世界500强' | '中国500强' | '上市' | '专精特新' | '小巨人' | '高新技术企业' | '链主' | '龙头';

export interface ChainLinkSeed {
  code: string; // stable slug unique within the chain, e.g. 'cad'
  name: string; // as the plan writes it, e.g. 'CAD', '几何建模内核', '新能源及智能网联汽车检测'
  position: LinkPosition;
  action?: LinkAction; // only when the plan states it for this link or its chain
  notes?: string;
  source: SourceRef;
}

export interface ChainSeed {
  code: string; // stable slug unique within the plan, e.g. 'industrial-software'
  name: string; // 工业软件
  kind: '重点方向' | '细分领域' | '赛道';
  description?: string; // short summary in the plan's words
  action?: LinkAction; // the plan's action for the chain as a whole (e.g. 专栏2 '工业软件强链')
  links: ChainLinkSeed[];
  source: SourceRef;
}

export interface FirmSeed {
  name: string; // short name as the plan writes it, e.g. '第四范式'
  fullName?: string; // only if the plan gives it
  aliases?: string[];
  tags?: FirmTag[]; // only tags the plan states or that are part of the plan's wording (e.g. '龙头企业' => '龙头')
  isLocal: boolean; // true: already present in the plan's jurisdiction (anchor firm); false: a recruitment target
  chainLinks: { chain: string; link?: string }[]; // chain code (+ link code) the plan puts the firm on
  profile?: string;
  source: SourceRef;
}

/** A named recruitment target in the plan: firm × chain link. Owner/stage are demo data, not here. */
export interface TargetSeed {
  firm: string; // FirmSeed.name
  chain: string; // ChainSeed.code
  link: string; // ChainLinkSeed.code
  method?: RecruitmentMethod;
  notes?: string;
  source: SourceRef;
}

export interface KpiTargetSeed {
  metric: string; // as written, e.g. '企业数量', '总产值', '产值'
  category?: string; // e.g. '核心指标', '产业规模', '市场主体', '四链融合'
  unit: string; // as written: '家', '万人', '亿元', '%', '人', '万方', '个'
  scope: 'overall' | { chain: string }; // overall plan or one chain (sub-sector / track)
  values: Record<string, number>; // year => value, exactly as in the table, e.g. { '2024': 5580, ... }
  source: SourceRef;
}

export interface CarrierSeed {
  name: string;
  type: 'building' | 'park' | 'platform';
  chain?: string; // chain code when the plan ties it to one
  totalArea?: number; // only if the plan gives it
  areaUnit?: 'm2' | '亩' | '万方';
  outputTarget?: { value: number; unit: string; year?: number; note?: string };
  notes?: string;
  source: SourceRef;
}

export interface PlanSeed {
  code: string; // 'yuzhong-kcfw-2025-2027' / 'cqgx-gjsfw-14th'
  region: string; // '重庆市渝中区'
  title: string;
  period: string; // as written, e.g. '2025—2027年'
  startYear: number;
  endYear: number;
  baseYear?: number;
  issuer?: string;
  issuedOn?: string; // YYYY-MM-DD when stated
  document: string; // source file name
  chains: ChainSeed[];
  firms: FirmSeed[];
  targets: TargetSeed[];
  kpiTargets: KpiTargetSeed[];
  carriers: CarrierSeed[];
  recruitmentMethods?: { name: string; source: SourceRef }[];
}
