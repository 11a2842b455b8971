import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { IsString, validate } from 'class-validator';
import { IsOptionalNotNull, Required } from './dto-fields';
import { boolFilter, containsPattern, intListFilter } from './resource.util';

describe('boolFilter', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    [true, true],
    ['true', true],
    [false, false],
    ['false', false],
  ])('%j → %j', (input, expected) => expect(boolFilter(input, 'x')).toBe(expected));

  it.each([['yes'], [1], [{}]])('refuses %j with 400', (input) => {
    expect(() => boolFilter(input, 'isLocal')).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('intListFilter', () => {
  it.each([
    [undefined, undefined],
    [3, [3]],
    ['7', [7]],
    [
      [1, '2'],
      [1, 2],
    ],
    [[], []],
  ])('%j → %j', (input, expected) => expect(intListFilter(input, 'id')).toEqual(expected));

  it.each([['abc'], [0], [[1, 'x']], [1.5], [2 ** 31], [{}]])('refuses %j', (input) => {
    expect(() => intListFilter(input, 'id')).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('honours a custom range (years)', () => {
    expect(intListFilter('2025', 'year', 1900, 2100)).toEqual([2025]);
    expect(() => intListFilter(3000, 'year', 1900, 2100)).toThrow();
  });
});

describe('containsPattern', () => {
  it.each([
    ['范式', '%范式%'],
    ['50%', '%50\\%%'],
    ['a_b', '%a\\_b%'],
    ['c\\d', '%c\\\\d%'],
  ])('%s → %s', (input, expected) => expect(containsPattern(input)).toBe(expected));
});

describe('IsOptionalNotNull and Required', () => {
  class Fields {
    @IsOptionalNotNull()
    @IsString()
    name?: string;
  }
  class Create extends Fields {
    @Required() override name: string;
  }
  const failing = async (cls: new () => object, body: object) => (await validate(plainToInstance(cls, body))).map((e) => e.property);

  it.each([
    // class,  body,            failing fields
    [Fields, {}, []],
    [Fields, { name: 'x' }, []],
    [Fields, { name: null }, ['name']], // present but null: refused
    [Fields, { name: 3 }, ['name']],
    [Create, {}, ['name']], // required in the subclass
    [Create, { name: null }, ['name']],
    [Create, { name: 'x' }, []],
  ] as const)('%p %j → %j', async (cls, body, expected) => {
    expect(await failing(cls, body)).toEqual(expected);
  });
});
