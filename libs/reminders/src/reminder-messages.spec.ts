import { describe, expect, it } from '@jest/globals';
import { digestHasNews, digestText, followUpText, shanghaiTime, staleText } from './reminder-messages';

const facts = { targetId: 7, firmName: '山大华天', stage: 'contact' as const, ownerName: '张专员' };

describe('reminder messages', () => {
  it('shows times in Asia/Shanghai', () => {
    expect(shanghaiTime(new Date('2026-11-21T00:30:00Z'))).toBe('2026-11-21 08:30');
    expect(shanghaiTime(new Date('2026-12-31T16:05:00Z'))).toBe('2027-01-01 00:05'); // past midnight in Shanghai
  });

  it.each([
    ['pre_due', '跟进提醒：山大华天', '将于 2026-11-21 08:30 到期', 'Follow-up reminder: 山大华天', 'is due at 2026-11-21 08:30'],
    ['due', '跟进到期：山大华天', '已于 2026-11-21 08:30 到期', 'Follow-up due: 山大华天', 'fell due at 2026-11-21 08:30'],
    [
      'escalation',
      '跟进逾期：山大华天',
      '张专员 负责的山大华天（接洽）跟进已逾期',
      'Follow-up overdue: 山大华天',
      "张专员's follow-up of 山大华天 (Contact) is overdue",
    ],
  ] as const)('%s', (kind, title, bodyPart, titleEn, bodyEnPart) => {
    const text = followUpText(kind, facts, new Date('2026-11-21T00:30:00Z'));
    expect(text.title).toBe(title);
    expect(text.body).toContain(bodyPart);
    expect(text.titleEn).toBe(titleEn);
    expect(text.bodyEn).toContain(bodyEnPart);
    expect(text.link).toBe('#/targets/7/show');
  });

  it.each([
    ['yellow', 15, 14, '项目停滞黄色预警：山大华天', '「接洽」阶段已 15 天', 'Yellow stale alert: 山大华天', 'no log for 15 days at stage "Contact"'],
    ['red', 31, 30, '项目停滞红色预警：山大华天', '红色阈值 30 天', 'Red stale alert: 山大华天', 'red threshold 30 days'],
  ] as const)('stale %s', (grade, days, threshold, title, bodyPart, titleEn, bodyEnPart) => {
    const text = staleText(grade, facts, days, threshold);
    expect(text.title).toBe(title);
    expect(text.body).toContain(bodyPart);
    expect(text.titleEn).toBe(titleEn);
    expect(text.bodyEn).toContain(bodyEnPart);
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
    expect(digestText('2026-11-21', { dueToday: 2, overdue: 1, yellow: 3, red: 0 }).bodyEn).toBe(
      '2 follow-ups due today; 1 overdue; stale alerts: 3 yellow, 0 red.',
    );
  });
});
