import { httpClient } from '../providers/http';
import { API_URL } from '../providers/url';
import { session } from '../providers/session';

export type FileOwner = 'target' | 'contact-log' | 'firm';

/** One row of GET /api/<owner>s/:id/files (libs/files/src/files.service.ts). */
export interface StoredFile {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
  uploadedById: number | null;
  uploadedByName: string | null;
  createdAt: string;
  previewable: boolean;
}

const ownerPath = (owner: FileOwner, id: string | number) => `${API_URL}/${owner === 'contact-log' ? 'contact-logs' : `${owner}s`}/${id}/files`;
export const filesKey = (owner: FileOwner, id: string | number) => ['files', owner, String(id)] as const;

export async function listFiles(owner: FileOwner, id: string | number): Promise<StoredFile[]> {
  return (await httpClient(ownerPath(owner, id))).json as StoredFile[];
}

/** multipart field `file`; the API's refusal (413, 415, 403 …) arrives as an HttpError in the reader's language. */
export async function uploadFile(owner: FileOwner, id: string | number, file: File): Promise<StoredFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  return (await httpClient(ownerPath(owner, id), { method: 'POST', body })).json as StoredFile;
}

export async function deleteFile(fileId: number): Promise<void> {
  await httpClient(`${API_URL}/files/${fileId}`, { method: 'DELETE' });
}

/** The bytes as a blob: the API wants the bearer token, so a plain link cannot fetch them. */
export async function fileBlob(fileId: number, inline = false): Promise<Blob> {
  const res = await fetch(`${API_URL}/files/${fileId}/content${inline ? '?inline=true' : ''}`, {
    headers: { Authorization: `Bearer ${session.token() ?? ''}` },
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.blob();
}

export async function downloadFile(f: StoredFile): Promise<void> {
  const url = URL.createObjectURL(await fileBlob(f.id));
  const a = document.createElement('a');
  a.href = url;
  a.download = f.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** 1,536 KB → "1.5 MB"; thousands separators for KB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}
