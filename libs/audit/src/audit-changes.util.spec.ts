import { describe, expect, it } from '@jest/globals';
import { diffChanges, formatEntityId, isAudited, normalize } from './audit-changes.util';

describe('diffChanges', () => {
  const fields = ['name', 'stage', 'updatedAt', 'version', 'passwordHash', 'at', 'tags', 'notes'];
  it.each([
    ['insert lists every set field with old = null', null, { name: 'A', stage: 'lead', notes: null }, { name: [null, 'A'], stage: [null, 'lead'] }],
    ['delete lists every field with new = null', { name: 'A', stage: 'lead' }, null, { name: ['A', null], stage: ['lead', null] }],
    ['update lists only changed fields', { name: 'A', stage: 'lead' }, { name: 'A', stage: 'contact' }, { stage: ['lead', 'contact'] }],
    ['partial update ignores fields it did not send', { name: 'A', stage: 'lead' }, { stage: 'lead' }, {}],
    ['bookkeeping columns are skipped', { updatedAt: new Date(1), version: 1 }, { updatedAt: new Date(2), version: 2 }, {}],
    ['secrets are masked', { passwordHash: 'x' }, { passwordHash: 'y' }, { passwordHash: ['***', '***'] }],
    ['secret set from null shows null → ***', null, { passwordHash: 'y' }, { passwordHash: [null, '***'] }],
    ['equal dates are not a change', { at: new Date('2025-01-01T00:00:00Z') }, { at: new Date('2025-01-01T00:00:00.000Z') }, {}],
    [
      'dates become ISO text',
      { at: new Date('2025-01-01T00:00:00Z') },
      { at: new Date('2025-01-02T00:00:00Z') },
      { at: ['2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z'] },
    ],
    ['arrays compare by value', { tags: ['a', 'b'] }, { tags: ['a', 'b'] }, {}],
    ['array change', { tags: ['a'] }, { tags: ['a', 'b'] }, { tags: [['a'], ['a', 'b']] }],
    ['undefined and null are the same', { notes: undefined }, { notes: null }, {}],
  ])('%s', (_name, before, after, expected) => {
    expect(diffChanges(before as never, after as never, fields)).toEqual(expected);
  });
});

describe('formatEntityId', () => {
  it.each([
    [{ id: 42 }, '42'],
    [{ chainId: 3, userId: 7 }, 'chainId=3,userId=7'],
    [{ id: undefined }, null],
    [undefined, null],
    [{}, null],
  ])('%j → %j', (ids, expected) => {
    expect(formatEntityId(ids as never)).toBe(expected);
  });
});

describe('isAudited', () => {
  it.each([
    ['target', true],
    ['contact_log', true],
    ['stage_change', true],
    ['audit_log', false],
    ['notification', false],
    ['notification_delivery', false],
    ['worker_heartbeat', false],
    ['reminder', false],
    ['reminder_rule', true],
    ['follow_up', true],
  ])('%s → %s', (table, expected) => expect(isAudited(table)).toBe(expected));
});

describe('normalize', () => {
  it.each([
    [undefined, null],
    [new Date('invalid'), null],
    [Number.NaN, null],
    [BigInt(5), '5'],
    [{ a: new Date(0) }, { a: '1970-01-01T00:00:00.000Z' }],
  ])('%p → %p', (v, expected) => expect(normalize(v)).toEqual(expected));
});
