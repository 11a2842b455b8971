import { ApiOkResponse } from '@nestjs/swagger';

/** The Excel content type the downloads are served with. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `attachment; filename="pipeline.xlsx"; filename*=UTF-8''%E6%8B%9B…` (RFC 6266 / 5987): the
 * UTF-8 name (Chinese file names survive every browser) and an ASCII fallback for old clients,
 * by default the name itself with every other character replaced.
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string, asciiFallback = fileName): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}

/** A route that answers with a file's bytes (a download): its 200 is `contentType` as binary. */
export const ApiFileResponse = (contentType = 'application/octet-stream', description = 'The file') =>
  ApiOkResponse({ description, content: { [contentType]: { schema: { type: 'string', format: 'binary' } } } });
