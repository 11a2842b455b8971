import { currentLocale } from '../i18n';
import { translateError } from '../providers/errors';
import { API_URL } from '../providers/url';
import { session } from '../providers/session';

/** The file name from Content-Disposition (RFC 5987 filename* first), else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/**
 * Downloads an API file with the bearer token (a plain link cannot send it) and hands it to the
 * browser under the server's file name. A refusal becomes an Error in the reader's language.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  const token = session.token();
  const res = await fetch(`${API_URL}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw Object.assign(new Error(translateError(res.status, body, currentLocale(), res.statusText).message), { status: res.status });
  }
  const name = fileNameOf(res.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/**
 * Uploads one file as multipart field `file` with upload progress (fetch has none), parsing the
 * JSON answer; a refusal rejects with the API's message in the reader's language and its body.
 */
export function uploadFile<T>(path: string, file: File, onProgress: (sent: number, total: number) => void, fields: Record<string, string> = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_URL}${path}`);
    const token = session.token();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new Error('network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      reject(Object.assign(new Error(translateError(xhr.status, body, currentLocale(), xhr.statusText).message), { status: xhr.status, body }));
    };
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', file);
    xhr.send(form);
  });
}
