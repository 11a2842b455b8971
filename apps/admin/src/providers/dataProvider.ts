import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import type { Coverage, LinkAction, Stage } from '../config/domain';
import { rulePath } from '../resources/reminder-rules/ruleModel';
import { changedFields } from './errors';
import { API_URL, apiJson, httpClient } from './http';
import { listOf, query } from './url';

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
  summary: { links: number; covered: number; gaps: number; coveredPct: number | null; byCoverage?: Record<Coverage, number>; ownerFirms?: MapFirm[] };
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
  /** One more attempt on each channel of the reminder that failed for good. */
  retryReminder(id: Identifier): Promise<{ retried: number }>;
}

const unwrap = <T>(mod: T): T => (mod as { default?: T }).default ?? mod;

/** Resources whose records are read and saved somewhere other than `/<resource>/<id>`. */
const RECORD_PATHS: Record<string, (id: Identifier) => string> = {
  'reminder-rules': rulePath,
};

const rest = unwrap(simpleRestProvider)(API_URL, httpClient);

export const dataProvider: CrmDataProvider = {
  ...rest,
  getOne: async (resource, params) => {
    const path = RECORD_PATHS[resource];
    return path ? { data: await apiJson(path(params.id)) } : rest.getOne(resource, params);
  },
  // Edits send what changed plus the version read, so the API's optimistic lock and its
  // forbid-unknown-fields validation both see exactly the user's change.
  update: async (resource, params) => {
    const data = changedFields(params.data, params.previousData);
    const path = RECORD_PATHS[resource];
    return path ? { data: await apiJson(path(params.id), { method: 'PUT', body: data }) } : rest.update(resource, { ...params, data });
  },
  delete: async (resource, params) => {
    const path = RECORD_PATHS[resource];
    if (!path) return rest.delete(resource, params);
    const version = (params.previousData as { version?: number | null } | undefined)?.version;
    return { data: await apiJson(`${path(params.id)}${query({ version })}`, { method: 'DELETE' }) };
  },
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
  retryReminder: (id) => apiJson(`/reminders/${id}/retry`, { method: 'POST' }),
};
