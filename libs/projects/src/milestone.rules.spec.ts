import { describe, expect, it } from '@jest/globals';
import { milestoneLight, milestoneProblem, milestoneReminderPlan, type MilestoneDates } from './milestone.rules';

const project = (dates: [string | null, string | null][]): MilestoneDates[] =>
  (['registered', 'settled', 'producing', 'full_output'] as const).map((kind, i) => ({
    kind,
    plannedOn: dates[i]?.[0] ?? null,
    actualOn: dates[i]?.[1] ?? null,
  }));

describe('milestoneProblem', () => {
  const today = '2026-06-30';
  it.each([
    ['no dates at all', project([]), 'registered', null],
    [
      'actual dates in order',
      project([
        [null, '2026-01-10'],
        [null, '2026-02-01'],
        [null, '2026-05-01'],
      ]),
      'producing',
      null,
    ],
    [
      'same day as the previous milestone',
      project([
        [null, '2026-01-10'],
        [null, '2026-01-10'],
      ]),
      'settled',
      null,
    ],
    [
      'an earlier milestone not recorded yet (落地 before 工商注册 is entered)',
      project([
        [null, null],
        [null, '2026-02-01'],
      ]),
      'settled',
      null,
    ],
    [
      'actual before the previous milestone',
      project([
        [null, '2026-03-01'],
        [null, '2026-02-01'],
      ]),
      'settled',
      'actual_before_previous',
    ],
    [
      'actual before a milestone two back',
      project([
        [null, '2026-03-01'],
        [null, null],
        [null, '2026-02-01'],
      ]),
      'producing',
      'actual_before_previous',
    ],
    [
      'actual after the next milestone',
      project([
        [null, '2026-04-01'],
        [null, '2026-02-01'],
      ]),
      'registered',
      'actual_after_next',
    ],
    ['actual in the future', project([[null, '2026-07-01']]), 'registered', 'actual_in_future'],
    ['actual today', project([[null, today]]), 'registered', null],
    [
      'planned before the previous planned',
      project([
        ['2026-05-01', null],
        ['2026-04-01', null],
      ]),
      'settled',
      'planned_before_previous',
    ],
    [
      'planned after the next planned',
      project([
        ['2026-05-01', null],
        ['2026-04-01', null],
      ]),
      'registered',
      'planned_after_next',
    ],
    ['planned in the future is fine', project([['2027-05-01', null]]), 'registered', null],
  ] as const)('%s', (_, milestones, kind, rule) => {
    expect(milestoneProblem(milestones, kind, today)?.rule ?? null).toBe(rule);
  });

  it('names the field and both dates', () => {
    const p = milestoneProblem(
      project([
        [null, '2026-03-01'],
        [null, '2026-02-01'],
      ]),
      'settled',
      today,
    )!;
    expect(p.field).toBe('actualOn');
    expect(p.messageZh).toBe('入驻/开工的实际日期 2026-02-01 早于上一节点「工商注册」的实际日期 2026-03-01');
  });
});

describe('milestoneLight', () => {
  const t = { yellowDays: 1, redDays: 15 };
  it.each([
    ['reached', { plannedOn: '2026-06-01', actualOn: '2026-06-10' }, 'done', 9],
    ['reached early', { plannedOn: '2026-06-01', actualOn: '2026-05-20' }, 'done', 0],
    ['no planned date', { plannedOn: null, actualOn: null }, 'unplanned', 0],
    ['planned today', { plannedOn: '2026-06-30', actualOn: null }, 'green', 0],
    ['planned in the future', { plannedOn: '2026-07-30', actualOn: null }, 'green', 0],
    ['1 day late', { plannedOn: '2026-06-29', actualOn: null }, 'yellow', 1],
    ['14 days late', { plannedOn: '2026-06-16', actualOn: null }, 'yellow', 14],
    ['15 days late', { plannedOn: '2026-06-15', actualOn: null }, 'red', 15],
  ] as const)('%s', (_, m, light, daysLate) => {
    expect(milestoneLight(m, '2026-06-30', t)).toEqual({ light, daysLate });
  });
});

describe('milestoneReminderPlan', () => {
  const t = { yellowDays: 1, redDays: 15 };
  it.each([
    // planned 2026-06-01: yellow 2026-06-02 09:00 Shanghai = 01:00 UTC, red 2026-06-16 01:00 UTC
    [
      'both ahead',
      '2026-06-01',
      '2026-05-01T00:00:00Z',
      [
        ['milestone_yellow', '2026-06-02T01:00:00.000Z'],
        ['milestone_red', '2026-06-16T01:00:00.000Z'],
      ],
    ],
    [
      'yellow already due, red ahead: both (yellow goes out at once)',
      '2026-06-01',
      '2026-06-05T00:00:00Z',
      [
        ['milestone_yellow', '2026-06-02T01:00:00.000Z'],
        ['milestone_red', '2026-06-16T01:00:00.000Z'],
      ],
    ],
    ['red already due: only red', '2026-06-01', '2026-06-16T01:00:00Z', [['milestone_red', '2026-06-16T01:00:00.000Z']]],
    [
      'month end rolls over',
      '2026-01-31',
      '2026-01-01T00:00:00Z',
      [
        ['milestone_yellow', '2026-02-01T01:00:00.000Z'],
        ['milestone_red', '2026-02-15T01:00:00.000Z'],
      ],
    ],
  ] as const)('%s', (_, planned, now, expected) => {
    expect(milestoneReminderPlan(planned, new Date(now), t).map((r) => [r.kind, r.at.toISOString()])).toEqual(expected);
  });
});
