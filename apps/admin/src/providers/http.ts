import { fetchUtils, HttpError } from 'react-admin';
import { currentLocale } from '../i18n';
import { translateError } from './errors';
import { session } from './session';

export const API_URL = '/api';

/**
 * fetchJson with the bearer token; an error body from the API becomes an HttpError whose message
 * is in the reader's language and whose body carries `errors` per field for react-admin forms.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = session.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    const t = translateError(e.status, e.body, currentLocale(), e.message);
    const body = e.body && typeof e.body === 'object' ? e.body : {};
    throw new HttpError(t.message, e.status, { ...body, ...(t.errors ? { errors: t.errors } : {}) });
  }
}

/** A JSON call outside the resource methods (transitions, board, map …). */
export async function apiJson<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const { json } = await httpClient(`${API_URL}${path}`, {
    method: init.method ?? 'GET',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return json as T;
}

/** `?a=1&b=2` from the defined, non-empty values. */
export function query(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
