import { describe, expect, it } from '@jest/globals';
import { mergeTimeline, TimelineRegistry, type TimelineEntry } from './timeline';

const e = (kind: string, id: number, at: string): TimelineEntry => ({ kind, id, at: new Date(`2026-05-${at}Z`) });

describe('mergeTimeline', () => {
  it.each<[string, TimelineEntry[][], number, string[]]>([
    ['empty', [[], []], 10, []],
    [
      'interleaves sources newest first',
      [
        [e('stage_change', 1, '01T00:00:00'), e('stage_change', 2, '03T00:00:00')],
        [e('contact_log', 7, '02T00:00:00'), e('contact_log', 8, '04T00:00:00')],
      ],
      10,
      ['contact_log:8', 'stage_change:2', 'contact_log:7', 'stage_change:1'],
    ],
    [
      'same time: by kind then id, descending (stable paging)',
      [[e('stage_change', 2, '01T00:00:00'), e('stage_change', 10, '01T00:00:00')], [e('contact_log', 3, '01T00:00:00')], [e('reminder', 1, '01T00:00:00')]],
      10,
      ['stage_change:10', 'stage_change:2', 'reminder:1', 'contact_log:3'],
    ],
    ['keeps only the limit', [[e('a', 1, '01T00:00:00'), e('a', 2, '02T00:00:00'), e('a', 3, '03T00:00:00')]], 2, ['a:3', 'a:2']],
  ])('%s', (_, lists, limit, expected) => {
    expect(mergeTimeline(lists, limit).map((x) => `${x.kind}:${x.id}`)).toEqual(expected);
  });
});

describe('TimelineRegistry', () => {
  it('refuses a second source of the same kind', () => {
    const r = new TimelineRegistry();
    const source = { kind: 'reminder', entries: async () => [] };
    r.register(source);
    expect(() => r.register(source)).toThrow(/reminder/);
    expect(r.list()).toHaveLength(1);
  });
});
