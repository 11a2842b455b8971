import type { Stage } from '../config/domain';
import { apiJson } from '../providers/http';
import type { InboxMessage } from '../resources/notifications/notificationModel';

export interface TodoFollowUp {
  targetId: number;
  firmName: string;
  chainName: string;
  chainLinkName: string;
  stage: Stage;
  dueAt: string;
}

export interface TodoStale {
  targetId: number;
  firmName: string;
  stage: Stage;
  grade: 'yellow' | 'red';
  daysIdle: number;
  lastActivityAt: string;
}

/** GET /api/home/todo (libs/reminders/src/todo.service.ts). */
export interface Todo {
  now: string;
  followUps: { overdue: TodoFollowUp[]; today: TodoFollowUp[]; week: TodoFollowUp[] };
  stale: TodoStale[];
  unread: { count: number; latest: InboxMessage[] };
  managedChainIds: number[];
}

export const TODO_KEY = ['home', 'todo'];

export const homeApi = {
  todo: () => apiJson<Todo>('/home/todo'),
};
