import { describe, expect, it } from '@jest/globals';
import { canonicalJson, IDEMPOTENCY_KEY_PATTERN, isExpired, requestHash } from './idempotency.rules';

describe('canonicalJson', () => {
  it.each([
    ['key order does not matter', { b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } }, '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}'],
    ['undefined members are left out', { a: undefined, b: 'x' }, '{"b":"x"}'],
    ['dates as ISO strings', { at: new Date('2026-03-01T00:00:00Z') }, '{"at":"2026-03-01T00:00:00.000Z"}'],
    ['strings escaped', { s: '走访"总部"' }, '{"s":"走访\\"总部\\""}'],
    ['scalars', 5, '5'],
  ])('%s', (_, value, json) => {
    expect(canonicalJson(value)).toBe(json);
  });
});

describe('requestHash', () => {
  it.each([
    ['same scope, same body in another order → same hash', ['a', { x: 1, y: 2 }], ['a', { y: 2, x: 1 }], true],
    ['another body → another hash', ['a', { x: 1 }], ['a', { x: 2 }], false],
    ['another scope → another hash', ['target.transition:1', { x: 1 }], ['target.transition:2', { x: 1 }], false],
  ] as const)('%s', (_, [s1, b1], [s2, b2], same) => {
    expect(requestHash(s1, b1) === requestHash(s2, b2)).toBe(same);
  });
});

describe('isExpired', () => {
  const created = new Date('2026-03-01T00:00:00Z');
  it.each([
    ['just used', '2026-03-01T00:00:00Z', false],
    ['23 h 59 min later', '2026-03-01T23:59:00Z', false],
    ['exactly 24 h later', '2026-03-02T00:00:00Z', true],
    ['two days later', '2026-03-03T00:00:00Z', true],
  ])('%s → %s', (_, now, expired) => {
    expect(isExpired(created, new Date(now))).toBe(expired);
  });
});

describe('IDEMPOTENCY_KEY_PATTERN', () => {
  it.each([
    ['a UUID', '3f2b8c1e-5d4a-4f7b-9c2e-1a2b3c4d5e6f', true],
    ['short', 'abc', false],
    ['spaces', 'not a key at all', false],
    ['Chinese', '幂等键幂等键幂等键', false],
    ['129 characters', 'a'.repeat(129), false],
  ])('%s → %s', (_, key, ok) => {
    expect(IDEMPOTENCY_KEY_PATTERN.test(key)).toBe(ok);
  });
});
