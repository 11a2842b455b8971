import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { invalidField } from '@crm/http';
import { IDEMPOTENCY_KEY_PATTERN } from './idempotency.rules';

/** The request's `Idempotency-Key` header, validated; undefined when the client sent none. */
export const IdempotencyKeyHeader = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const raw = ctx.switchToHttp().getRequest<Request>().headers['idempotency-key'];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(raw)) {
    throw invalidField(
      'Idempotency-Key',
      'matches',
      'Idempotency-Key must be 8–128 characters of letters, digits, - _ : .',
      'Idempotency-Key 须为 8–128 个字母、数字或 - _ : . 字符（如 UUID）',
    );
  }
  return raw;
});

/** OpenAPI description of the header, for `@ApiHeader()` on the routes that take it. */
export const IDEMPOTENCY_HEADER_DOC = {
  name: 'Idempotency-Key',
  required: false,
  description:
    'A key generated on the device (e.g. a UUID). A retry with the same key and body is stored once and answers the first result for 24 h; the same key with another body answers 422 idempotency_key_reused.',
};
