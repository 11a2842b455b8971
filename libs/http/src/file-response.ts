import { ApiOkResponse } from '@nestjs/swagger';

/** The Excel content type the downloads are served with. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A route that answers with a file's bytes (a download): its 200 is `contentType` as binary. */
export const ApiFileResponse = (contentType = 'application/octet-stream', description = 'The file') =>
  ApiOkResponse({ description, content: { [contentType]: { schema: { type: 'string', format: 'binary' } } } });
