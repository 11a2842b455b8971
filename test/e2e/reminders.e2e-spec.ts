import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DigestService, StaleService } from '@crm/reminders';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';
import { QUEUES } from '@crm/queue';
import { startSmtp, startWebhook, waitFor, waitForSweeps } from '../reminders/support/servers';

/**
 * Reminders end to end: the real API (follow-ups set over HTTP) and the real worker in this
 * process, a real SMTP conversation with a local smtp-server and a local robot webhook.
 */
describe('reminders over HTTP with a running worker', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let db: DataSource;
  let f: Factories;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let webhookAnswer: (n: number) => number = () => 200;
  let webhook: Awaited<ReturnType<typeof startWebhook>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    webhook = await startWebhook((n) => webhookAnswer(n));
    api = await startApi(
      {
        SMTP_URL: smtp.url,
        QUEUE_PREFIX: `rem${process.pid}`,
        REMINDER_RETRY_BASE_MS: '200',
        REMINDER_MAX_ATTEMPTS: '4',
        REMINDER_SWEEP_SECONDS: '1',
      },
      { ownDatabase: 'seeded' },
    );
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    db = api.app.get(DataSource);
    f = factories(db);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
    await webhook?.close();
  });

  const reminderQueue = () => worker.get<Queue>(getQueueToken(QUEUES.reminders), { strict: false });

  const setFollowUp = async (username: string, targetId: number, at: Date | null) => {
    const { version } = (await db.query('SELECT version FROM target WHERE id = $1', [targetId]))[0];
    const res = await (await api.as(username)).put(`/api/targets/${targetId}/follow-up`).send({ at: at?.toISOString() ?? null, version });
    expect(res.status).toBe(200);
  };
  const remindersOf = (targetId: number): Promise<{ id: number; kind: string; state: string; recipient_id: number }[]> =>
    db.query('SELECT id, kind, state, recipient_id FROM reminder WHERE target_id = $1 ORDER BY id', [targetId]);
  const notificationsFor = (reminderIds: number[]): Promise<{ id: number; reminder_id: number; user_id: number }[]> =>
    db.query('SELECT id, reminder_id, user_id FROM notification WHERE reminder_id = ANY($1::int[])', [reminderIds]);
  const mailsFor = (reminderId: number) => smtp.mails.filter((m) => m.messageId.startsWith(`<reminder-${reminderId}@`));

  it('a follow-up set 2 s ahead yields exactly one in-app notification once due (never before), and one e-mail', async () => {
    const target = await f.target({ owner: 'promoter' });
    const promoter = await f.user('promoter');
    const setAt = Date.now();
    await setFollowUp('promoter', target.id, new Date(setAt + 2000));

    const due = (await remindersOf(target.id)).find((r) => r.kind === 'due')!;
    expect(due).toMatchObject({ state: 'scheduled', recipient_id: promoter.id });
    const inbox = await api.as('promoter');
    const found = await waitFor(
      'the in-app notification',
      async () => {
        const res = await inbox.get('/api/notifications?filter={"unread":true}&range=[0,99]').expect(200);
        return res.body.find((n: { reminderId: number }) => n.reminderId === due.id);
      },
      15_000,
      50,
    );
    expect(Date.now() - setAt).toBeGreaterThanOrEqual(2000);
    expect(found.title).toContain('跟进到期');
    await waitFor('the e-mail', async () => mailsFor(due.id).length > 0, 15_000, 50);

    await waitForSweeps(reminderQueue(), 2); // two sweeps later: still exactly one of each
    expect(await notificationsFor([due.id])).toHaveLength(1);
    expect(mailsFor(due.id)).toHaveLength(1);
    expect(mailsFor(due.id)[0].to).toEqual([promoter.email]);
    expect((await remindersOf(target.id)).find((r) => r.id === due.id)!.state).toBe('delivered');
  });

  it('rescheduling or cancelling a follow-up: the old reminder is never delivered', async () => {
    const moved = await f.target({ owner: 'promoter' });
    const dropped = await f.target({ owner: 'promoter' });
    const now = Date.now();
    // The queue is paused while the follow-ups are set and changed, so on a loaded machine the old
    // reminders cannot fire before they are cancelled; once resumed, their jobs (now overdue) run
    // and must find the reminders cancelled.
    await reminderQueue().pause();
    try {
      await setFollowUp('promoter', moved.id, new Date(now + 1500));
      await setFollowUp('promoter', dropped.id, new Date(now + 1500));
    } catch (e) {
      await reminderQueue().resume();
      throw e;
    }
    const [oldMoved] = (await remindersOf(moved.id)).filter((r) => r.kind === 'due');
    const [oldDropped] = (await remindersOf(dropped.id)).filter((r) => r.kind === 'due');

    try {
      await setFollowUp('promoter', moved.id, new Date(now + 2500)); // moved later
      await setFollowUp('promoter', dropped.id, null); // cleared
    } finally {
      await reminderQueue().resume();
    }

    const newMoved = await waitFor(
      'the moved reminder',
      async () => (await remindersOf(moved.id)).find((r) => r.kind === 'due' && r.state === 'delivered'),
      30_000,
      50,
    );
    await waitForSweeps(reminderQueue(), 2, now + 1500); // two sweeps after the old due time: still nothing for the old reminders
    expect(newMoved.id).not.toBe(oldMoved.id);
    const states = Object.fromEntries([...(await remindersOf(moved.id)), ...(await remindersOf(dropped.id))].map((r) => [r.id, r.state]));
    expect(states[oldMoved.id]).toBe('cancelled');
    expect(states[oldDropped.id]).toBe('cancelled');
    expect(await notificationsFor([oldMoved.id, oldDropped.id])).toEqual([]);
    expect([...mailsFor(oldMoved.id), ...mailsFor(oldDropped.id)]).toEqual([]);
    const followUps = await db.query('SELECT target_id, state FROM follow_up WHERE target_id = ANY($1::int[]) ORDER BY id', [[moved.id, dropped.id]]);
    expect(followUps).toEqual([
      { target_id: moved.id, state: 'cancelled' },
      { target_id: dropped.id, state: 'cancelled' },
      { target_id: moved.id, state: 'open' },
    ]);
  });

  it('a webhook that fails three times then succeeds: delivered once, four attempts recorded', async () => {
    const promoter2 = await f.user('promoter2');
    await db.query('UPDATE app_user SET webhook_url = $2 WHERE id = $1', [promoter2.id, webhook.url]);
    webhook.hits.length = 0;
    webhookAnswer = (n) => (n <= 3 ? 500 : 200);
    const target = await f.target({ owner: 'promoter2' });
    await setFollowUp('promoter2', target.id, new Date(Date.now() + 300));
    const due = await waitFor('the due reminder', async () => (await remindersOf(target.id)).find((r) => r.kind === 'due'));

    const delivery = await waitFor(
      'the webhook delivery to be sent',
      async () => {
        const [d] = await db.query(`SELECT id, state, attempts FROM delivery WHERE reminder_id = $1 AND channel = 'webhook'`, [due.id]);
        return d?.state === 'sent' ? d : undefined;
      },
      10_000,
    );
    await waitForSweeps(reminderQueue(), 2); // two sweeps later: no further attempt
    expect(delivery.attempts).toBe(4);
    const attempts = await db.query('SELECT attempt, ok, error FROM delivery_attempt WHERE delivery_id = $1 ORDER BY attempt', [delivery.id]);
    expect(attempts.map((a: { attempt: number; ok: boolean }) => [a.attempt, a.ok])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(attempts[0].error).toContain('500');
    const mine = webhook.hits.filter((h) => h.reminderId === String(due.id));
    expect(mine.map((h) => h.status)).toEqual([500, 500, 500, 200]); // one success: delivered once
    expect(mine[3].body).toEqual({ msgtype: 'text', text: { content: expect.stringContaining('跟进到期') } });
    await db.query('UPDATE app_user SET webhook_url = NULL WHERE id = $1', [promoter2.id]);
  });

  it('a webhook that keeps failing ends as failed after the last attempt and is listed for admins', async () => {
    const promoter2 = await f.user('promoter2');
    await db.query('UPDATE app_user SET webhook_url = $2 WHERE id = $1', [promoter2.id, webhook.url]);
    webhookAnswer = () => 503;
    const target = await f.target({ owner: 'promoter2' });
    await setFollowUp('promoter2', target.id, new Date(Date.now() + 200));
    const due = await waitFor('the due reminder', async () => (await remindersOf(target.id)).find((r) => r.kind === 'due'));
    await waitFor('the reminder to fail', async () => (await remindersOf(target.id)).find((r) => r.id === due.id && r.state === 'failed'), 10_000);

    const admin = await api.as('admin');
    const res = await admin.get(`/api/reminders?filter=${encodeURIComponent(JSON.stringify({ state: 'failed', targetId: target.id }))}`).expect(200);
    expect(res.headers['content-range']).toMatch(/^reminders 0-0\/1$/);
    const webhookDelivery = res.body[0].deliveries.find((d: { channel: string }) => d.channel === 'webhook');
    expect(webhookDelivery).toMatchObject({ state: 'failed', attempts: 4, lastError: expect.stringContaining('503') });
    expect(res.body[0].deliveries.find((d: { channel: string }) => d.channel === 'in_app')).toMatchObject({ state: 'sent', attempts: 1 });
    const detail = await admin.get(`/api/reminders/${due.id}`).expect(200);
    expect(detail.body.attempts.filter((a: { channel: string }) => a.channel === 'webhook')).toHaveLength(4);

    await (await api.as('promoter')).get('/api/reminders').expect(403);
    await admin.get('/api/reminders?filter={"state":"lost"}').expect(400);

    // the robot is fixed; an admin retries: one more attempt, and it is delivered
    webhookAnswer = () => 200;
    expect((await admin.post(`/api/reminders/${due.id}/retry`).expect(200)).body).toEqual({ retried: 1 });
    await waitFor('the retried reminder delivered', async () => (await remindersOf(target.id)).find((r) => r.id === due.id && r.state === 'delivered'), 30_000);
    const [retried] = await db.query(`SELECT state, attempts FROM delivery WHERE reminder_id = $1 AND channel = 'webhook'`, [due.id]);
    expect(retried).toEqual({ state: 'sent', attempts: 5 });
    expect((await admin.post(`/api/reminders/${due.id}/retry`).expect(400)).body.code).toBe('nothing_to_retry');
    await admin.post('/api/reminders/999999/retry').expect(404);
    await db.query('UPDATE app_user SET webhook_url = NULL WHERE id = $1', [promoter2.id]);
  });

  it('an overdue follow-up escalates to the team leader and the chain manager', async () => {
    const link = await f.chainLink();
    const [{ plan_id: planId }] = await db.query('SELECT plan_id FROM chain WHERE id = $1', [link.chainId]);
    await f.manageChain('chain', link.chainId);
    const admin = await api.as('admin');
    await admin.put(`/api/reminder-rules/plans/${planId}`).send({ escalationGraceHours: 0 }).expect(200);
    const target = await f.target({ owner: 'promoter', chainLinkId: link.id });
    await setFollowUp('promoter', target.id, new Date(Date.now() + 300));

    const leader = await f.user('leader');
    const chain = await f.user('chain');
    const escalations = await waitFor(
      'both escalations delivered',
      async () => {
        const rows = (await remindersOf(target.id)).filter((r) => r.kind === 'escalation');
        return rows.length === 2 && rows.every((r) => r.state === 'delivered') ? rows : undefined;
      },
      30_000,
    );
    expect(escalations.map((r) => r.recipient_id).sort()).toEqual([leader.id, chain.id].sort());
    const leaderInbox = await (await api.as('leader')).get('/api/notifications?range=[0,999]').expect(200);
    expect(
      leaderInbox.body.some((n: { title: string; reminderId: number }) => n.title.startsWith('跟进逾期') && escalations.some((e) => e.id === n.reminderId)),
    ).toBe(true);
  });

  it('a target idle past its thresholds turns yellow, then red; red reaches the leader', async () => {
    const day = 86_400_000;
    const target = await f.target({ owner: 'promoter', stage: 'lead', stageEnteredAt: new Date(Date.now() - 31 * day) });
    const stale = worker.get(StaleService);
    const graded = async (now: Date) => (await stale.staleTargets(now)).find((s) => s.targetId === target.id)?.grade ?? 'green';

    expect(await graded(new Date(Date.now() - 2 * day))).toBe('green'); // 29 days idle: lead turns yellow at 30
    expect(await graded(new Date())).toBe('yellow');
    await stale.run();
    await stale.run(); // idempotent: the same grade in the same idle stretch alerts once
    const yellow = (await remindersOf(target.id)).filter((r) => r.kind === 'stale_yellow');
    expect(yellow).toHaveLength(1);

    const later = new Date(Date.now() + 30 * day); // 61 days idle
    expect(await graded(later)).toBe('red');
    await stale.run(later);
    const leader = await f.user('leader');
    const promoter = await f.user('promoter');
    const red = await waitFor(
      'red alerts delivered',
      async () => {
        const rows = (await remindersOf(target.id)).filter((r) => r.kind === 'stale_red');
        return rows.length === 2 && rows.every((r) => r.state === 'delivered') ? rows : undefined;
      },
      30_000,
    );
    expect(red.map((r) => r.recipient_id).sort()).toEqual([promoter.id, leader.id].sort());
    const notes = await notificationsFor([...yellow, ...red].map((r) => r.id));
    expect(notes).toHaveLength(3);
  });

  it('a contact log with a next follow-up closes the open one as done; the timeline lists no reminder not yet delivered', async () => {
    const target = await f.target({ owner: 'promoter' });
    const promoter = await f.user('promoter');
    await setFollowUp('promoter', target.id, new Date(Date.now() + 3_600_000));
    const first = (await remindersOf(target.id)).find((r) => r.kind === 'due')!;
    const next = new Date(Date.now() + 7_200_000);
    await (
      await api.as('promoter')
    )
      .post('/api/contact-logs')
      .send({ targetId: target.id, kind: 'visit', at: new Date().toISOString(), summary: '走访，约定下次会谈', nextFollowUpAt: next.toISOString() })
      .expect(201);

    const followUps = await db.query('SELECT state, due_at, created_by_id FROM follow_up WHERE target_id = $1 ORDER BY id', [target.id]);
    expect(followUps.map((x: { state: string }) => x.state)).toEqual(['done', 'open']);
    expect(new Date(followUps[1].due_at).getTime()).toBe(next.getTime());
    expect(followUps[1].created_by_id).toBe(promoter.id);
    const states = Object.fromEntries((await remindersOf(target.id)).map((r) => [r.id, r.state]));
    expect(states[first.id]).toBe('cancelled');

    const timeline = await (await api.as('promoter')).get(`/api/targets/${target.id}/timeline`).expect(200);
    const entries = (timeline.body.data ?? timeline.body) as { kind: string }[];
    // Two scheduled and two cancelled reminders exist; none reached anyone, so none is history.
    expect(entries.filter((e) => e.kind === 'reminder')).toEqual([]);
  });

  it('a target that leaves the open stages stops being reminded', async () => {
    const target = await f.target({ owner: 'promoter', stage: 'contact' });
    await setFollowUp('promoter', target.id, new Date(Date.now() + 3_600_000));
    const { version } = (await db.query('SELECT version FROM target WHERE id = $1', [target.id]))[0];
    await (await api.as('promoter')).post(`/api/targets/${target.id}/transitions`).send({ to: 'lost', reason: '企业已选择外地落户', version }).expect(201);
    expect((await remindersOf(target.id)).map((r) => r.state)).toEqual(['cancelled', 'cancelled']);
    expect((await db.query('SELECT state FROM follow_up WHERE target_id = $1', [target.id])).map((x: { state: string }) => x.state)).toEqual(['cancelled']);
  });

  it('writes each promoter one daily digest per Shanghai day, scheduled at 08:30 Asia/Shanghai', async () => {
    const target = await f.target({ owner: 'promoter2' });
    await setFollowUp('promoter2', target.id, new Date(Date.now() - 3_600_000)); // already overdue
    const digest = worker.get(DigestService);
    const counts = await digest.counts(new Date());
    const promoter2 = await f.user('promoter2');
    expect(counts.get(promoter2.id)!.overdue).toBeGreaterThanOrEqual(1);
    expect(await digest.run()).toBeGreaterThanOrEqual(1);
    expect(await digest.run()).toBe(0); // same day: nothing new
    const [row] = await db.query(`SELECT id, title, body FROM reminder WHERE kind = 'digest' AND recipient_id = $1`, [promoter2.id]);
    expect(row.title).toMatch(/^每日跟进摘要（\d{4}-\d{2}-\d{2}）$/);
    expect(row.body).toContain('已逾期跟进');
    await waitFor('the digest in the inbox', async () => (await notificationsFor([row.id])).length === 1, 30_000);

    const queue = worker.get<Queue>(getQueueToken('reminders'), { strict: false });
    expect(await queue.getJobScheduler('reminder-digest')).toMatchObject({ pattern: '30 8 * * *', tz: 'Asia/Shanghai' });
    expect(await queue.getJobScheduler('reminder-sweep')).toMatchObject({ every: 1000 });
  });
});
