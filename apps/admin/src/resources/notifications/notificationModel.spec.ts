import { describe, expect, it } from '@jest/globals';
import { messageState, subjectPath } from './notificationModel';

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
