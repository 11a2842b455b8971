/** URL and answer helpers with no react-admin in them, so the boot code can use them before the app loads. */
export const API_URL = '/api';

/** `?a=1&b=2` from the defined, non-empty values. */
export function query(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Lists arrive as arrays, sometimes wrapped: `{ data }`, `{ cards }`, `{ entries }`, `{ columns }`. */
export const listOf = <T>(json: unknown, ...keys: string[]): T[] => {
  if (Array.isArray(json)) return json as T[];
  for (const k of keys) {
    const v = (json as Record<string, unknown> | null)?.[k];
    if (Array.isArray(v)) return v as T[];
  }
  return [];
};
