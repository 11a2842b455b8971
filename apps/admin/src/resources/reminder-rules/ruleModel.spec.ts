import { describe, expect, it } from '@jest/globals';
import { rulePath } from './ruleModel';

describe('rulePath(id)', () => {
  it.each([
    ['defaults', '/reminder-rules/defaults'],
    ['plan-12', '/reminder-rules/plans/12'],
  ])('%s → %s', (id, path) => {
    expect(rulePath(id)).toBe(path);
  });

  it.each(['12', 'plan-', 'plan-1/2', 'plans/3'])('refuses %s', (id) => {
    expect(() => rulePath(id)).toThrow('not a reminder rule id');
  });
});
