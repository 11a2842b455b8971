import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { inTransaction } from '@crm/database';
import { startApi, TestApi } from '../../../test/support/api';
import { factories } from '../../../test/support/factories';
import { waitFor } from '../../../test/support/wait';
import { DeliveryService } from './delivery.service';
import { reminderJobId } from './reminder-queue';
import { NewReminder, ReminderWriter } from './reminder-writer';

/** The writer against real Postgres and Redis: rows, deliveries per channel, and jobs only after commit. */
describe('ReminderWriter', () => {
  let api: TestApi;
  let db: DataSource;
  let writer: ReminderWriter;
  let queue: Queue;

  beforeAll(async () => {
    // A database of its own: this file changes users' addresses.
    api = await startApi({ QUEUE_PREFIX: `remw${process.pid}`, SMTP_URL: 'smtp://127.0.0.1:1' }, { ownDatabase: 'seeded' });
    db = api.app.get(DataSource);
    writer = api.app.get(ReminderWriter);
    queue = api.app.get<Queue>(getQueueToken('reminders'), { strict: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  const reminder = async (key: string, username = 'promoter'): Promise<NewReminder> => ({
    kind: 'due',
    targetId: null,
    followUpId: null,
    recipientId: (await factories(db).user(username)).id,
    dueAt: new Date(Date.now() + 60_000),
    dedupeKey: `writer-${key}-${Date.now()}`,
    title: '测试',
    body: '测试',
    link: null,
  });

  it('schedules the job only once the transaction commits, delayed until due, with a deterministic id', async () => {
    const r = await reminder('commit');
    const seenInside: (unknown | undefined)[] = [];
    const [id] = await inTransaction(db, async (em) => {
      const ids = await writer.create(em, [r]);
      seenInside.push(await queue.getJob(reminderJobId(ids[0])));
      return ids;
    });
    expect(seenInside).toEqual([undefined]); // not while the transaction is open
    const job = await waitFor('the reminder job', () => queue.getJob(`reminder-${id}`), 10_000, 20);
    expect(job?.data).toEqual({ reminderId: id });
    expect(job!.opts.delay).toBeGreaterThan(55_000); // 60 s ahead, give or take the test's own time
    expect(await job!.getState()).toBe('delayed');
  });

  it('schedules nothing and keeps nothing when the transaction rolls back', async () => {
    const r = await reminder('rollback');
    const before = await queue.getDelayedCount();
    let rolledBack = 0;
    await expect(
      inTransaction(db, async (em) => {
        [rolledBack] = await writer.create(em, [r]);
        throw new Error('the change that caused it failed');
      }),
    ).rejects.toThrow('caused it failed');
    // A committed marker after it: its job is added on the same Redis connection, so once it is
    // there, a job the rollback had (wrongly) scheduled would be there too.
    const [marker] = await inTransaction(db, async (em) => writer.create(em, [await reminder('after-rollback')]));
    await waitFor('the marker reminder job', () => queue.getJob(reminderJobId(marker)), 10_000, 20);
    expect(await queue.getJob(reminderJobId(rolledBack))).toBeUndefined();
    expect(await queue.getDelayedCount()).toBe(before + 1); // the marker only
    expect(await db.query('SELECT id FROM reminder WHERE dedupe_key = $1', [r.dedupeKey])).toEqual([]);
  });

  it('writes one delivery per channel the recipient can receive, and the same dedupe key only once', async () => {
    const promoter2 = await factories(db).user('promoter2');
    const [team] = await db.query('SELECT team_id FROM app_user WHERE id = $1', [promoter2.id]);
    await db.query(`UPDATE team SET webhook_url = 'http://127.0.0.1:1/robot' WHERE id = $1`, [team.team_id]);
    await db.query(`UPDATE app_user SET email = NULL WHERE username = 'admin'`); // and no team
    const withTeamRobot = await reminder('channels', 'promoter2');
    const noEmail = await reminder('no-email', 'admin');
    const ids = await inTransaction(db, (em) => writer.create(em, [withTeamRobot, noEmail]));
    const again = await inTransaction(db, (em) => writer.create(em, [withTeamRobot]));
    expect(again).toEqual([]);
    const rows = await db.query('SELECT reminder_id, channel, state FROM delivery WHERE reminder_id = ANY($1::int[]) ORDER BY reminder_id, channel', [ids]);
    expect(rows).toEqual([
      { reminder_id: ids[0], channel: 'email', state: 'pending' },
      { reminder_id: ids[0], channel: 'in_app', state: 'pending' },
      { reminder_id: ids[0], channel: 'webhook', state: 'pending' }, // the team's robot
      { reminder_id: ids[1], channel: 'in_app', state: 'pending' }, // no address, no robot: in-app only
    ]);
  });

  it('a job that fires before the reminder is due delivers nothing and puts itself back for the rest of the wait', async () => {
    const r = await reminder('early');
    const [id] = await inTransaction(db, (em) => writer.create(em, [r]));
    expect(await api.app.get(DeliveryService).deliverReminder(id)).toEqual([]);
    const delayed = (await queue.getDelayed()).filter((j) => j.data.reminderId === id);
    expect(delayed.map((j) => j.id)).toHaveLength(2);
    expect(delayed.map((j) => j.id)).toEqual(
      expect.arrayContaining([`reminder-${id}`, expect.stringMatching(new RegExp(`^reminder-${id}-at${r.dueAt.getTime()}-\\d+$`))]),
    );
    expect(await db.query(`SELECT count(*)::int AS n FROM notification WHERE reminder_id = $1`, [id])).toEqual([{ n: 0 }]);
  });
});
