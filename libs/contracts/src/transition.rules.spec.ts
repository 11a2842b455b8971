import { describe, expect, it } from '@jest/globals';
import type { Stage } from './stages';
import { checkStageFields, checkTransition, checkUndo, pausedFromAfter, UNDO_WINDOW_MS, unexpectedStageFields } from './transition.rules';

// Every from × to pair. `free`: allowed without a reason; `reason`: allowed only with one (the rule
// named is the refusal without it); anything else: the rule that always refuses.
type Expect = 'free' | { reason: string } | { never: string };
const R = (rule: string): Expect => ({ reason: rule });
const N = (rule: string): Expect => ({ never: rule });

const table: [Stage, Stage, Expect][] = [
  ['lead', 'lead', N('same_stage')],
  ['lead', 'contact', 'free'],
  ['lead', 'signed', R('reason_required_skip')],
  ['lead', 'landed', R('reason_required_skip')],
  ['lead', 'paused', R('reason_required_off_track')],
  ['lead', 'lost', R('reason_required_off_track')],

  ['contact', 'lead', R('reason_required_backward')],
  ['contact', 'contact', N('same_stage')],
  ['contact', 'signed', 'free'],
  ['contact', 'landed', R('reason_required_skip')],
  ['contact', 'paused', R('reason_required_off_track')],
  ['contact', 'lost', R('reason_required_off_track')],

  ['signed', 'lead', R('reason_required_backward')],
  ['signed', 'contact', R('reason_required_backward')],
  ['signed', 'signed', N('same_stage')],
  ['signed', 'landed', 'free'],
  ['signed', 'paused', R('reason_required_off_track')],
  ['signed', 'lost', R('reason_required_off_track')],

  ['landed', 'lead', N('landed_is_final')],
  ['landed', 'contact', N('landed_is_final')],
  ['landed', 'signed', N('landed_is_final')],
  ['landed', 'landed', N('same_stage')],
  ['landed', 'paused', N('landed_is_final')],
  ['landed', 'lost', N('landed_is_final')],

  // paused, having left `contact`
  ['paused', 'lead', N('resume_to_left_stage')],
  ['paused', 'contact', 'free'],
  ['paused', 'signed', N('resume_to_left_stage')],
  ['paused', 'landed', N('resume_to_left_stage')],
  ['paused', 'paused', N('same_stage')],
  ['paused', 'lost', R('reason_required_off_track')],

  ['lost', 'lead', R('reason_required_reopen')],
  ['lost', 'contact', N('lost_reopens_to_lead')],
  ['lost', 'signed', N('lost_reopens_to_lead')],
  ['lost', 'landed', N('lost_reopens_to_lead')],
  ['lost', 'paused', N('lost_reopens_to_lead')],
  ['lost', 'lost', N('same_stage')],
];

