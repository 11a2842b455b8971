import { HttpException, HttpStatus } from '@nestjs/common';
import { FieldError, fieldError } from './field-messages';

/** The one error body every endpoint returns: `{ statusCode, error, message, messageZh, fields? }`. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  messageZh: string;
  code?: string;
  fields?: FieldError[];
}

export class AppError extends HttpException {
  constructor(status: number, code: string, message: string, messageZh: string, fields?: FieldError[]) {
    super({ statusCode: status, error: HttpStatus[status] ?? 'Error', code, message, messageZh, fields }, status);
  }
}

export const badRequest = (message: string, messageZh: string, fields?: FieldError[], code = 'bad_request') =>
  new AppError(400, code, message, messageZh, fields);

/** A field-level validation failure, the form the UI shows next to the input. */
export const invalidField = (field: string, code: string, message: string, messageZh: string) =>
  badRequest(message, messageZh, [fieldError(field, code, message, messageZh)], 'validation_failed');

/** A business rule refused the change; the rule's name is in `code`. */
export const ruleBroken = (rule: string, message: string, messageZh: string, field?: string) =>
  new AppError(400, rule, message, messageZh, field ? [fieldError(field, 'rule', message, messageZh)] : undefined);

export const notFound = (what: string, whatZh: string) => new AppError(404, 'not_found', `${what} not found`, `${whatZh}不存在或无权查看`);

export const forbidden = (message = 'You may not do this', messageZh = '没有权限执行此操作') => new AppError(403, 'forbidden', message, messageZh);

export const conflict = (message: string, messageZh: string, code = 'conflict') => new AppError(409, code, message, messageZh);

/** Optimistic-lock failure: someone saved the record after the caller read it. */
export const staleVersion = (what = 'record', whatZh = '记录') =>
  conflict(`Someone else changed this ${what} after you opened it; reload and try again`, `其他人已修改该${whatZh}，请刷新后重试`, 'stale_version');
