import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { PG, PG_BAD_INPUT, pgCode, pgConstraint } from '@crm/database';
import { ErrorBody } from './errors';
import { fieldError } from './field-messages';

const zhByStatus: Record<number, string> = {
  400: '请求有误',
  401: '未登录或登录已过期',
  403: '没有权限执行此操作',
  404: '不存在或无权查看',
  405: '不支持的请求方法',
  409: '数据冲突，请刷新后重试',
  413: '请求内容过大',
  415: '不支持的内容类型',
  429: '请求过于频繁，请稍后再试',
  500: '服务器内部错误',
  503: '服务暂不可用',
};

const codeByStatus: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  503: 'unavailable',
};

/** Turns every error into ErrorBody. Only an unexpected fault becomes a 500, and it is logged. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    // Every refusal names a stable code the UI can branch on, even Nest's and body-parser's own.
    body.code ??= codeByStatus[body.statusCode] ?? (body.statusCode >= 500 ? 'internal' : 'bad_request');
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (body.statusCode === 503 && !res.headersSent) res.setHeader('Retry-After', '2');
    if (!res.headersSent) res.status(body.statusCode).json(body);
  }

  toBody(exception: unknown): ErrorBody {
    if (exception instanceof SyntaxError && (exception as { status?: number }).status === 400) {
      return {
        statusCode: 400,
        error: 'Bad Request',
        code: 'invalid_json',
        message: `Body is not valid JSON: ${exception.message}`,
        messageZh: '请求内容不是有效的 JSON',
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const r = exception.getResponse();
      if (typeof r === 'object' && r && 'messageZh' in r) return r as ErrorBody;
      const raw = typeof r === 'string' ? r : (r as { message?: string | string[] }).message;
      const message = Array.isArray(raw) ? raw.join('; ') : (raw ?? exception.message);
      return { statusCode: status, error: HttpStatus[status] ?? 'Error', message, messageZh: zhByStatus[status] ?? message };
    }
    // body-parser errors (bad JSON, too large) carry a status but are not HttpExceptions
    const status = (exception as { status?: number; statusCode?: number })?.status ?? (exception as { statusCode?: number })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const message = (exception as Error).message || 'Bad request';
      return {
        statusCode: status,
        error: HttpStatus[status] ?? 'Error',
        code: (exception as { type?: string }).type,
        message,
        messageZh: zhByStatus[status] ?? '请求有误',
      };
    }
    if (exception instanceof EntityNotFoundError) {
      return { statusCode: 404, error: 'Not Found', code: 'not_found', message: 'Not found', messageZh: zhByStatus[404] };
    }
    if (exception instanceof QueryFailedError) {
      const code = pgCode(exception);
      const constraint = pgConstraint(exception) ?? '';
      if (code === PG.uniqueViolation) {
        const field = constraint.replace(/^(uq|ux|idx)_[a-z]+_/, '') || 'record';
        return {
          statusCode: 409,
          error: 'Conflict',
          code: 'duplicate',
          message: `Duplicate value (${constraint})`,
          messageZh: '数据已存在，不能重复',
          fields: [fieldError(field, 'unique', 'already exists')],
        };
      }
      if (code === PG.serializationFailure || code === PG.deadlockDetected) {
        return { statusCode: 409, error: 'Conflict', code: 'concurrent_update', message: 'Concurrent update, try again', messageZh: zhByStatus[409] };
      }
      if (code === PG.foreignKeyViolation) {
        return {
          statusCode: 400,
          error: 'Bad Request',
          code: 'reference',
          message: `Referenced record missing or still in use (${constraint})`,
          messageZh: '引用的记录不存在或仍被使用',
        };
      }
      if (code && PG_BAD_INPUT.includes(code)) {
        return { statusCode: 400, error: 'Bad Request', code: 'invalid_value', message: 'Invalid value', messageZh: '数值无效' };
      }
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        statusCode: 503,
        error: 'Service Unavailable',
        code: 'database_unavailable',
        message: 'The database is busy or restarting; try again shortly',
        messageZh: '数据库繁忙或正在重启，请稍后重试',
      };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error', messageZh: zhByStatus[500] };
  }
}

/**
 * Postgres unreachable, restarting, out of connections, or the pool could not hand out a
 * connection in time: the request did nothing and may be retried, so 503 rather than 500.
 */
function isDatabaseUnavailable(err: unknown): boolean {
  const e = (err instanceof QueryFailedError ? err.driverError : err) as { code?: string; message?: string } | undefined;
  const code = e?.code ?? '';
  const message = e?.message ?? '';
  return (
    /^(08|57P0)/.test(code) || // connection exceptions; admin shutdown, crash shutdown, cannot connect now
    code === '53300' || // too many connections
    code === '57014' || // statement cancelled (timeout)
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code) ||
    /timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error|the database system is (starting up|shutting down)/i.test(
      message,
    )
  );
}
