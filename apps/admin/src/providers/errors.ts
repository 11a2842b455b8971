/** The API's one error body (libs/http/src/errors.ts). */
export interface ApiErrorBody {
  statusCode: number;
  error?: string;
  code?: string;
  message?: string | string[];
  messageZh?: string;
  fields?: { field: string; code?: string; message: string; messageZh?: string }[];
}

export interface TranslatedError {
  message: string;
  /** react-admin shows `errors.<field>` under the matching input, `errors.root.serverError` above the form. */
  errors?: Record<string, unknown>;
  code?: string;
}

const isApiBody = (b: unknown): b is ApiErrorBody => !!b && typeof b === 'object' && 'statusCode' in b;

/**
 * Picks the message for the reader's language (messageZh for Chinese, message for English) and
 * turns `fields` into react-admin's `{ errors: { field: message } }` so each shows on its input.
 */
export function translateError(status: number, body: unknown, locale: string, fallback: string): TranslatedError {
  if (!isApiBody(body)) return { message: fallback || `HTTP ${status}` };
  const zh = locale.startsWith('zh');
  const en = Array.isArray(body.message) ? body.message.join('; ') : body.message;
  const message = (zh ? body.messageZh || en : en || body.messageZh) || fallback;
  if (!body.fields?.length) return { message, code: body.code };
  const errors: Record<string, unknown> = {};
  for (const f of body.fields) {
    const text = zh ? f.messageZh || f.message : f.message || f.messageZh;
    const key = f.field || 'root';
    if (!(key in errors)) errors[key] = text;
  }
  errors.root = { serverError: message };
  return { message, errors, code: body.code };
}

/** The fields of `data` that differ from `previous` (and the version that guards them). */
export function changedFields(data: Record<string, unknown>, previous: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!previous) return data;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (JSON.stringify(v) !== JSON.stringify(previous[k])) out[k] = v;
  }
  if ('version' in previous) out.version = previous.version;
  return out;
}
