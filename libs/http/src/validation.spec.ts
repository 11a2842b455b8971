import { describe, expect, it } from '@jest/globals';
import { reservedKeyPath } from './validation';

describe('reservedKeyPath', () => {
  it.each([
    [{ summary: 'x' }, undefined],
    [JSON.parse('{"summary":"x","constructor":1}'), 'constructor'],
    [JSON.parse('{"__proto__":{"admin":true}}'), '__proto__'],
    [JSON.parse('{"a":{"b":[{"prototype":1}]}}'), 'a.b.0.prototype'],
    ['plain string', undefined],
    [null, undefined],
    [[1, 2, 3], undefined],
  ])('%j → %p', (value, expected) => {
    expect(reservedKeyPath(value)).toBe(expected);
  });
});
