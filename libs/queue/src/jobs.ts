/**
 * Every queue and job the system runs, with its payload type: the one place producers and
 * processors agree on names. A handler must be idempotent: a job may run more than once.
 */
export const QUEUES = {
  system: 'system',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  'system.heartbeat': Record<string, never>;
}

export type JobName = keyof JobPayloads;

/** Which queue each job runs on; the worker refuses to start unless every job has one handler. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  'system.heartbeat': QUEUES.system,
};
