import type { Coverage, LinkAction, LinkPosition } from '../chain';

/** GET /api/chains/:id/map — the chain map (libs/chain-map/src/chain-map.service.ts). */
export interface MapFirm {
  id: number;
  name: string;
  tags: string[];
}

export interface MapTarget {
  id: number;
  firmId: number;
  firmName: string;
  stage: 'lead' | 'contact' | 'signed' | 'landed';
  ownerId: number;
}

export interface MapLink {
  id: number;
  code: string;
  name: string;
  position: LinkPosition;
  action: LinkAction | null;
  sortOrder: number;
  version: number;
  localFirms: MapFirm[];
  /** Live targets per stage, counting every target on the link (not only those the caller may open). */
  liveByStage: { lead: number; contact: number; signed: number };
  liveCount: number;
  landedCount: number;
  /** The live and landed targets the caller may read; at most a few per link, the most recently active, listed by id. */
  targets: MapTarget[];
  /** How many live and landed targets on the link the caller may read; more than targets.length when the list is capped. */
  targetsTotal: number;
  coverage: Coverage;
  /** Not covered: a gap or only uncontacted leads (lead_only counts as a gap). */
  gap: boolean;
}

export interface CoverageSummary {
  links: number;
  /** Links landed, local or in progress. */
  covered: number;
  /** Links not covered: lead_only and gap. */
  gaps: number;
  /** covered ÷ links in %, one decimal; null for a chain without links (no figure). */
  coveredPct: number | null;
  byCoverage: Record<Coverage, number>;
}

export interface ChainMap {
  /** mayCreateTarget: may the caller start a target on this chain (为此缺口新建目标)? */
  chain: { id: number; planId: number; code: string; name: string; kind: string; action: LinkAction | null; version: number; mayCreateTarget: boolean };
  summary: CoverageSummary & { ownerFirms: MapFirm[] };
  links: MapLink[];
}
