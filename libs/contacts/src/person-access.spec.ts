import { describe, expect, it } from '@jest/globals';
import type { UserContext } from '@crm/access';
import type { AuthUser, Role } from '@crm/auth';
import { canAddPerson, canEditPerson, canSeePersonalData, ERASED, maskPerson, personForExport, redactChanges } from './person-access';

const user = (role: Role, id = 1, teamId: number | null = 10): AuthUser => ({ id, username: `u${id}`, role, teamId });
const ctx = (u: AuthUser, managedChainIds: number[] = []): UserContext => ({ user: u, managedChainIds });
// the firm is pursued by promoter 1 (team 10) in chain 100, unless the row says otherwise
const ownTeam = [{ ownerId: 2, ownerTeamId: 10, chainId: 100 }];
const otherTeam = [{ ownerId: 3, ownerTeamId: 20, chainId: 200 }];
const nobody: never[] = [];
const stranger = { knownById: null };
const knownByMe = { knownById: 1 };

describe('who sees a contact person’s phone, e-mail, WeChat and notes, and who maintains them', () => {
  it.each([
    // who,                                      ctx,                                   person,     firm targets, see,   edit
    ['admin, firm of another team', ctx(user('admin', 1, null)), stranger, otherTeam, true, true],
    ['promoter, firm pursued by own team', ctx(user('promoter')), stranger, ownTeam, true, true],
    ['promoter, firm pursued by another team', ctx(user('promoter')), stranger, otherTeam, false, false],
    ['promoter, another team’s firm, but knows the person', ctx(user('promoter')), knownByMe, otherTeam, true, true],
    ['promoter, firm nobody pursues', ctx(user('promoter')), stranger, nobody, false, false],
    ['promoter without team, teammate’s firm', ctx(user('promoter', 1, null)), stranger, ownTeam, false, false],
    ['chain manager, target in a managed chain', ctx(user('chain_manager', 1, null), [100]), stranger, ownTeam, true, true],
    ['chain manager, target in another chain', ctx(user('chain_manager', 1, null), [100]), stranger, otherTeam, false, false],
    ['leader, any firm', ctx(user('leader')), stranger, ownTeam, false, false],
    ['leader who knows the person (sees, edits never)', ctx(user('leader')), knownByMe, ownTeam, true, false],
  ])('%s', (_, c, person, targets, see, edit) => {
    expect(canSeePersonalData(c, person, targets)).toBe(see);
    expect(canEditPerson(c, person, targets)).toBe(edit);
  });

  it.each([
    ['admin', ctx(user('admin')), otherTeam, true],
    ['promoter, own team’s firm', ctx(user('promoter')), ownTeam, true],
    ['promoter, firm nobody pursues yet', ctx(user('promoter')), nobody, true],
    ['promoter, another team holds the firm (首报首谈)', ctx(user('promoter')), otherTeam, false],
    ['chain manager, own chain', ctx(user('chain_manager'), [100]), ownTeam, true],
    ['chain manager, other chain', ctx(user('chain_manager'), [100]), otherTeam, false],
    ['leader', ctx(user('leader')), nobody, false],
  ])('adding a person: %s', (_, c, targets, expected) => {
    expect(canAddPerson(c, targets)).toBe(expected);
  });

  const person = { name: '王总', title: '区域总经理', phone: '13800000000', email: 'w@example.com', wechat: 'wang', notes: '喜欢喝茶' };
  it.each([
    ['visible', true, person],
    ['hidden', false, { ...person, phone: null, email: null, wechat: null, notes: null }],
  ])('masks personal data when %s', (_, visible, expected) => {
    expect(maskPerson(person, visible)).toEqual({ ...expected, personalDataVisible: visible });
  });

  it.each([
    ['admin', 'admin', person],
    ['leader', 'leader', { name: '王总', title: '区域总经理' }],
    ['promoter', 'promoter', { name: '王总', title: '区域总经理' }],
    ['chain manager', 'chain_manager', { name: '王总', title: '区域总经理' }],
  ] as const)('export field filter: %s', (_, role, expected) => {
    expect(personForExport({ ...person, personalDataVisible: true }, { role })).toEqual(expected);
  });

  it.each([
    ['insert', { name: [null, '王总'], phone: [null, '13800000000'], firmId: [null, 7] }, { name: [null, ERASED], phone: [null, ERASED], firmId: [null, 7] }],
    ['update', { phone: ['13800000000', '13900000000'] }, { phone: [ERASED, ERASED] }],
    ['cleared field', { wechat: ['wang', null] }, { wechat: [ERASED, null] }],
    ['bookkeeping only', { knownById: [1, 2] }, { knownById: [1, 2] }],
  ])('redacts audit values: %s', (_, changes, expected) => {
    expect(redactChanges(changes as never)).toEqual(expected);
  });
});
