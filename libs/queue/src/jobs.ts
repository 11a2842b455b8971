/**
 * Every queue and job the system runs, with its payload type: the one place producers and
 * processors agree on names. A handler must be idempotent: a job may run more than once.
 */
export const QUEUES = {
  system: 'system',
  reminders: 'reminders',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  'system.heartbeat': Record<string, never>;
  /** Drop rows nobody can use any more: expired sessions and idempotency keys, silent workers. */
  'system.housekeeping': Record<string, never>;
  /** Deliver one reminder's pending channels; only the id travels, the row is re-read. */
  'reminder.deliver': { reminderId: number };
  /** Deliver everything due and undelivered (what lost jobs or a flushed Redis left behind). */
  'reminder.sweep': Record<string, never>;
  /** Grade idle targets green/yellow/red and raise stale alerts. */
  'reminder.stale': Record<string, never>;
  /** Each promoter's daily digest (08:30 Asia/Shanghai). */
  'reminder.digest': Record<string, never>;
}

export type JobName = keyof JobPayloads;

/**
 * Which queue each job runs on; the worker refuses to start unless every job has one handler.
 * Typed by `satisfies` so each job keeps its literal queue (JobHandlers<Q> selects by it).
 */
export const JOB_QUEUE = {
  'system.heartbeat': QUEUES.system,
  'system.housekeeping': QUEUES.system,
  'reminder.deliver': QUEUES.reminders,
  'reminder.sweep': QUEUES.reminders,
  'reminder.stale': QUEUES.reminders,
  'reminder.digest': QUEUES.reminders,
} as const satisfies Record<JobName, QueueName>;
