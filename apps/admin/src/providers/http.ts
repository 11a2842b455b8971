import { fetchUtils, HttpError } from 'react-admin';
import { currentLocale } from '../i18n';
import { translateError } from './errors';
import { session } from './session';
import { API_URL } from './url';

export { API_URL, query } from './url';

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
