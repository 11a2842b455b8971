import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import type { BoardColumn, BoardResponse, ChainMap, TargetCard as ContractTargetCard, TimelineEntry, TransitionBody } from '@crm/contracts';
import type { Stage } from '../config/domain';
import { rulePath } from '../resources/reminder-rules/ruleModel';
import { changedFields } from './errors';
import { API_URL, apiJson, httpClient } from './http';
import { query } from './url';

/** The wire shapes come from libs/contracts, the types the API's services return. */
export type { BoardColumn, ChainMap, MapFirm, MapLink, TimelineEntry, TransitionBody } from '@crm/contracts';
/** A board card as react-admin holds it: the contract's TargetCard, a RaRecord too. */
export type TargetCard = ContractTargetCard & RaRecord;

export interface BoardFilters {
  chainId?: Identifier;
  ownerId?: Identifier;
  method?: string;
  q?: string;
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
  // `firms 0-24/*`: more rows match than the API counts exactly (EXACT_COUNT_UP_TO), and at least
  // one lies past this page; react-admin then pages on without a total ("1-25 of more than 25").
  getList: async (resource, params) => {
    const result = await rest.getList(resource, params);
    if (Number.isFinite(result.total)) return result;
    return { data: result.data, pageInfo: { hasPreviousPage: (params.pagination?.page ?? 1) > 1, hasNextPage: true } };
  },
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
  board: async (filters, perColumn) => (await apiJson<BoardResponse>(`/pipeline/board${query({ ...filters, perColumn })}`)).columns,
  boardColumn: async (stage, filters, offset, limit) =>
    (await apiJson<BoardColumn>(`/pipeline/board/${stage}${query({ ...filters, offset, limit })}`)).cards as TargetCard[],
  timeline: (id) => apiJson<TimelineEntry[]>(`/targets/${id}/timeline`),
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
