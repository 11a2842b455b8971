import { describe, expect, it } from '@jest/globals';
import { fieldChanges } from './auditModel';

describe('fieldChanges', () => {
  it.each([
    ['a changed field', { stage: ['lead', 'contact'] }, [{ field: 'stage', from: 'lead', to: 'contact' }]],
    ['version and timestamps are left out', { version: [1, 2], updatedAt: ['a', 'b'], name: ['甲', '乙'] }, [{ field: 'name', from: '甲', to: '乙' }]],
    ['nothing to nothing is left out', { notes: [null, ''], aliases: [null, []] }, []],
    ['empty values read —', { notes: [null, '新'] }, [{ field: 'notes', from: '—', to: '新' }]],
    ['booleans read 是/否, demo left out', { isLocal: [null, false], demo: [null, true] }, [{ field: 'isLocal', from: '—', to: '否' }]],
    ['lists are joined', { tags: [['上市'], ['上市', '龙头']] }, [{ field: 'tags', from: '上市', to: '上市、龙头' }]],
    ['a secret stays masked', { passwordHash: ['***', '***'] }, [{ field: 'passwordHash', from: '***', to: '***' }]],
    ['nothing recorded', null, []],
  ])('%s', (_case, changes, expected) => {
    expect(fieldChanges(changes as never)).toEqual(expected);
  });
});
