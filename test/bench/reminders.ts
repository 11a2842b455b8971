import { join } from 'node:path';
import { Client } from 'pg';
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
 * 10,000 reminders due now (one in-app delivery each, as the reminders feature creates them), then
 * the real worker process: time until every one has its in-app notification. The worker is the
 * product's own (dist/apps/worker/src/main.js) on the bench database and Redis.
 */
export async function benchReminders(opts: {
  db: Client;
  distDir: string;
  env: Record<string, string>;
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
  const { rows: inserted } = await db.query<{ first: number }>(
    `WITH t AS (SELECT id, owner_id, row_number() OVER (ORDER BY id) rn FROM target WHERE stage IN ('lead','contact','signed') LIMIT $1),
          r AS (INSERT INTO reminder (kind, target_id, recipient_id, due_at, state, dedupe_key, title, body, link)
                SELECT 'due', t.id, t.owner_id, now() - interval '1 second', 'scheduled', 'bench:due:' || t.id,
                       '跟进到期（演示）', '目标企业的跟进已到期，请及时联系（演示）', '#/targets/' || t.id || '/show' FROM t
                RETURNING id, due_at),
          d AS (INSERT INTO delivery (reminder_id, channel, state, next_attempt_at) SELECT id, 'in_app', 'pending', due_at FROM r RETURNING reminder_id)
     SELECT min(reminder_id) AS first FROM d`,
    [count],
  );
  const firstId = inserted[0].first;
  const delivered = async () =>
    Number((await db.query<{ n: string }>(`SELECT count(*) n FROM notification WHERE reminder_id >= $1 AND reminder_id < $1 + $2`, [firstId, count])).rows[0].n);

  const worker = startChild(join(opts.distDir, 'apps', 'worker', 'src', 'main.js'), opts.env, 'worker');
  opts.children.push(worker);
  const t0 = performance.now();
  let firstAt: number | undefined;
  let n = 0;
  const limitMs = 60_000;
  while (performance.now() - t0 < limitMs && worker.proc.exitCode === null) {
    n = await delivered();
    if (n > 0 && firstAt === undefined) firstAt = performance.now();
    if (n >= count) break;
    await sleep(100);
  }
  const end = performance.now();
  await worker.stop();
  const out: ReminderFigures = { ...base, delivered: n };
  if (n < count) {
    opts.note(`reminders: ${n} of ${count} delivered in-app within ${limitMs / 1000} s${worker.proc.exitCode ? ' (worker exited)' : ''}`);
    out.note = `worker output tail: ${worker.output().slice(-600)}`;
    return out;
  }
  out.secondsFromWorkerStart = round((end - t0) / 1000);
  out.secondsFirstToLast = round((end - (firstAt ?? t0)) / 1000);
  out.perSecond = Math.round(count / Math.max(0.001, out.secondsFirstToLast));
  out.goals = { allWithin30s: out.secondsFromWorkerStart <= 30, atLeastHalfQueueFloor: out.perSecond >= opts.queueFloorRate / 2 };
  opts.log(`reminders: ${count} delivered in ${out.secondsFromWorkerStart} s from worker start (${out.perSecond}/s after the first)`);
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;
