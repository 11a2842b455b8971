import type { Todo } from '@crm/contracts';
import { apiJson } from '../providers/http';

/** GET /api/home/todo (libs/reminders/src/todo.service.ts): the contract's shapes. */
export type { Todo, TodoFollowUp, TodoStale } from '@crm/contracts';

export const TODO_KEY = ['home', 'todo'];

export const homeApi = {
  todo: () => apiJson<Todo>('/home/todo'),
};
