import { describe, expect, it } from '@jest/globals';
import { shanghaiDate } from './shanghai-date.util';

describe('shanghaiDate', () => {
  it.each([
    ['2026-03-01T15:59:59Z', '2026-03-01'], // 23:59:59 in Shanghai
    ['2026-03-01T16:00:00Z', '2026-03-02'], // midnight in Shanghai (UTC+8)
    ['2026-12-31T16:30:00Z', '2027-01-01'],
    ['2026-06-15T00:00:00Z', '2026-06-15'],
  ])('%s is %s in Shanghai', (utc, expected) => {
    expect(shanghaiDate(new Date(utc))).toBe(expected);
  });
});
