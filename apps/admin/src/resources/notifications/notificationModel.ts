import type { NotificationShape } from '@crm/contracts';

/** A message as the inbox API returns it (libs/reminders/src/notifications.service.ts). */
export type InboxMessage = NotificationShape;

/** Anything that carries a text in Chinese and, since migration 1763700001700, in English (messages, reminders, timeline notices). */
export interface BilingualText {
  title?: unknown;
  body?: unknown;
  titleEn?: unknown;
  bodyEn?: unknown;
}

/**
 * The message's title or body in the reader's language: the English text when reading English
 * and the message has one; else the stored (Chinese) text — older messages have only that.
 */
export function messageText(m: BilingualText, part: 'title' | 'body', locale: string | undefined): string {
  const en = m[part === 'title' ? 'titleEn' : 'bodyEn'];
  if (locale?.startsWith('en') && typeof en === 'string' && en) return en;
  const zh = m[part];
  return typeof zh === 'string' ? zh : '';
}

export type MessageState = 'unread' | 'read' | 'resolved';

/** Resolved wins over read: the condition cleared, whether or not anyone opened it. */
export const messageState = (m: Pick<InboxMessage, 'readAt' | 'resolvedAt'>): MessageState => (m.resolvedAt ? 'resolved' : m.readAt ? 'read' : 'unread');

/**
 * Where a message leads inside the app: its link (`#/targets/12/show` → `/targets/12/show`), else
 * its target, else the message itself. Links that leave the app are not followed.
 */
export function subjectPath(m: Pick<InboxMessage, 'id' | 'link' | 'targetId'>): string {
  const link = (m.link ?? '').replace(/^#/, '');
  if (link.startsWith('/') && !link.startsWith('//')) return link;
  if (m.targetId) return `/targets/${m.targetId}/show`;
  return `/notifications/${m.id}/show`;
}
