import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import type { Coverage, LinkAction, Stage } from '../config/domain';
import { changedFields } from './errors';
import { API_URL, apiJson, httpClient, query } from './http';

export interface TargetCard extends RaRecord {
  firmId: number;
  firmName: string;
  chainName: string;
  chainLinkName: string;
  ownerId: number;
  ownerName: string;
  stage: Stage;
  pausedFromStage: Stage | null;
  expectedInvestment: number | null;
  method: string | null;
  nextFollowUpAt: string | null;
  lastActivityAt: string;
  version: number;
}

/** One kanban column (libs/pipeline/src/board.service.ts): totals cover the whole column, not just the cards sent. */
export interface BoardColumn {
  stage: Stage;
  count: number;
  /** Sum of expectedInvestment over the column, 万元. */
  sumExpectedInvestment: number;
  offset?: number;
  cards: TargetCard[];
}

export interface BoardFilters {
  chainId?: Identifier;
  ownerId?: Identifier;
  method?: string;
  q?: string;
}

export interface TransitionBody {
  to: Stage;
  version: number;
  reason?: string;
  signedInvestment?: number;
  signedOutput?: number;
  signedJobs?: number;
  signedSpace?: number;
  carrierId?: number;
  area?: number;
  landedOn?: string;
}

export interface TimelineEntry {
  kind: 'stage_change' | 'contact_log' | 'reminder' | string;
  at: string;
  [key: string]: unknown;
}

export interface MapFirm {
  id: number;
  name: string;
  tags?: string[];
}

/** One link of GET /api/chains/:id/map (libs/chain-map/src/chain-map.service.ts). */
export interface MapLink {
  id: number;
  code?: string;
  name: string;
  position: string;
  action: LinkAction | null;
  sortOrder?: number;
  localFirms: MapFirm[];
  liveByStage?: { lead: number; contact: number; signed: number };
  liveCount?: number;
  landedCount?: number;
  targets: { id: number; firmId?: number; firmName: string; stage: Stage; ownerId?: number }[];
  /** Targets on the link the caller may see; the map lists only the most recently active few. */
  targetsTotal?: number;
  coverage: Coverage;
  gap: boolean;
}

export interface ChainMap {
  chain: { id: number; planId?: number; code?: string; name: string; kind?: string; action?: LinkAction | null };
  summary: { links: number; covered: number; gaps: number; coveredPct: number; byCoverage?: Record<Coverage, number>; ownerFirms?: MapFirm[] };
  links: MapLink[];
}

/** The CRM's calls beyond CRUD, next to ra-data-simple-rest's resource methods. */
export interface CrmDataProvider extends DataProvider {
  transition(id: Identifier, body: TransitionBody): Promise<TargetCard>;
  board(filters: BoardFilters, perColumn: number): Promise<BoardColumn[]>;
  boardColumn(stage: Stage, filters: BoardFilters, offset: number, limit: number): Promise<TargetCard[]>;
  timeline(targetId: Identifier): Promise<TimelineEntry[]>;
  setFollowUp(targetId: Identifier, at: string | null, version: number): Promise<unknown>;
  chainMap(chainId: Identifier): Promise<ChainMap>;
  unreadCount(): Promise<number>;
  markRead(id: Identifier): Promise<unknown>;
  markAllRead(): Promise<unknown>;
}

const unwrap = <T>(mod: T): T => (mod as { default?: T }).default ?? mod;
const rest = unwrap(simpleRestProvider)(API_URL, httpClient);

/** Lists arrive as arrays, sometimes wrapped: `{ data }`, `{ cards }`, `{ entries }`, `{ columns }`. */
const listOf = <T>(json: unknown, ...keys: string[]): T[] => {
  if (Array.isArray(json)) return json as T[];
  for (const k of keys) {
    const v = (json as Record<string, unknown> | null)?.[k];
    if (Array.isArray(v)) return v as T[];
  }
  return [];
};

export const dataProvider: CrmDataProvider = {
  ...rest,
  // Edits send what changed plus the version read, so the API's optimistic lock and its
  // forbid-unknown-fields validation both see exactly the user's change.
  update: (resource, params) => rest.update(resource, { ...params, data: changedFields(params.data, params.previousData) }),
  transition: (id, body) => apiJson(`/targets/${id}/transitions`, { method: 'POST', body }),
  board: async (filters, perColumn) => listOf<BoardColumn>(await apiJson(`/pipeline/board${query({ ...filters, perColumn })}`), 'columns'),
  boardColumn: async (stage, filters, offset, limit) =>
    listOf<TargetCard>(await apiJson(`/pipeline/board/${stage}${query({ ...filters, offset, limit })}`), 'cards', 'data'),
  timeline: async (id) => listOf<TimelineEntry>(await apiJson(`/targets/${id}/timeline`), 'entries', 'data'),
  setFollowUp: (id, at, version) => apiJson(`/targets/${id}/follow-up`, { method: 'PUT', body: { at, version } }),
  chainMap: (chainId) => apiJson(`/chains/${chainId}/map`),
  unreadCount: async () => {
    const json = await apiJson<number | { count?: number; unread?: number }>('/notifications/unread-count');
    return typeof json === 'number' ? json : (json.count ?? json.unread ?? 0);
  },
  markRead: (id) => apiJson(`/notifications/${id}/read`, { method: 'POST' }),
  markAllRead: () => apiJson('/notifications/read-all', { method: 'POST' }),
};
