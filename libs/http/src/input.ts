import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { AppError } from './errors';
import { fieldError } from './field-messages';

/**
 * The one way request text becomes a number or a date. Path ids, query integers, query dates and
 * filter values all come through here, so `0x54`, `1e0`, ` 1`, `+1` or `2026-02-30` are refused
 * the same way everywhere instead of being rounded, rolled over or coerced by `Number()`/`new Date()`.
 */

const MAX_INT = 2 ** 31 - 1;
const DECIMAL_INT = /^-?(0|[1-9]\d{0,15})$/;

const invalid = (field: string, message: string, messageZh: string) =>
  new AppError(400, 'validation_failed', `Invalid ${field}: ${message}`, `${field} 无效：${messageZh}`, [
    fieldError(field, 'invalid', message, `${field}：${messageZh}`),
  ]);

/**
 * An integer written as plain decimal digits (optionally a leading minus), or a JSON number that
 * is an integer; undefined for anything else. Leading zeros, signs, exponents, hex and blanks are not integers.
 */
export function strictInt(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value !== 'string' || !DECIMAL_INT.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) && !Object.is(n, -0) ? n : undefined;
}

/** A record id (path parameter or filter value): 1 … 2^31-1, plain decimal digits. */
export function parseId(value: unknown, field = 'id'): number {
  const n = strictInt(value);
  if (n === undefined || n < 1 || n > MAX_INT) {
    throw invalid(
      field,
      `must be a positive integer written in decimal digits, got ${JSON.stringify(String(value).slice(0, 40))}`,
      '必须是正整数（十进制数字）',
    );
  }
  return n;
}

/** An integer query parameter within [min, max]. */
export function parseIntParam(value: unknown, field: string, min: number, max: number): number {
  const n = strictInt(value);
  if (n === undefined || n < min || n > max) {
    throw invalid(field, `must be an integer from ${min} to ${max}, written in decimal digits`, `必须是 ${min} 到 ${max} 的整数`);
  }
  return n;
}

// YYYY-MM-DD, optionally THH:mm[:ss[.fraction]] (T or a space) and Z or ±HH:mm / ±HHmm.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A calendar-valid ISO 8601 date or date-time, as the Date it names; undefined when the text is not
 * one. `2026-02-30`, `2026-13-01`, `24:00` and offsets beyond ±14:00 are not dates; a date alone is
 * UTC midnight and a date-time without offset is server local time (as `new Date` reads them).
 */
export function strictDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return undefined;
  if (m[8] && m[8] !== 'Z') {
    const [oh, om] = [Number(m[8].slice(1, 3)), Number(m[8].slice(-2))];
    if (oh > 14 || om > 59) return undefined;
  }
  // Normalised so Date reads every accepted form the same way (fraction to milliseconds, offset with a colon).
  const time = m[4] === undefined ? '' : `T${m[4]}:${m[5]}:${m[6] ?? '00'}${(m[7] ?? '.000').padEnd(4, '0').slice(0, 4)}`;
  const offset = !m[8] || m[8] === 'Z' ? (m[8] ?? '') : `${m[8].slice(0, 3)}:${m[8].slice(-2)}`;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}${time}${offset}`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * For a date or date-time field of a body or query DTO, in place of `@IsISO8601({ strict: true })`,
 * which also passes forms `new Date` cannot read (`20260302`, `2026-W10`, `2026-061`): the field
 * is valid exactly when strictDateTime reads it, so the service's `new Date(value)` is the same instant.
 */
export const IsDateTime = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isDateTime',
      validator: {
        validate: (value) => strictDateTime(value) !== undefined,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a real date or date-time (ISO 8601, e.g. 2026-03-02 or 2026-03-02T09:30:00+08:00)`,
      },
    },
    options,
  );

/** A date or date-time parameter (query or filter); 400 naming `field` unless it is a real calendar date. */
export function parseDateTime(value: unknown, field: string): Date {
  const d = strictDateTime(value);
  if (!d)
    throw new AppError(
      400,
      'validation_failed',
      `Invalid ${field}: must be a real date or date-time (ISO 8601, e.g. 2026-03-02 or 2026-03-02T09:30:00+08:00)`,
      `${field} 无效：必须是有效的日期时间（ISO 8601）`,
      [fieldError(field, 'isDateTime', `${field} must be a real date or date-time (ISO 8601)`)],
    );
  return d;
}

export const MAX_JSON_DEPTH = 32;

/**
 * How deep JSON text nests objects and arrays, counted without parsing (one pass, no recursion,
 * brackets inside strings ignored). Stops counting once past `limit`. Malformed text is left for
 * the parser to refuse.
 */
export function jsonDepth(text: Buffer | string, limit = Infinity): number {
  const isBuffer = typeof text !== 'string';
  const length = text.length;
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < length; i++) {
    const c = isBuffer ? (text as Buffer)[i] : (text as string).charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** The error a too-deep body or parameter gets: 400 `body_too_deep` (or naming the query field). */
export function tooDeep(limit: number, field?: string): AppError {
  const message = `${field ?? 'The request body'} nests objects or arrays more than ${limit} levels deep`;
  const messageZh = `${field ?? '请求内容'}嵌套超过 ${limit} 层`;
  return new AppError(
    400,
    field ? 'validation_failed' : 'body_too_deep',
    message,
    messageZh,
    field ? [fieldError(field, 'invalid', message, messageZh)] : undefined,
  );
}

/**
 * body-parser `verify` hook: runs on the raw bytes before JSON.parse, so a body nested past
 * `maxDepth` is refused before the parser, class-transformer or any other recursive walk sees it.
 */
export function refuseDeepJson(maxDepth = MAX_JSON_DEPTH): (req: unknown, res: unknown, body: Buffer, encoding: string) => void {
  return (_req, _res, body, encoding) => {
    // UTF-8 bytes are scanned as they are (no byte of a multi-byte character looks like a bracket or quote);
    // another UTF the client declared is decoded first, and one that cannot be is refused.
    let text: Buffer | string = body;
    if (!/^utf-?8$/i.test(encoding || 'utf-8')) {
      try {
        text = new TextDecoder(encoding, { fatal: true }).decode(body);
      } catch {
        throw new AppError(415, 'charset.unsupported', `Unsupported charset "${encoding}"; send JSON as UTF-8`, '不支持的字符集，请使用 UTF-8 发送 JSON');
      }
    }
    if (jsonDepth(text, maxDepth) > maxDepth) throw tooDeep(maxDepth);
  };
}

/**
 * For an integer field of a query-string DTO, in place of `@Type(() => Number)`: converts only
 * plain decimal digits, so `0x1`, `2e3` or ` 1` stay text and the field's `@IsInt()` refuses them by name.
 */
export const QueryInt = (): PropertyDecorator => Transform(({ value }) => strictInt(value) ?? value);

/** A row id in a query-string DTO: plain decimal digits, 1 to the largest int4 (a serial column's range). */
export const QueryId = (): PropertyDecorator => applyDecorators(QueryInt(), IsInt(), Min(1), Max(MAX_INT));

/** An optional filter by one row id (chainId, ownerId …) in a query-string DTO. */
export const IdFilter = (): PropertyDecorator => applyDecorators(ApiPropertyOptional(), IsOptional(), QueryId());

/** An optional filter by one of `values` (a stage, a method …) in a query-string DTO. */
export const EnumFilter = (values: readonly string[]): PropertyDecorator => applyDecorators(ApiPropertyOptional({ enum: values }), IsOptional(), IsIn(values));
