import { badRequest } from './errors';
import { fieldError } from './field-messages';
import { jsonDepth, MAX_JSON_DEPTH, strictInt, tooDeep } from './input';

/** A react-admin `ra-data-simple-rest` list request: ?filter={..}&range=[0,24]&sort=["field","ASC"]. */
export interface ListQuery {
  filter: Record<string, unknown>;
  skip: number;
  take: number;
  sort: { field: string; order: 'ASC' | 'DESC' };
}

export type { ListResult } from '@crm/contracts';

export const MAX_PAGE = 1000;

/** A JSON query parameter (filter, range, sort): text, nested at most MAX_JSON_DEPTH levels, valid JSON; else a 400 naming it. */
export function parseJsonParam(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw invalid(name, 'must be a JSON string');
  if (jsonDepth(raw, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw tooDeep(MAX_JSON_DEPTH, name);
  try {
    return JSON.parse(raw);
  } catch {
    throw invalid(name, 'is not valid JSON');
  }
}

function invalid(field: string, message: string) {
  return badRequest(`Invalid ${field}: ${message}`, `查询参数 ${field} 无效`, [fieldError(field, 'invalid', message)], 'validation_failed');
}

/**
 * Parses and checks a list request. Sort fields are limited to `sortable` so a client cannot
 * sort by an unindexed or private column; ranges are capped at MAX_PAGE rows.
 */
export function parseListQuery(query: Record<string, unknown>, sortable: readonly string[], defaultSort: ListQuery['sort']): ListQuery {
  const filter = parseJsonParam('filter', query.filter) ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw invalid('filter', 'must be a JSON object');

  const range = parseJsonParam('range', query.range) ?? [0, 24];
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n) && n >= 0) || range[1] < range[0]) {
    throw invalid('range', 'must be [start, end] with 0 <= start <= end');
  }
  const take = Math.min(range[1] - range[0] + 1, MAX_PAGE);

  const sortRaw = parseJsonParam('sort', query.sort) ?? [defaultSort.field, defaultSort.order];
  if (!Array.isArray(sortRaw) || sortRaw.length !== 2 || typeof sortRaw[0] !== 'string' || !['ASC', 'DESC'].includes(String(sortRaw[1]).toUpperCase())) {
    throw invalid('sort', 'must be ["field", "ASC"|"DESC"]');
  }
  if (!sortable.includes(sortRaw[0])) throw invalid('sort', `cannot sort by ${sortRaw[0]}; sortable: ${sortable.join(', ')}`);

  return {
    filter: filter as Record<string, unknown>,
    skip: range[0],
    take,
    sort: { field: sortRaw[0], order: String(sortRaw[1]).toUpperCase() as 'ASC' | 'DESC' },
  };
}

/** Reads a filter value that must be a list of ids or one id (react-admin getMany sends {id:[..]}). */
export function idList(value: unknown, field = 'id'): number[] | undefined {
  if (value === undefined || value === null) return undefined;
  const arr = Array.isArray(value) ? value : [value];
  const ids = arr.map(strictInt);
  if (!ids.every((n) => n !== undefined && n > 0 && n < 2 ** 31)) throw invalid(`filter.${field}`, 'must be positive integer ids');
  return ids as number[];
}

export function stringFilter(value: unknown, field: string, maxLength = 200): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || value.length > maxLength) throw invalid(`filter.${field}`, `must be text up to ${maxLength} characters`);
  return value;
}

export function enumFilter<T extends string>(value: unknown, field: string, allowed: readonly T[]): T[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const arr = Array.isArray(value) ? value : [value];
  if (!arr.every((v) => allowed.includes(v as T))) throw invalid(`filter.${field}`, `must be one of ${allowed.join(', ')}`);
  return arr as T[];
}
