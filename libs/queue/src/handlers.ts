import type { Job } from 'bullmq';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from './jobs';

/** The handlers one processor offers for the jobs of its queue. */
export type JobHandlers<Q extends QueueName> = {
  [N in JobName as (typeof JOB_QUEUE)[N] extends Q ? N : never]: (data: JobPayloads[N], job: Job) => Promise<unknown>;
};

export async function dispatch(handlers: Partial<Record<JobName, (data: never, job: Job) => Promise<unknown>>>, job: Job): Promise<unknown> {
  const handler = handlers[job.name as JobName];
  if (!handler) throw new Error(`no handler for job ${job.name} on queue ${job.queueName}`);
  return handler(job.data as never, job);
}

/**
 * The worker refuses to start unless every job name has exactly one handler, on the queue the
 * job is declared for: a job nobody handles would otherwise sit in Redis forever.
 */
export function checkHandlers(registered: { queue: QueueName; names: string[] }[]): void {
  const seen = new Map<string, QueueName>();
  const problems: string[] = [];
  for (const { queue, names } of registered) {
    for (const name of names) {
      if (seen.has(name)) problems.push(`${name} handled twice`);
      seen.set(name, queue);
      const declared = JOB_QUEUE[name as JobName];
      if (!declared) problems.push(`${name} is not a declared job`);
      else if (declared !== queue) problems.push(`${name} belongs on queue ${declared}, handled on ${queue}`);
    }
  }
  for (const name of Object.keys(JOB_QUEUE)) if (!seen.has(name)) problems.push(`${name} has no handler`);
  if (problems.length) throw new Error(`Job wiring is wrong: ${problems.join('; ')}`);
}
