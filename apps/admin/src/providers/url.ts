/** URL and answer helpers with no react-admin in them, so the boot code can use them before the app loads. */
export const API_URL = '/api';

/** `?a=1&b=2` from the defined, non-empty values. */
export function query(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
