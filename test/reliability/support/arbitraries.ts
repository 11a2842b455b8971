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
export const BAD_IDS = ['-1', '0', String(2 ** 31), String(2 ** 53 + 1), 'abc', '1;DROP', '1.5', '1e3', ' 1', '0x10', '9'.repeat(30), 'null', '%00', '%27', 'NaN'] as const;

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

export type BodyCase =
  | { kind: 'json'; body: unknown; hasUnknownField: boolean }
  | { kind: 'raw'; raw: string; contentType: string };

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
  return fc.oneof(
    { weight: 6, arbitrary: withUnknown },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((body) => ({ kind: 'json' as const, body, hasUnknownField: false })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { kind: 'raw' as const, raw: '{"a":', contentType: 'application/json' },
        { kind: 'raw' as const, raw: '{"__proto__":{"isAdmin":true}}', contentType: 'application/json' },
        { kind: 'raw' as const, raw: 'not json at all', contentType: 'application/json' },
        { kind: 'raw' as const, raw: '[' .repeat(5000), contentType: 'application/json' },
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
      fc.dictionary(fc.constantFrom('q', 'id', 'stage', 'ownerId', 'chainId', 'createdAt_gte', 'at_lte', 'name', 'x', 'unread'), anyValue, { maxKeys: 4 }).map((o) => JSON.stringify(o)),
    ),
    range: fc.oneof(nastyString, fc.constantFrom('[0,24]', '[24,0]', '[-1,5]', '[0,1e9]', '[0]', '["a","b"]', '[0,24,3]', '{}', '[1.5,2]', `[0,${2 ** 31}]`)),
    sort: fc.oneof(nastyString, fc.constantFrom('["id","ASC"]', '["id","DROP"]', '["1;DROP TABLE x","ASC"]', '["name"]', '[1,2]', '"id"', '["id","desc"]', '["__proto__","ASC"]')),
    q: nastyString,
    dup: fc.array(fc.string({ maxLength: 4 }), { minLength: 2, maxLength: 3 }),
  },
  { requiredKeys: [] },
);

export const pathId: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...BAD_IDS), fc.integer({ min: 1, max: 50 }).map(String));
