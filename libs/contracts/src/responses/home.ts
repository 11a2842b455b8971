import type { Stage } from '../stages';

/** 我的待办 (GET /api/home/todo, libs/reminders/src/todo.service.ts) and the inbox (/api/notifications). `D` is Date on the server, string in JSON. */

/** A message in the caller's inbox. */
export interface NotificationShape<D = string> {
  id: number;
  userId: number;
  reminderId: number | null;
  kind: string | null;
  targetId: number | null;
  title: string;
  body: string;
  /** The English text; null on messages written before it was kept (the backoffice then shows title/body). */
  titleEn: string | null;
  bodyEn: string | null;
  /** Where the message leads in the backoffice, e.g. `#/targets/12/show`. */
  link: string | null;
  readAt: D | null;
  resolvedAt: D | null;
  createdAt: D;
}

export interface TodoFollowUp<D = string> {
  targetId: number;
  firmName: string;
  chainName: string;
  chainLinkName: string;
  stage: Stage;
  dueAt: D;
}

export interface TodoStale<D = string> {
  targetId: number;
  firmName: string;
  stage: Stage;
  grade: 'yellow' | 'red';
  daysIdle: number;
  lastActivityAt: D;
}

export type TodoBucket = 'overdue' | 'today' | 'week';

/** The caller's own day. */
export interface Todo<D = string> {
  now: D;
  followUps: Record<TodoBucket, TodoFollowUp<D>[]>;
  stale: TodoStale<D>[];
  unread: { count: number; latest: NotificationShape<D>[] };
  /** The chains a chain manager manages (their home shows each one's coverage and gaps). */
  managedChainIds: number[];
}
