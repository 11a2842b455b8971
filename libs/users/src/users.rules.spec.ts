import { describe, expect, it } from '@jest/globals';
import { userChangeProblem, USER_RULE_MESSAGES } from './users.rules';

describe('userChangeProblem', () => {
  it.each([
    // actor, user, current role,   change,                                     expected rule
    [1, 1, 'admin', { active: false }, 'cannot_disable_self'],
    [1, 1, 'admin', { role: 'leader' }, 'cannot_demote_self'],
    [1, 1, 'admin', { role: 'admin', active: true }, undefined],
    [1, 2, 'admin', { active: false }, undefined], // another admin may be disabled
    [1, 2, 'promoter', { role: 'leader' }, undefined],
    [1, 2, 'promoter', { chainIds: [3] }, 'chains_only_for_chain_managers'],
    [1, 2, 'promoter', { role: 'chain_manager', chainIds: [3] }, undefined],
    [1, 2, 'chain_manager', { chainIds: [3, 4] }, undefined],
    [1, 2, 'chain_manager', { role: 'leader', chainIds: [3] }, 'chains_only_for_chain_managers'],
    [1, 2, 'leader', { chainIds: [] }, undefined], // clearing is always fine
  ] as const)('actor %i edits user %i (%s) with %j → %s', (actor, user, role, change, expected) => {
    expect(userChangeProblem(actor, user, role, { ...change, chainIds: 'chainIds' in change ? [...change.chainIds] : undefined })?.rule).toBe(expected);
  });

  it('has a message in both languages for every rule', () => {
    for (const [en, zh] of Object.values(USER_RULE_MESSAGES)) {
      expect(en).toMatch(/\w/);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
