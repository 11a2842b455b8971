import { describe, expect, it } from '@jest/globals';
import { closingState, escalationRecipients, followUpReminderPlan } from './follow-up.rules';

const now = new Date('2026-11-21T00:00:00Z');
const h = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
const show = (p: ReturnType<typeof followUpReminderPlan>) => p.map((r) => `${r.kind}@${(r.at.getTime() - now.getTime()) / 3_600_000}h`);

describe('followUpReminderPlan', () => {
  it.each([
    // due in, pre-due hours, grace hours → planned (hours from now)
    [48, 0, 24, ['due@48h', 'escalation@72h']], // no pre-due reminder configured
    [48, 24, 24, ['pre_due@24h', 'due@48h', 'escalation@72h']],
    [12, 24, 24, ['due@12h', 'escalation@36h']], // pre-due moment already passed: skipped
    [24, 24, 24, ['due@24h', 'escalation@48h']], // pre-due exactly now: skipped, the due one follows
    [2, 0, 0, ['due@2h', 'escalation@2h']], // grace 0 escalates at due time
    [-5, 0, 24, ['due@-5h', 'escalation@19h']], // set in the past: due at once, escalation still after the grace
  ])('due in %dh, pre %dh, grace %dh → %j', (dueIn, pre, grace, expected) => {
    expect(show(followUpReminderPlan(h(dueIn), now, { preDueHours: pre, escalationGraceHours: grace }))).toEqual(expected);
  });
});

describe('closingState', () => {
  it.each([
    [h(0), h(1), 'done'], // activity after the follow-up was set
    [h(1), h(0), 'cancelled'], // no activity since: moved or dropped
    [h(1), h(1), 'cancelled'], // the same moment is the change that set it, not later activity
  ])('created %s, last activity %s → %s', (created, activity, expected) => {
    expect(closingState(created, activity)).toBe(expected);
  });
});

describe('escalationRecipients', () => {
  it.each([
    [1, 2, [3, 4], [2, 3, 4]],
    [1, null, [3], [3]], // owner without a team leader
    [1, 2, [2], [2]], // leader who also manages the chain: once
    [1, 1, [1, 5], [5]], // the owner is never escalated to
    [1, null, [], []],
  ])('owner %d, leader %s, managers %j → %j', (owner, leader, managers, expected) => {
    expect(escalationRecipients(owner, leader, managers)).toEqual(expected);
  });
});
