import { describe, expect, it } from '@jest/globals';
import { jsonDepth, parseDateTime, parseId, refuseDeepJson, strictDateTime, strictInt } from './input';

describe('strictInt', () => {
  it.each<[unknown, number | undefined]>([
    ['1', 1],
    ['84', 84],
    ['-3', -3],
    ['0', 0],
    [12, 12],
    ['0x54', undefined],
    ['1e0', undefined],
    [' 1', undefined],
    ['1 ', undefined],
    ['+1', undefined],
    ['01', undefined],
    ['1.0', undefined],
    ['-0', undefined],
    ['', undefined],
    ['Infinity', undefined],
    ['9'.repeat(17), undefined],
    [1.5, undefined],
    [NaN, undefined],
    [null, undefined],
    [[1], undefined],
  ])('%j → %j', (input, expected) => {
    expect(strictInt(input)).toBe(expected);
  });
});

describe('parseId', () => {
  it.each([
    ['1', 1],
    ['2147483647', 2 ** 31 - 1],
    [7, 7],
  ])('accepts %j', (input, expected) => {
    expect(parseId(input)).toBe(expected);
  });
  it.each(['0', '-1', '2147483648', '0x1', '1e0', ' 1', '+1', 'abc'])('refuses %j naming the parameter', (input) => {
    expect(() => parseId(input, 'planId')).toThrow(
      expect.objectContaining({ response: expect.objectContaining({ fields: [expect.objectContaining({ field: 'planId' })] }) }),
    );
  });
});

describe('strictDateTime', () => {
  it.each<[string, string | undefined]>([
    ['2026-02-28', '2026-02-28T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2026-03-02T09:30:00Z', '2026-03-02T09:30:00.000Z'],
    ['2026-03-02T09:30Z', '2026-03-02T09:30:00.000Z'],
    ['2026-03-02T09:30:00+08:00', '2026-03-02T01:30:00.000Z'],
    ['2026-03-02T09:30:00+0800', '2026-03-02T01:30:00.000Z'],
    ['2026-03-02T09:30:00.5Z', '2026-03-02T09:30:00.500Z'],
    ['2026-03-02T09:30:00.123456Z', '2026-03-02T09:30:00.123Z'],
    ['2026-02-30', undefined],
    ['2025-02-29', undefined],
    ['2026-04-31', undefined],
    ['2026-13-01', undefined],
    ['2026-00-10', undefined],
    ['2026-03-00', undefined],
    ['2026-03-02T24:00:00Z', undefined],
    ['2026-03-02T23:60:00Z', undefined],
    ['2026-03-02T23:59:60Z', undefined],
    ['2026-03-02T10:00:00+15:00', undefined],
    ['20260302', undefined],
    ['1', undefined],
    ['Tue Mar 03 2026', undefined],
    ['2026-W10', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(strictDateTime(input)?.toISOString()).toBe(expected);
  });

  it('reads a date-time without offset as local time, like new Date, with T or a space', () => {
    expect(strictDateTime('2026-03-02T09:30:00')?.getTime()).toBe(new Date('2026-03-02T09:30:00').getTime());
    expect(strictDateTime('2026-03-02 09:30')?.getTime()).toBe(new Date('2026-03-02T09:30:00').getTime());
  });

  it('refuses with a 400 naming the field', () => {
    expect(() => parseDateTime('2026-02-30', 'filter.at_gte')).toThrow(
      expect.objectContaining({
        response: expect.objectContaining({ statusCode: 400, fields: [expect.objectContaining({ field: 'filter.at_gte', code: 'isDateTime' })] }),
      }),
    );
  });
});

describe('jsonDepth', () => {
  it.each<[string, number]>([
    ['1', 0],
    ['{}', 1],
    ['[[]]', 2],
    ['{"a":[{"b":1}],"c":{}}', 3],
    ['{"a":"[[[{{{"}', 1],
    ['{"a":"\\"[[["}', 1],
    ['{"a":"\\\\"}', 1],
    ['["\\\\",["x"]]', 2],
    ['{"a":{"a":{"a":1}}}', 3],
  ])('%s → %i', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
    expect(jsonDepth(Buffer.from(text))).toBe(depth);
  });

  it('counts 100,000 levels without recursing and stops past the limit', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(jsonDepth(deep)).toBe(100_000);
    expect(jsonDepth(deep, 32)).toBe(33);
  });

  it('multi-byte UTF-8 characters never look like brackets', () => {
    expect(jsonDepth(Buffer.from('{"名":"字[{「」"}'))).toBe(1);
  });
});

describe('refuseDeepJson (body-parser verify)', () => {
  const verify = refuseDeepJson(32);
  const nested = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
  it('lets 32 levels through and refuses 33 with body_too_deep', () => {
    expect(() => verify(null, null, Buffer.from(nested(32)), 'utf-8')).not.toThrow();
    expect(() => verify(null, null, Buffer.from(nested(33)), 'utf-8')).toThrow(
      expect.objectContaining({ response: expect.objectContaining({ code: 'body_too_deep', statusCode: 400 }) }),
    );
  });
  it('decodes a declared UTF-16 body before counting', () => {
    // 字 is U+5B57: in UTF-16LE its second byte is "[" (0x5B), which a byte scan would count.
    const text = JSON.stringify({ a: '字'.repeat(40) });
    expect(() => verify(null, null, Buffer.from(text, 'utf16le'), 'utf-16le')).not.toThrow();
  });
});
