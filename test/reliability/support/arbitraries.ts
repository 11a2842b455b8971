import fc from 'fast-check';
import { getMetadataStorage } from 'class-validator';
import type { Type } from '@nestjs/common';

/** Strings that have broken real systems: injection, markup, control and odd Unicode, huge. */
export const HUGE = 'x'.repeat(100 * 1024);
export const NASTY_STRINGS = [
  '',
  ' ',
  HUGE,
  "'; DROP TABLE target; --",
  "1' OR '1'='1",
  '" OR ""="',
  '1;DROP TABLE app_user',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '../../../../etc/passwd',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '‮RTL',
  '🏭🏭🏭',
  '重庆数字经济产业园'.repeat(50),
  'NaN',
  'null',
  'undefined',
  '[object Object]',
  '2025-13-45T25:61:00Z',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  '-1',
  '1e309',
  '%00',
  '\\',
] as const;

/** Ids as a path segment: out of range, not numbers, injections. */
export const BAD_IDS = [
  '-1',
  '0',
  String(2 ** 31),
  String(2 ** 53 + 1),
  'abc',
  '1;DROP',
  '1.5',
  '1e3',
  '1e0',
  ' 1',
  '1 ',
  '+1',
  '01',
  '0x10',
  '0x54',
  '0b1',
  '0o7',
  '9'.repeat(30),
  'null',
  '%00',
  '%27',
  'NaN',
  'Infinity',
] as const;

/** A path id the API accepts: plain decimal digits, 1 … 2^31-1. Anything else must be refused before any lookup. */
export const isCanonicalId = (v: string): boolean => /^[1-9]\d{0,9}$/.test(v) && Number(v) < 2 ** 31;

/** Integers as a client might misspell them in a query string: hex, exponent, sign, blanks, fractions. */
export const BAD_INTS = ['0x10', '1e1', '2e3', ' 5', '5 ', '+5', '05', '1.0', '1.5', 'NaN', 'Infinity', '', '5abc', '0b1', '１'] as const;
/** Dates that do not exist or are not ISO 8601: rolled over by `new Date`, never by the API. */
export const BAD_DATES = [
  '20260302',
  '2026-W10',
  '2026-061',
  '2026-02-30',
  '2025-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-02-28T24:00:00Z',
  '2026-02-28T10:61:00Z',
  '2026-02-30T10:00:00+08:00',
  '1',
  '0',
  'Tue Mar 03 2026',
  '03/02/2026',
  '2026-3-2',
  '20260302',
  'now',
] as const;

/** JSON text nested `depth` levels, as text: objects, arrays, or both alternating. */
export function deepJson(depth: number, shape: 'object' | 'array' | 'mixed'): string {
  const open = (i: number) => (shape === 'object' || (shape === 'mixed' && i % 2) ? '{"a":' : '[');
  const close = (i: number) => (shape === 'object' || (shape === 'mixed' && i % 2) ? '}' : ']');
  let head = '';
  let tail = '';
  for (let i = 0; i < depth; i++) {
    head += open(i);
    tail = close(i) + tail;
  }
  return `${head}1${tail}`;
}

/** Depths past the API's limit of 32, up to where an unguarded recursive walk overflows the stack. */
export const tooDeep = fc.tuple(
  fc.oneof(fc.integer({ min: 33, max: 64 }), fc.constantFrom(200, 3000, 5000, 20000)),
  fc.constantFrom('object' as const, 'array' as const, 'mixed' as const),
);

export const nastyString = fc.constantFrom(...NASTY_STRINGS);

/** Any value a client could put in a JSON field, mostly of the wrong type or shape. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyString },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(-1, 0, 1, 1.5, -0.0001, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, Number.MAX_SAFE_INTEGER) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.string({ maxLength: 8 })), { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 2000 }, (_, i) => i)) },
);

/** The properties a DTO class declares to class-validator (the fields the API accepts). */
export function dtoFields(cls: Type<unknown> | undefined): string[] {
  if (!cls) return [];
  const metas = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
  return [...new Set(metas.map((m) => m.propertyName))];
}

const unknownField = fc.constantFrom('__proto__', 'constructor', 'id', 'isAdmin', 'role', 'ownerId', 'version2', 'drop table', 'x'.repeat(300), '$where');

export type BodyCase = { kind: 'json'; body: unknown; hasUnknownField: boolean } | { kind: 'raw'; raw: string; contentType: string; tooDeep?: boolean };

/**
 * Request bodies for a write route: the DTO's own fields filled with wrong values (each maybe
 * missing), sometimes with an unknown field; arbitrary JSON; and bytes that are not JSON at all.
 */
