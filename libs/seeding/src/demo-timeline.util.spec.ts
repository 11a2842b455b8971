import { describe, expect, it } from '@jest/globals';
import type { DemoStep } from '@seeds/demo/types';
import { DEMO_TARGETS } from '@seeds/demo/targets';
import { shanghaiDate } from '@crm/time';
import { buildTimeline, checkHistory, followUpAt, shanghaiDayAt } from './demo-timeline.util';

// 2026-11-21 21:05 UTC = 2026-11-22 05:05 in Shanghai
const NOW = new Date('2026-11-21T21:05:00Z');

describe('shanghaiDayAt', () => {
  it.each([
    // daysAgo, hour, expected UTC
    [0, 9, '2026-11-22T01:00:00.000Z'], // today 09:00 Shanghai (after now: callers use daysAgo ≥ 1)
    [1, 9, '2026-11-21T01:00:00.000Z'], // yesterday 09:00 +08:00
    [1, 15, '2026-11-21T07:00:00.000Z'],
    [30, 10, '2026-10-23T02:00:00.000Z'],
  ])('%s days ago at %s:00', (daysAgo, hour, expected) => {
    expect(shanghaiDayAt(NOW, daysAgo, hour).toISOString()).toBe(expected);
  });

  it('dates in Shanghai', () => {
    expect(shanghaiDate(NOW)).toBe('2026-11-22');
    expect(shanghaiDate(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21');
  });
});

describe('followUpAt: Shanghai office hours whenever the seed runs', () => {
  const shanghai = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  it.each([
    // now (UTC), in days, seed, due (Shanghai)
    ['2026-11-21T21:05:00Z', 1, 0, '2026-11-23 09:30'], // seeded 05:05 Shanghai
    ['2026-11-21T17:30:00Z', 1, 0, '2026-11-23 09:30'], // seeded 01:30 Shanghai (once due at 01:00)
    ['2026-11-21T17:30:00Z', -3, 3, '2026-11-19 14:00'],
    ['2026-11-22T03:10:00Z', 2, 6, '2026-11-24 16:00'], // seeded 11:10 Shanghai
    ['2026-11-22T00:00:00Z', -1, 8, '2026-11-21 09:30'], // midnight UTC = 08:00 Shanghai
    // later today: the next whole hour, not before 09:00, tomorrow 09:00 once the day is over
    ['2026-11-21T21:05:00Z', 0.5, 0, '2026-11-22 09:00'], // 05:05 → 09:00
    ['2026-11-22T03:10:00Z', 0.5, 0, '2026-11-22 12:00'], // 11:10 → 12:00
    ['2026-11-22T09:40:00Z', 0.5, 0, '2026-11-22 18:00'], // 17:40 → 18:00
    ['2026-11-22T10:10:00Z', 0.5, 0, '2026-11-23 09:00'], // 18:10 → tomorrow
  ])('seeded at %s, %s days, seed %s → %s', (now, days, seed, due) => {
    expect(shanghai(followUpAt(new Date(now), days, seed))).toBe(due);
  });

  it('every demo follow-up is due between 09:00 and 18:00 Shanghai, seeded at any hour', () => {
    for (let h = 0; h < 24; h++) {
      const now = new Date(Date.UTC(2026, 10, 21, h, 17));
      for (const [i, d] of DEMO_TARGETS.entries()) {
        // buildTimeline refuses a follow-up before its stage or a call after the seed
        buildTimeline({ firm: d.firm, chain: 'C', history: d.history, followUpInDays: d.followUpInDays, seed: i }, now);
        if (d.followUpInDays === undefined) continue;
        const hm = shanghai(followUpAt(now, d.followUpInDays, i)).slice(11);
        expect(hm >= '09:00' && hm <= '18:00').toBe(true);
      }
    }
  });
});

describe('checkHistory', () => {
  it.each<[string, DemoStep[], string | null]>([
    ['lead only', [['lead', 10]], null],
    [
      'forward one step at a time',
      [
        ['lead', 30],
        ['contact', 20],
        ['signed', 10],
        ['landed', 5],
      ],
      null,
    ],
    [
      'pause with reason and resume',
      [
        ['lead', 30],
        ['contact', 20],
        ['paused', 10, '暂缓'],
        ['contact', 5],
      ],
      null,
    ],
    [
      'lost with reason',
      [
        ['lead', 30],
        ['lost', 10, '流失'],
      ],
      null,
    ],
    [
      'skip with reason',
      [
        ['lead', 30],
        ['signed', 10, '直接签约'],
      ],
      null,
    ],
    ['must start with lead', [['contact', 10]], 'starts with lead'],
    ['empty', [], 'starts with lead'],
    [
      'time must move forward',
      [
        ['lead', 10],
        ['contact', 12],
      ],
      'forward in time',
    ],
    [
      'not on the seed day',
      [
        ['lead', 10],
        ['contact', 0],
      ],
      'at least one day',
    ],
    [
      'skip needs reason',
      [
        ['lead', 30],
        ['signed', 10],
      ],
      'needs a reason',
    ],
    [
      'pause needs reason',
      [
        ['lead', 30],
        ['paused', 10],
      ],
      'needs a reason',
    ],
    [
      'backwards',
      [
        ['lead', 30],
        ['contact', 20],
        ['lead', 10],
      ],
      'cannot go',
    ],
    [
      'nothing after landed',
      [
        ['lead', 30],
        ['contact', 20],
        ['signed', 15],
        ['landed', 10],
        ['lost', 5, 'x'],
      ],
      'cannot go',
    ],
    [
      'resume to another stage',
      [
        ['lead', 30],
        ['contact', 20],
        ['paused', 10, 'x'],
        ['signed', 5],
      ],
      'resumes to the stage it left',
    ],
  ])('%s', (_, history, error) => {
    if (error === null) expect(() => checkHistory(history)).not.toThrow();
    else expect(() => checkHistory(history)).toThrow(error);
  });
});

describe('buildTimeline', () => {
  it('writes the stage history from null → lead, a log after each change and the follow-up call', () => {
    const t = buildTimeline(
      {
        firm: '第四范式',
        chain: '金融科技',
        history: [
          ['lead', 100],
          ['contact', 60],
          ['signed', 10],
        ],
        followUpInDays: -2,
        seed: 1,
      },
      NOW,
    );
    expect(t.changes.map((c) => [c.fromStage, c.toStage])).toEqual([
      [null, 'lead'],
      ['lead', 'contact'],
      ['contact', 'signed'],
    ]);
    // seed 1 → 10:00 Shanghai = 02:00 UTC; 10 days before 2026-11-22 is 2026-11-12
    expect(t.stageEnteredAt.toISOString()).toBe('2026-11-12T02:00:00.000Z');
    expect(t.signedAt).toEqual(t.stageEnteredAt);
    expect(t.createdAt.toISOString()).toBe('2026-08-14T02:00:00.000Z');
    expect(t.stage).toBe('signed');
    // follow-up: 2 days before the seed's Shanghai day (2026-11-22) at seed 1's office time, 10:00 +08:00
    expect(t.nextFollowUpAt?.toISOString()).toBe('2026-11-20T02:00:00.000Z');
    expect(t.logs).toHaveLength(4);
    expect(t.logs[0].summary).toBe('（演示数据）首次电话接洽第四范式，介绍金融科技产业政策与可用载体');
    expect(t.logs.every((l) => l.summary.startsWith('（演示数据）'))).toBe(true);
    const call = t.logs[3];
    expect(call.nextFollowUpAt).toEqual(t.nextFollowUpAt);
    expect(call.at.getTime()).toBeLessThan(t.nextFollowUpAt!.getTime());
    expect(call.at.getTime()).toBeGreaterThan(t.stageEnteredAt.getTime());
    expect(t.lastActivityAt).toEqual(call.at);
    expect(t.landedOn).toBeNull();
  });

  it('lands on the Shanghai day of the landed step and remembers where a paused target was', () => {
    const landed = buildTimeline(
      {
        firm: 'A',
        chain: 'C',
        history: [
          ['lead', 40],
          ['contact', 30],
          ['signed', 20],
          ['landed', 3],
        ],
        carrier: '通远大厦',
        seed: 6,
      },
      NOW,
    );
    expect(landed.landedOn).toBe('2026-11-19');
    expect(landed.logs[3].summary).toContain('通远大厦');
    expect(landed.nextFollowUpAt).toBeNull();

    const paused = buildTimeline(
      {
        firm: 'B',
        chain: 'C',
        history: [
          ['lead', 40],
          ['contact', 30],
          ['paused', 5, '暂缓'],
        ],
        seed: 0,
      },
      NOW,
    );
    expect(paused.pausedFromStage).toBe('contact');
    expect(paused.changes[2].reason).toBe('暂缓');
  });

  it.each([
    [
      'a follow-up on a closed target',
      {
        history: [
          ['lead', 40],
          ['lost', 5, 'x'],
        ] as DemoStep[],
        followUpInDays: 2,
      },
      'only open targets',
    ],
    ['an overdue follow-up older than the stage', { history: [['lead', 3]] as DemoStep[], followUpInDays: -4 }, 'before the stage was entered'],
  ])('refuses %s', (_, extra, error) => {
    expect(() => buildTimeline({ firm: 'X', chain: 'C', seed: 0, ...extra }, NOW)).toThrow(error);
  });

  it('accepts every demo target in seeds/demo, all within the last 120 days', () => {
    for (const [i, d] of DEMO_TARGETS.entries()) {
      const t = buildTimeline({ firm: d.firm, chain: 'C', history: d.history, followUpInDays: d.followUpInDays, carrier: d.landing?.carrier, seed: i }, NOW);
      expect(NOW.getTime() - t.createdAt.getTime()).toBeLessThanOrEqual(120 * 86_400_000);
      expect(t.lastActivityAt.getTime()).toBeLessThan(NOW.getTime());
      expect(Boolean(d.landing)).toBe(t.stage === 'landed');
      expect(Boolean(d.signed)).toBe(t.stage === 'signed' || t.stage === 'landed');
    }
  });
});