describe('checkTransition: every from × to pair', () => {
  it('covers all 36 pairs exactly once', () => {
    expect(new Set(table.map(([f, t]) => `${f}>${t}`)).size).toBe(36);
  });

  it.each(table)('%s → %s: %j', (from, to, exp) => {
    const pausedFromStage: Stage | null = from === 'paused' ? 'contact' : null;
    const without = checkTransition({ from, to, pausedFromStage });
    const withReason = checkTransition({ from, to, pausedFromStage, reason: '对方决策层变动' });
    if (exp === 'free') {
      expect(without).toEqual({ ok: true, needsReason: false });
      expect(withReason).toEqual({ ok: true, needsReason: false });
    } else if ('reason' in exp) {
      expect(without).toMatchObject({ ok: false, rule: exp.reason });
      expect(withReason).toEqual({ ok: true, needsReason: true });
    } else {
      expect(without).toMatchObject({ ok: false, rule: exp.never });
      expect(withReason).toMatchObject({ ok: false, rule: exp.never });
    }
    if (!without.ok) {
      expect(without.message).toMatch(/[a-z]/);
      expect(without.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('checkTransition: resuming a paused target', () => {
  it.each<[Stage | null, Stage, string | undefined, boolean | string]>([
    // left,    to,        reason,   allowed (true) or refusing rule
    ['lead', 'lead', undefined, true],
    ['signed', 'signed', undefined, true],
    ['signed', 'contact', '回退', 'resume_to_left_stage'],
    ['lead', 'contact', '跳过', 'resume_to_left_stage'],
    [null, 'contact', undefined, 'reason_required_resume'],
    [null, 'contact', '导入数据，原阶段未知', true],
    [null, 'landed', '导入数据', 'resume_to_left_stage'],
  ])('left %s, to %s, reason %s → %s', (left, to, reason, allowed) => {
    const v = checkTransition({ from: 'paused', to, reason, pausedFromStage: left });
    if (allowed === true) expect(v.ok).toBe(true);
    else expect(v).toMatchObject({ ok: false, rule: allowed });
  });

  it.each(['', '   ', null])('a blank reason %j counts as none', (reason) => {
    expect(checkTransition({ from: 'lead', to: 'lost', reason })).toMatchObject({ ok: false, rule: 'reason_required_off_track' });
  });
});

describe('pausedFromAfter', () => {
  it.each<[Stage, Stage, Stage | null]>([
    ['contact', 'paused', 'contact'],
    ['signed', 'paused', 'signed'],
    ['paused', 'contact', null],
    ['paused', 'lost', null],
    ['lead', 'contact', null],
  ])('%s → %s leaves pausedFromStage %s', (from, to, expected) => {
    expect(pausedFromAfter(from, to)).toBe(expected);
  });
});

describe('checkStageFields', () => {
  it.each<[Stage, Parameters<typeof checkStageFields>[1], string[], Stage | undefined]>([
    ['signed', { signedInvestment: 5000 }, [], undefined],
    ['signed', {}, ['signedInvestment'], undefined],
    ['signed', { signedInvestment: 0 }, ['signedInvestment'], undefined],
    ['signed', { signedInvestment: -1 }, ['signedInvestment'], undefined],
    ['landed', { carrierId: 3, area: 1200.5 }, [], undefined],
    ['landed', { carrierId: 3 }, ['area'], undefined],
    ['landed', { area: 10 }, ['carrierId'], undefined],
    ['landed', { carrierId: 3, area: 0 }, ['area'], undefined],
    ['landed', {}, ['carrierId', 'area'], undefined],
    ['contact', {}, [], undefined],
    ['paused', {}, [], undefined],
    // a jump to 落地 that skips 签约 records the signing figures too
    ['landed', { carrierId: 3, area: 10 }, ['signedInvestment'], 'lead'],
    ['landed', { carrierId: 3, area: 10 }, ['signedInvestment'], 'contact'],
    ['landed', { carrierId: 3, area: 10, signedInvestment: 3000 }, [], 'lead'],
    ['landed', { carrierId: 3, area: 10 }, [], 'signed'],
    ['landed', {}, ['signedInvestment', 'carrierId', 'area'], 'lead'],
  ])('%s with %j is missing %j (from %s)', (to, fields, missing, from) => {
    const problems = checkStageFields(to, fields, from);
    expect(problems.map((p) => p.field)).toEqual(missing);
    for (const p of problems) expect(p.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('unexpectedStageFields', () => {
  it.each<[Stage, Record<string, unknown>, string[]]>([
    ['signed', { signedInvestment: 1, signedJobs: 10 }, []],
    ['landed', { signedInvestment: 1, carrierId: 2, area: 3, landedOn: '2026-01-01' }, []],
    ['signed', { signedInvestment: 1, signedOn: '2026-11-30' }, []],
    ['contact', { signedOn: '2026-11-30' }, ['signedOn']],
    ['contact', { signedInvestment: 1 }, ['signedInvestment']],
    ['signed', { carrierId: 2, area: 3 }, ['carrierId', 'area']],
    ['paused', { landedOn: '2026-01-01', signedSpace: 5 }, ['signedSpace', 'landedOn']],
    ['lost', { carrierId: null, reason: 'x' }, []],
  ])('to %s with %j refuses %j', (to, sent, refused) => {
    expect(unexpectedStageFields(to, sent)).toEqual(refused);
  });
});

describe('checkUndo (撤销)', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const move = (fromStage: Stage | null, toStage: Stage, byUserId: number | null, msAgo: number) => ({ fromStage, toStage, byUserId, at: ago(msAgo) });
  // [case, to, current stage, latest change, caller, expected rule or 'ok']
  it.each<[string, Stage, Stage, ReturnType<typeof move> | null, number, string]>([
    ['back from signed to contact, 5 s later', 'contact', 'signed', move('contact', 'signed', 7, 5_000), 7, 'ok'],
    ['a loss taken back (lost → contact is otherwise refused)', 'contact', 'lost', move('contact', 'lost', 7, 5_000), 7, 'ok'],
    ['a landing taken back', 'signed', 'landed', move('signed', 'landed', 7, 5_000), 7, 'ok'],
    ['at the edge of the window', 'lead', 'contact', move('lead', 'contact', 7, UNDO_WINDOW_MS), 7, 'ok'],
    ['past the window', 'lead', 'contact', move('lead', 'contact', 7, UNDO_WINDOW_MS + 1), 7, 'undo_expired'],
    ['someone else’s move', 'lead', 'contact', move('lead', 'contact', 8, 5_000), 7, 'undo_not_yours'],
    ['to another stage than the one left', 'lead', 'signed', move('contact', 'signed', 7, 5_000), 7, 'undo_wrong_stage'],
    ['the creation cannot be undone', 'lead', 'lead', move(null, 'lead', 7, 5_000), 7, 'undo_nothing'],
    ['no history', 'lead', 'contact', null, 7, 'undo_nothing'],
    ['history out of step with the target', 'lead', 'signed', move('lead', 'contact', 7, 5_000), 7, 'undo_nothing'],
  ])('%s', (_, to, currentStage, last, userId, expected) => {
    const verdict = checkUndo({ to, currentStage, last, userId, now });
    expect(verdict.ok ? 'ok' : verdict.rule).toBe(expected);
  });
});
