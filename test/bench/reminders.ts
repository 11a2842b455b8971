import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { QUEUES, redisOptions } from '@crm/queue';
import { reminderJobId } from '@crm/reminders';
import { Child, sleep, startChild } from './processes';

export interface ReminderFigures {
  reminders: number;
  delivered: number;
  /** From the worker's start to the last in-app notification. */
  secondsFromWorkerStart?: number;
  /** From the first to the last notification: the delivery rate once the worker is running. */
  secondsFirstToLast?: number;
  perSecond?: number;
  queueFloorPerSecond: number;
  goals: { allWithin30s?: boolean; atLeastHalfQueueFloor?: boolean };
  note?: string;
}

/**
 * 10,000 reminders due now, written as the reminders feature writes them (reminder row, one in-app
 * delivery, a 'reminder.deliver' job with the same id and options as ReminderQueue), then the
 * real worker process (dist/apps/worker/src/main.js) on the bench database and Redis: time until
 * every one has its in-app notification.
 */
export async function benchReminders(opts: {
  db: Client;
  distDir: string;
  env: Record<string, string>;
  redisUrl: string;
  prefix: string;
  children: Child[];
  count: number;
  queueFloorRate: number;
  log: (s: string) => void;
  note: (s: string) => void;
}): Promise<ReminderFigures> {
  const { db, count } = opts;
  const base: ReminderFigures = { reminders: count, delivered: 0, queueFloorPerSecond: opts.queueFloorRate, goals: {} };
  const { rows: tables } = await db.query<{ n: string }>(`SELECT count(*) n FROM pg_tables WHERE tablename IN ('reminder', 'delivery', 'notification')`);
  if (Number(tables[0].n) < 3) {
    opts.note('reminders: tables reminder/delivery/notification missing, not benched');
    return { ...base, note: 'tables missing' };
  }
  // Due reminders for the promoters' open targets, keyed so they cannot collide with real ones.
  const { rows: inserted } = await db.query<{ ids: number[] }>(
    `WITH t AS (SELECT id, owner_id, row_number() OVER (ORDER BY id) - 1 rn FROM target WHERE stage IN ('lead','contact','signed')),
          k AS (SELECT count(*) nt FROM t),
          r AS (INSERT INTO reminder (kind, target_id, recipient_id, due_at, state, dedupe_key, title, body, link)
                SELECT 'due', t.id, t.owner_id, now() - interval '1 second', 'scheduled', 'bench:due:' || g,
                       '跟进到期（演示）', '目标企业的跟进已到期，请及时联系（演示）', '#/targets/' || t.id || '/show'
                FROM generate_series(0, $1::int - 1) g CROSS JOIN k JOIN t ON t.rn = g % k.nt
                RETURNING id, due_at),
          d AS (INSERT INTO delivery (reminder_id, channel, state, next_attempt_at) SELECT id, 'in_app', 'pending', due_at FROM r RETURNING reminder_id)
     SELECT array_agg(reminder_id ORDER BY reminder_id) AS ids FROM d`,
    [count],
  );
  const reminderIds = inserted[0].ids ?? [];
  const queue = new Queue(QUEUES.reminders, { connection: redisOptions(opts.redisUrl), prefix: opts.prefix });
  for (let i = 0; i < reminderIds.length; i += 1000) {
    const ids = reminderIds.slice(i, i + 1000);
    await queue.addBulk(
      ids.map((id) => ({
        name: 'reminder.deliver',
        data: { reminderId: id },
        opts: { jobId: reminderJobId(id), removeOnComplete: true, removeOnFail: true, attempts: 3, backoff: { type: 'exponential', delay: 1000 } },
      })),
    );
  }
  await queue.close();
  const delivered = async () =>
    Number((await db.query<{ n: string }>(`SELECT count(*) n FROM notification WHERE reminder_id = ANY($1::int[])`, [reminderIds])).rows[0].n);

  const worker = startChild(join(opts.distDir, 'apps', 'worker', 'src', 'main.js'), opts.env, 'worker');
  opts.children.push(worker);
  const t0 = performance.now();
  let firstAt: number | undefined;
  let n = 0;
  const limitMs = 60_000;
  while (performance.now() - t0 < limitMs && worker.proc.exitCode === null) {
    n = await delivered();
    if (n > 0 && firstAt === undefined) firstAt = performance.now();
    if (n >= reminderIds.length) break;
    await sleep(250);
  }
  const end = performance.now();
  await worker.stop();
  const out: ReminderFigures = { ...base, delivered: n };
  if (n < reminderIds.length || !reminderIds.length) {
    opts.note(`reminders: ${n} of ${reminderIds.length} delivered in-app within ${limitMs / 1000} s${worker.proc.exitCode ? ' (worker exited)' : ''}`);
    out.note = `worker output tail: ${worker.output().slice(-600)}`;
    return out;
  }
  out.secondsFromWorkerStart = round((end - t0) / 1000);
  out.secondsFirstToLast = round((end - (firstAt ?? t0)) / 1000);
  out.perSecond = Math.round(n / Math.max(0.001, out.secondsFirstToLast));
  out.goals = { allWithin30s: out.secondsFromWorkerStart <= 30, atLeastHalfQueueFloor: out.perSecond >= opts.queueFloorRate / 2 };
  opts.log(`reminders: ${n} delivered in ${out.secondsFromWorkerStart} s from worker start (${out.perSecond}/s after the first)`);
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;
