import { describe, expect, it } from '@jest/globals';
import { dailyCron, shanghaiDay, shanghaiDayBounds } from './digest.rules';

describe('dailyCron', () => {
  it.each([
    ['08:30', '30 8 * * *'],
    ['00:00', '0 0 * * *'],
    ['23:59', '59 23 * * *'],
  ])('%s → %s', (time, cron) => {
    expect(dailyCron(time)).toBe(cron);
  });
  it.each(['8:30', '24:00', '08:60', 'x'])('refuses %s', (time) => {
    expect(() => dailyCron(time)).toThrow('HH:MM');
  });
});

describe('shanghaiDay', () => {
  it.each([
    ['2026-11-21T15:59:59Z', '2026-11-21'], // 23:59:59 in Shanghai
    ['2026-11-21T16:00:00Z', '2026-11-22'], // midnight in Shanghai
    ['2026-11-21T00:30:00Z', '2026-11-21'], // 08:30 in Shanghai
  ])('%s → %s', (iso, day) => {
    expect(shanghaiDay(new Date(iso))).toBe(day);
  });

  it('bounds the Shanghai day', () => {
    const { start, end } = shanghaiDayBounds(new Date('2026-11-21T17:00:00Z'));
    expect(start.toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(end.toISOString()).toBe('2026-11-22T16:00:00.000Z');
  });
});
