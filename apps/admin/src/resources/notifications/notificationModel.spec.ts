import { describe, expect, it } from '@jest/globals';
import { messageState, messageText, subjectPath } from './notificationModel';

describe('subjectPath', () => {
  it.each([
    [{ id: 9, link: '#/targets/18/show', targetId: 18 }, '/targets/18/show'],
    [{ id: 9, link: '/targets/18/show', targetId: null }, '/targets/18/show'],
    [{ id: 9, link: '#/targets', targetId: null }, '/targets'], // the daily digest
    [{ id: 9, link: null, targetId: 18 }, '/targets/18/show'],
    [{ id: 9, link: 'https://example.com/x', targetId: null }, '/notifications/9/show'], // never leaves the app
    [{ id: 9, link: '//evil.example/x', targetId: 3 }, '/targets/3/show'],
    [{ id: 9, link: null, targetId: null }, '/notifications/9/show'],
  ])('%j → %s', (m, expected) => {
    expect(subjectPath(m)).toBe(expected);
  });
});

describe('messageState', () => {
  it.each([
    [{ readAt: null, resolvedAt: null }, 'unread'],
    [{ readAt: '2026-12-01T00:00:00Z', resolvedAt: null }, 'read'],
    [{ readAt: '2026-12-01T00:00:00Z', resolvedAt: '2026-12-02T00:00:00Z' }, 'resolved'],
    [{ readAt: null, resolvedAt: '2026-12-02T00:00:00Z' }, 'resolved'],
  ])('%j → %s', (m, expected) => {
    expect(messageState(m)).toBe(expected);
  });
});

describe('messageText', () => {
  const both = { title: '跟进到期：山大华天', body: '已于 2026-12-10 10:00 到期', titleEn: 'Follow-up due: 山大华天', bodyEn: 'fell due at 2026-12-10 10:00' };
  const old = { title: '跟进到期：山大华天', body: '已于 2026/12/10 10:00 到期', titleEn: null, bodyEn: null };
  it.each([
    [both, 'title', 'en', 'Follow-up due: 山大华天'],
    [both, 'body', 'en', 'fell due at 2026-12-10 10:00'],
    [both, 'title', 'zh-CN', '跟进到期：山大华天'],
    [both, 'body', undefined, '已于 2026-12-10 10:00 到期'],
    [old, 'title', 'en', '跟进到期：山大华天'], // written before English was kept: shown as stored
    [{ ...both, titleEn: '' }, 'title', 'en', '跟进到期：山大华天'],
    [{}, 'body', 'en', ''],
  ] as const)('%j %s in %s → %s', (m, part, locale, expected) => {
    expect(messageText(m, part, locale)).toBe(expected);
  });
});
