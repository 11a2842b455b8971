import { describe, expect, it } from '@jest/globals';
import { can, isReadOnly } from './permissions';

describe('can(role, action, resource)', () => {
  it.each([
    // admin: everything
    ['admin', 'delete', 'users', true],
    ['admin', 'create', 'chains', true],
    ['admin', 'transition', 'targets', true],
    // leader: reads all, writes nothing
    ['leader', 'list', 'targets', true],
    ['leader', 'show', 'users', true],
    ['leader', 'export', 'targets', true],
    ['leader', 'create', 'targets', false],
    ['leader', 'edit', 'targets', false],
    ['leader', 'delete', 'contact-logs', false],
    ['leader', 'edit', 'chains', false],
    ['leader', 'transition', 'pipeline', false],
    ['leader', 'create', 'users', false],
    // promoter: own pipeline work, no admin screens
    ['promoter', 'list', 'users', false],
    ['promoter', 'list', 'teams', false],
    ['promoter', 'create', 'targets', true],
    ['promoter', 'delete', 'targets', false],
    ['promoter', 'create', 'contact-logs', true],
    ['promoter', 'create', 'firms', true],
    ['promoter', 'delete', 'firms', false],
    ['promoter', 'edit', 'chains', false],
    ['promoter', 'edit', 'kpi-targets', false],
    ['promoter', 'transition', 'pipeline', true],
    ['promoter', 'list', 'chain-map', true],
    // chain manager: the chain map and KPI targets, but chains are created by admins
    ['chain_manager', 'edit', 'chains', true],
    ['chain_manager', 'create', 'chains', false],
    ['chain_manager', 'delete', 'chain-links', true],
    ['chain_manager', 'edit', 'kpi-targets', true],
    ['chain_manager', 'edit', 'carriers', false],
    ['chain_manager', 'list', 'users', false],
    // reminder monitoring and rules: admins only
    ['admin', 'list', 'reminders', true],
    ['admin', 'edit', 'reminder-rules', true],
    ['leader', 'list', 'reminders', false],
    ['leader', 'list', 'reminder-rules', false],
    ['promoter', 'list', 'reminders', false],
    ['promoter', 'show', 'reminders', false],
    ['chain_manager', 'list', 'reminder-rules', false],
    // unknown role or resource: nothing
    [undefined, 'list', 'targets', false],
    ['promoter', 'list', 'no-such-resource', false],
  ])('%s %s %s → %s', (role, action, resource, expected) => {
    expect(can(role as never, action as string, resource as string)).toBe(expected);
  });

  it.each([
    ['leader', true],
    ['promoter', false],
    ['admin', false],
    [null, true],
  ])('isReadOnly(%s) = %s', (role, expected) => {
    expect(isReadOnly(role as never)).toBe(expected);
  });
});
