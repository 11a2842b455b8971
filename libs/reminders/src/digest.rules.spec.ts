import { describe, expect, it } from '@jest/globals';
import { dailyCron } from './digest.rules';

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
