import { describe, expect, it } from '@jest/globals';
import { canonical, changedFields } from './seed-refresh';

describe('canonical', () => {
  it.each([
    // a, b, equal?
    [{ document: 'd', section: 's' }, { section: 's', document: 'd' }, true], // jsonb reorders keys
    [{ document: 'd', section: 's', quote: undefined }, { document: 'd', section: 's' }, false], // a missing key is not a null one…
    [null, undefined, true], // …but an absent value reads as null
    [['龙头'], ['龙头'], true],
    [['a', 'b'], ['b', 'a'], false], // array order matters
    [8.7, 8.7, true],
    [{ value: 500, unit: '亿元', year: 2027 }, { year: 2027, unit: '亿元', value: 500 }, true],
    [{ value: 500 }, { value: 501 }, false],
  ])('%j vs %j', (a, b, equal) => {
    expect(canonical(a) === canonical(b)).toBe(equal);
  });
});

describe('changedFields', () => {
  it('keeps only what differs', () => {
    const row = { id: 1, name: 'CAD', action: '强链', notes: null as string | null, source: { section: 's', document: 'd' } };
    expect(changedFields(row, { name: 'CAD', action: '补链', notes: null, source: { document: 'd', section: 's' } })).toEqual({ action: '补链' });
    expect(changedFields(row, { name: 'CAD' })).toEqual({});
  });
});
