import { describe, expect, it } from '@jest/globals';
import { digestHasNews, digestText, followUpText, shanghaiTime, staleText } from './reminder-messages';

const facts = { targetId: 7, firmName: '山大华天', stage: 'contact' as const, ownerName: '张专员' };

describe('reminder messages', () => {
  it('shows times in Asia/Shanghai', () => {
    expect(shanghaiTime(new Date('2026-11-21T00:30:00Z'))).toBe('2026/11/21 08:30');
  });

  it.each([
    ['pre_due', '跟进提醒：山大华天', '将于 2026/11/21 08:30 到期'],
    ['due', '跟进到期：山大华天', '已于 2026/11/21 08:30 到期'],
    ['escalation', '跟进逾期：山大华天', '张专员 负责的山大华天（接洽）跟进已逾期'],
  ] as const)('%s', (kind, title, bodyPart) => {
    const text = followUpText(kind, facts, new Date('2026-11-21T00:30:00Z'));
    expect(text.title).toBe(title);
    expect(text.body).toContain(bodyPart);
    expect(text.link).toBe('#/targets/7/show');
  });

  it.each([
    ['yellow', 15, 14, '项目停滞黄色预警：山大华天', '「接洽」阶段已 15 天'],
    ['red', 31, 30, '项目停滞红色预警：山大华天', '红色阈值 30 天'],
  ] as const)('stale %s', (grade, days, threshold, title, bodyPart) => {
    const text = staleText(grade, facts, days, threshold);
    expect(text.title).toBe(title);
    expect(text.body).toContain(bodyPart);
  });

  it.each([
    [{ dueToday: 0, overdue: 0, yellow: 0, red: 0 }, false],
    [{ dueToday: 1, overdue: 0, yellow: 0, red: 0 }, true],
    [{ dueToday: 0, overdue: 0, yellow: 0, red: 2 }, true],
  ])('digest %j has news: %s', (counts, news) => {
    expect(digestHasNews(counts)).toBe(news);
  });

  it('writes the digest counts', () => {
    expect(digestText('2026-11-21', { dueToday: 2, overdue: 1, yellow: 3, red: 0 }).body).toBe(
      '今日到期跟进 2 项；已逾期跟进 1 项；停滞预警：黄色 3 个、红色 0 个。',
    );
  });
});
