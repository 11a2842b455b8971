import type { LinkAction, LinkPosition } from '../chain';

/* The reference resources (chains, links, firms, carriers, KPI targets) as the API answers them. `D` is Date on the server, string in JSON. */

/** Where a record's statement comes from: the plan document, its section and the words quoted. */
export interface SourceRef {
  document: string;
  section: string;
  quote?: string;
}

/** 产业链 (GET /api/chains). */
export interface ChainRecord {
  id: number;
  planId: number;
  code: string;
  name: string;
  /** 重点方向 / 细分领域 / 赛道, as the plan calls it. */
  kind: string;
  description: string | null;
  action: LinkAction | null;
  sortOrder: number;
  source: SourceRef | null;
  version: number;
}

/** 产业链环节 (GET /api/chain-links). */
export interface ChainLinkRecord {
  id: number;
  chainId: number;
  code: string;
  name: string;
  position: LinkPosition;
  action: LinkAction | null;
  notes: string | null;
  sortOrder: number;
  source: SourceRef | null;
  version: number;
}

export const FIRM_TAGS = ['世界500强', '中国500强', '上市', '专精特新', '小巨人', '高新技术企业', '链主', '龙头'] as const;
export type FirmTag = (typeof FIRM_TAGS)[number];

/** Company-registry services whose exports feed the candidate pool (企查查 / 天眼查 / 启信宝). */
export const REGISTRY_SOURCES = ['qichacha', 'tianyancha', 'qixinbao', 'other'] as const;
export type RegistrySource = (typeof REGISTRY_SOURCES)[number];

/** 企业 (GET /api/firms), with the chain links it is filed under. */
export interface FirmRecord<D = string> {
  id: number;
  name: string;
  fullName: string | null;
  aliases: string[];
  /** 统一社会信用代码 */
  creditCode: string | null;
  hqCity: string | null;
  tags: FirmTag[];
  website: string | null;
  profile: string | null;
  /** Already present in the plan's jurisdiction (本地企业). */
  isLocal: boolean;
  source: SourceRef | null;
  demo: boolean;
  /** 法定代表人 */
  legalRepresentative: string | null;
  /** 成立日期 (YYYY-MM-DD) */
  establishedOn: string | null;
  /** 注册资本 in 万元 (CNY only; null when the registry states another currency). */
  registeredCapital: number | null;
  /** 注册资本 as the registry wrote it when the currency is not CNY (e.g. "500万美元"). */
  registeredCapitalText: string | null;
  firmType: string | null;
  industry: string | null;
  registeredAddress: string | null;
  businessScope: string | null;
  registrySource: RegistrySource | null;
  registryExportedOn: string | null;
  registryUpdatedAt: D | null;
  createdAt: D;
  updatedAt: D;
  version: number;
  chainLinkIds: number[];
}

export const CARRIER_TYPES = ['building', 'park', 'platform'] as const;
export type CarrierType = (typeof CARRIER_TYPES)[number];
export const AREA_UNITS = ['m2', '亩', '万方'] as const;
export type AreaUnit = (typeof AREA_UNITS)[number];

/** A carrier's output target as the plan states it. */
export interface CarrierOutputTarget {
  value: number;
  unit: string;
  year?: number;
  note?: string;
}

/** 载体 (GET /api/carriers): buildings, parks and platforms that host firms. */
export interface CarrierRecord {
  id: number;
  planId: number | null;
  name: string;
  type: CarrierType;
  chainId: number | null;
  totalArea: number | null;
  areaUnit: AreaUnit | null;
  totalAreaM2: number | null;
  availableAreaM2: number | null;
  outputTarget: CarrierOutputTarget | null;
  notes: string | null;
  source: SourceRef | null;
  demo: boolean;
  version: number;
}

/** A plan's KPI figure (GET /api/kpi-targets); chainId null: the plan as a whole. */
export interface KpiTargetRecord {
  id: number;
  planId: number;
  metric: string;
  category: string | null;
  unit: string;
  chainId: number | null;
  year: number;
  value: number;
  source: SourceRef;
  version: number;
}
