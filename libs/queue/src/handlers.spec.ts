import { describe, expect, it } from '@jest/globals';
import { checkHandlers } from './handlers';
import { JOB_QUEUE, QueueName } from './jobs';

const all = (): { queue: QueueName; names: string[] }[] => {
  const byQueue = new Map<QueueName, string[]>();
  for (const [name, queue] of Object.entries(JOB_QUEUE)) byQueue.set(queue, [...(byQueue.get(queue) ?? []), name]);
  return [...byQueue].map(([queue, names]) => ({ queue, names }));
};

describe('checkHandlers', () => {
  it('accepts one handler per declared job', () => {
    expect(() => checkHandlers(all())).not.toThrow();
  });
  it.each([
    ['a missing handler', (r: ReturnType<typeof all>) => r.map((q) => ({ ...q, names: q.names.slice(1) })), 'has no handler'],
    ['a duplicate handler', (r: ReturnType<typeof all>) => [...r, r[0]], 'handled twice'],
    ['an undeclared job', (r: ReturnType<typeof all>) => [...r, { queue: r[0].queue, names: ['nope'] }], 'not a declared job'],
  ])('refuses %s', (_, mutate, message) => {
    expect(() => checkHandlers(mutate(all()))).toThrow(message);
  });
});
