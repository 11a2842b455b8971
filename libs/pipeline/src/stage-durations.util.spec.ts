import { describe, expect, it } from '@jest/globals';
import type { Stage } from './stage';
import { stageDurations } from './stage-durations.util';

const t = (iso: string) => new Date(`2026-03-${iso}Z`);
const h = (...entries: [Stage, string][]) => entries.map(([toStage, at]) => ({ toStage, at: t(at) }));
const zero = { lead: 0, contact: 0, signed: 0, landed: 0, paused: 0, lost: 0 };
const DAY = 86400;

describe('stageDurations', () => {
  it.each<[string, ReturnType<typeof h>, string, Partial<typeof zero>]>([
    ['no history', [], '10T00:00:00', {}],
    ['only created, still a lead', h(['lead', '01T00:00:00']), '03T00:00:00', { lead: 2 * DAY }],
    [
      'walks lead → contact → signed → landed',
      h(['lead', '01T00:00:00'], ['contact', '02T00:00:00'], ['signed', '05T00:00:00'], ['landed', '06T12:00:00']),
      '10T00:00:00',
      // lead 1 day, contact 3 days, signed 1.5 days, landed 3.5 days up to now
      { lead: DAY, contact: 3 * DAY, signed: 1.5 * DAY, landed: 3.5 * DAY },
    ],
    [
      'paused and resumed: contact counts both stays',
      h(['lead', '01T00:00:00'], ['contact', '02T00:00:00'], ['paused', '03T00:00:00'], ['contact', '07T00:00:00']),
      '08T00:00:00',
      // contact 1 + 1 days, paused 4 days
      { lead: DAY, contact: 2 * DAY, paused: 4 * DAY },
    ],
    ['order of input does not matter', h(['contact', '02T00:00:00'], ['lead', '01T00:00:00']), '02T00:01:00', { lead: DAY, contact: 60 }],
    ['now before the last entry (clock skew) gives 0, not negative', h(['lead', '02T00:00:00']), '01T00:00:00', {}],
    ['sub-second stays round down', h(['lead', '01T00:00:00.000'], ['contact', '01T00:00:00.900']), '01T00:00:01.900', { contact: 1 }],
  ])('%s', (_, history, now, expected) => {
    expect(stageDurations(history, t(now))).toEqual({ ...zero, ...expected });
  });
});