export function bodyCases(fields: string[]): fc.Arbitrary<BodyCase> {
  const known = fields.length
    ? fc.record(Object.fromEntries(fields.map((f) => [f, anyValue])), { requiredKeys: [] })
    : fc.dictionary(fc.string({ maxLength: 10 }), anyValue, { maxKeys: 4 });
  const withUnknown = fc.tuple(known, fc.option(fc.tuple(unknownField, anyValue), { freq: 3 })).map(([body, extra]) => {
    if (!extra) return { kind: 'json' as const, body, hasUnknownField: false };
    const b = { ...(body as Record<string, unknown>) };
    Object.defineProperty(b, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
    return { kind: 'json' as const, body: b, hasUnknownField: extra[0] !== 'id' || !fields.includes('id') };
  });
  // Well-formed JSON nested past the limit, in one of the DTO's own fields: refused as body_too_deep before parsing.
  const deep = fc.tuple(fields.length ? fc.constantFrom(...fields) : fc.constant('x'), tooDeep).map(([field, [depth, shape]]) => ({
    kind: 'raw' as const,
    raw: `{${JSON.stringify(field)}:${deepJson(depth, shape)}}`,
    contentType: 'application/json',
    tooDeep: true,
  }));
  return fc.oneof(
    { weight: 6, arbitrary: withUnknown },
    { weight: 1, arbitrary: deep },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((body) => ({ kind: 'json' as const, body, hasUnknownField: false })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { kind: 'raw' as const, raw: '{"a":', contentType: 'application/json' },
        { kind: 'raw' as const, raw: '{"__proto__":{"isAdmin":true}}', contentType: 'application/json' },
        { kind: 'raw' as const, raw: 'not json at all', contentType: 'application/json' },
        { kind: 'raw' as const, raw: '['.repeat(5000), contentType: 'application/json' },
        { kind: 'raw' as const, raw: `{"x":"${HUGE.repeat(12)}"}`, contentType: 'application/json' },
        { kind: 'raw' as const, raw: 'a=1&b[]=2', contentType: 'application/x-www-form-urlencoded' },
        { kind: 'raw' as const, raw: '<xml/>', contentType: 'application/xml' },
        { kind: 'raw' as const, raw: '\u0000\u0001\u0002', contentType: 'text/plain' },
      ),
    },
  );
}

/** ra-data-simple-rest list parameters, mostly malformed. */
export const listQuery: fc.Arbitrary<Record<string, string | string[]>> = fc.record(
  {
    filter: fc.oneof(
      nastyString,
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
      fc
        .dictionary(fc.constantFrom('q', 'id', 'stage', 'ownerId', 'chainId', 'createdAt_gte', 'at_lte', 'name', 'x', 'unread'), anyValue, { maxKeys: 4 })
        .map((o) => JSON.stringify(o)),
    ),
    range: fc.oneof(nastyString, fc.constantFrom('[0,24]', '[24,0]', '[-1,5]', '[0,1e9]', '[0]', '["a","b"]', '[0,24,3]', '{}', '[1.5,2]', `[0,${2 ** 31}]`)),
    sort: fc.oneof(
      nastyString,
      fc.constantFrom('["id","ASC"]', '["id","DROP"]', '["1;DROP TABLE x","ASC"]', '["name"]', '[1,2]', '"id"', '["id","desc"]', '["__proto__","ASC"]'),
    ),
    q: nastyString,
    dup: fc.array(fc.string({ maxLength: 4 }), { minLength: 2, maxLength: 3 }),
  },
  { requiredKeys: [] },
);

export const pathId: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...BAD_IDS), fc.integer({ min: 1, max: 50 }).map(String));

export type QueryParamKind = 'int' | 'date';

/**
 * The integer and date parameters of a query DTO, read from its class-validator metadata, plus
 * those a handler reads from the raw query (`extra`, keyed by parameter name).
 */
export function queryParamKinds(cls: Type<unknown> | undefined, extra: Record<string, QueryParamKind> = {}): Record<string, QueryParamKind> {
  const out: Record<string, QueryParamKind> = { ...extra };
  if (!cls) return out;
  for (const m of getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false)) {
    if (m.name === 'isInt') out[m.propertyName] = 'int';
    if (m.name === 'isIso8601' || m.name === 'isDateTime') out[m.propertyName] = 'date';
  }
  return out;
}

/** One query parameter's value: mostly misspelt or impossible, sometimes good (so the bad one is not always alone). */
export function queryParamValue(kind: QueryParamKind): fc.Arbitrary<{ value: string; bad: boolean }> {
  const bad = kind === 'int' ? fc.constantFrom(...BAD_INTS) : fc.constantFrom(...BAD_DATES);
  // Well-formed but maybe out of range: a range error may then be the one named, so `good` values are kept in most ranges (1…20).
  const good =
    kind === 'int'
      ? fc.integer({ min: 1, max: 20 }).map(String)
      : fc.constantFrom('2026-02-28', '2024-02-29', '2026-03-02T09:30:00+08:00', '2025-12-31T23:59:59Z');
  return fc.oneof({ weight: 3, arbitrary: bad.map((value) => ({ value, bad: true })) }, { weight: 1, arbitrary: good.map((value) => ({ value, bad: false })) });
}
