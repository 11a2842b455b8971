import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig, resetConfig, setEnv } from '@crm/config';
import { DeliveryRunner, DeliveryService, EmailChannel, InAppChannel, NewReminder, ReminderWriter, WebhookChannel } from '@crm/reminders';
import { createDataSource } from '@crm/schema';
import { inTransaction } from '@crm/database';
import { createTestDatabase } from '../support/db';
import { factories } from '../support/factories';
import { startSmtp, startWebhook, waitFor } from './support/servers';

const root = join(__dirname, '..', '..');

/**
 * The handover is the one instant that decides between "sent once" and "sent twice" or "lost".
 * A delivery attempt runs in a child process that is SIGKILLed exactly before the last bytes and
 * exactly after them (with the commit written), for e-mail over a real SMTP conversation and for a
 * robot webhook over HTTP; the receivers and Postgres are then asked what they have.
 */
describe('the handover: a delivery killed at its most delicate instants', () => {
  let db: DataSource;
  let dropDb: () => Promise<void>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let webhook: Awaited<ReturnType<typeof startWebhook>>;
  let env: Record<string, string>;
  let recipientId: number;
  let n = 0;

  beforeAll(async () => {
    const testDb = await createTestDatabase();
    dropDb = testDb.drop;
    smtp = await startSmtp();
    webhook = await startWebhook();
    env = { DATABASE_URL: testDb.url, SMTP_URL: smtp.url, QUEUE_PREFIX: `handover${process.pid}`, DATABASE_POOL_SIZE: '3' };
    setEnv(env);
    db = createDataSource(loadConfig());
    await db.initialize();
    const user = await factories(db).user('promoter');
    recipientId = user.id;
    await db.query('UPDATE app_user SET webhook_url = $2 WHERE id = $1', [recipientId, webhook.url]);
  });

  afterAll(async () => {
    await db?.destroy();
    await smtp?.close();
    await webhook?.close();
    await dropDb?.();
    resetConfig();
  });

  /** A due reminder for the recipient with in-app, e-mail and webhook deliveries; returns them by channel. */
  async function dueReminder(): Promise<{ reminderId: number; email: number; webhook: number }> {
    const writer = new ReminderWriter({ afterCommit: () => undefined } as never, loadConfig());
    const reminder: NewReminder = {
      kind: 'due',
      targetId: null,
      followUpId: null,
      recipientId,
      dueAt: new Date(Date.now() - 1000),
      dedupeKey: `handover-${process.pid}-${++n}`,
      title: `交付测试 #${n}`,
      body: '测试',
      link: null,
    };
    const [reminderId] = await inTransaction(db, (em) => writer.create(em, [reminder]));
    const rows: { id: number; channel: string }[] = await db.query('SELECT id, channel FROM delivery WHERE reminder_id = $1', [reminderId]);
    const of = (ch: string) => rows.find((r) => r.channel === ch)!.id;
    return { reminderId, email: of('email'), webhook: of('webhook') };
  }

  async function attemptInChild(deliveryId: number, killAt: 'before-handover' | 'at-handover'): Promise<string | null> {
    const child = spawn(
      process.execPath,
      ['-r', join(root, 'test/reminders/support/ts-register.cjs'), join(root, 'test/reminders/support/handover-child.ts')],
      {
        cwd: root,
        env: { ...process.env, ...env, DELIVERY_ID: String(deliveryId), KILL_AT: killAt },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout!.on('data', (c) => (out += c));
    child.stderr!.on('data', (c) => (out += c));
    const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
    if (signal !== 'SIGKILL') throw new Error(`the child was meant to die by SIGKILL, it exited ${code}:\n${out}`);
    return signal;
  }

  const deliveryRow = async (id: number) =>
    (await db.query(`SELECT state, attempts FROM delivery WHERE id = $1`, [id]))[0] as { state: string; attempts: number };
  const attemptsOf = (id: number): Promise<{ attempt: number; ok: boolean | null }[]> =>
    db.query('SELECT attempt, ok FROM delivery_attempt WHERE delivery_id = $1 ORDER BY attempt', [id]);
  const mailsOf = (reminderId: number) => smtp.mails.filter((m) => m.messageId.startsWith(`<reminder-${reminderId}@`)).length;
  const receiver = (channel: 'email' | 'webhook') => (channel === 'email' ? smtp : webhook);
  const hitsOf = (reminderId: number) => webhook.hits.filter((h) => h.reminderId === String(reminderId)).length;
  const runner = () => new DeliveryRunner(db, loadConfig(), [new InAppChannel(), new EmailChannel(loadConfig()), new WebhookChannel(loadConfig())]);

  it.each(['email', 'webhook'] as const)(
    '%s: killed just before the last bytes → the receiver has nothing, the delivery is still pending, the next attempt sends it once',
    async (channel) => {
      const r = await dueReminder();
      const closedBefore = receiver(channel).closed();
      await attemptInChild(r[channel], 'before-handover');
      // The receiver has seen the killed child's connection end: had it (wrongly) taken the partial message, it has it now.
      await waitFor('the receiver to see the connection end', async () => receiver(channel).closed() > closedBefore, 10_000, 10);
      expect(channel === 'email' ? mailsOf(r.reminderId) : hitsOf(r.reminderId)).toBe(0);
      expect(await deliveryRow(r[channel])).toEqual({ state: 'pending', attempts: 0 });
      expect(await attemptsOf(r[channel])).toEqual([]);

      // 'sent' means the receiver's answer was heard, and it answers after storing the message.
      expect(await runner().deliverOne(r[channel])).toEqual({ result: 'sent' });
      expect(channel === 'email' ? mailsOf(r.reminderId) : hitsOf(r.reminderId)).toBe(1);
      expect(await deliveryRow(r[channel])).toEqual({ state: 'sent', attempts: 1 });
      expect(await attemptsOf(r[channel])).toEqual([{ attempt: 1, ok: true }]);
    },
    60_000,
  );

  it.each(['email', 'webhook'] as const)(
    '%s: killed just after the last bytes → the receiver has it once, Postgres says handed over, nothing is sent again',
    async (channel) => {
      const r = await dueReminder();
      const closedBefore = receiver(channel).closed();
      await attemptInChild(r[channel], 'at-handover');
      await waitFor('the receiver to see the connection end', async () => receiver(channel).closed() > closedBefore, 10_000, 10);
      expect(channel === 'email' ? mailsOf(r.reminderId) : hitsOf(r.reminderId)).toBe(1);
      expect(await deliveryRow(r[channel])).toEqual({ state: 'awaiting', attempts: 1 });
      expect(await attemptsOf(r[channel])).toEqual([{ attempt: 1, ok: null }]);

      // Skipped: the row is not pending, so nothing was even connected to the receiver.
      expect(await runner().deliverOne(r[channel])).toEqual({ result: 'skipped' });
      expect(channel === 'email' ? mailsOf(r.reminderId) : hitsOf(r.reminderId)).toBe(1);

      // Once the answer can no longer come, the sweep closes it as sent and says why on the attempt.
      const sweep = () => new DeliveryService(db, loadConfig(), runner(), { enqueue: async () => undefined } as never).deliverDue();
      await sweep();
      expect(await deliveryRow(r[channel])).toEqual({ state: 'awaiting', attempts: 1 }); // a live worker could still be listening
      await db.query(`UPDATE delivery SET sent_at = sent_at - interval '1 hour' WHERE id = $1`, [r[channel]]);
      await sweep();
      const [attempt] = await db.query('SELECT ok, error FROM delivery_attempt WHERE delivery_id = $1', [r[channel]]);
      expect(attempt).toEqual({ ok: null, error: 'handed over; no answer heard (the worker stopped before it came)' });
      expect(await deliveryRow(r[channel])).toEqual({ state: 'sent', attempts: 1 });
      expect(channel === 'email' ? mailsOf(r.reminderId) : hitsOf(r.reminderId)).toBe(1);
    },
    60_000,
  );

  it('a receiver that refuses after the last bytes puts the delivery back to pending with the refusal recorded', async () => {
    const refusing = await startWebhook(() => 503);
    try {
      const r = await dueReminder();
      await db.query('UPDATE app_user SET webhook_url = $2 WHERE id = $1', [recipientId, refusing.url]);
      const res = await runner().deliverOne(r.webhook);
      expect(res.result).toBe('retry');
      expect(await deliveryRow(r.webhook)).toEqual({ state: 'pending', attempts: 1 });
      const [attempt] = await db.query('SELECT ok, error, answer FROM delivery_attempt WHERE delivery_id = $1', [r.webhook]);
      expect(attempt).toMatchObject({ ok: false, answer: null });
      expect(attempt.error).toContain('webhook answered 503');
      expect(refusing.hits).toHaveLength(1);
    } finally {
      await db.query('UPDATE app_user SET webhook_url = $2 WHERE id = $1', [recipientId, webhook.url]);
      await refusing.close();
    }
  });

  it('the inbox: many deliveries in one statement, each once; cancelled or not yet due ones are left alone', async () => {
    const rs = await Promise.all(Array.from({ length: 30 }, () => dueReminder()));
    const inApp = async (reminderIds: number[]): Promise<{ id: number; reminder_id: number }[]> =>
      db.query(`SELECT id, reminder_id FROM delivery WHERE channel = 'in_app' AND reminder_id = ANY($1::int[]) ORDER BY id`, [reminderIds]);
    const rows = await inApp(rs.map((r) => r.reminderId));
    await db.query(`UPDATE reminder SET state = 'cancelled' WHERE id = $1`, [rs[0].reminderId]);
    await db.query(`UPDATE delivery SET next_attempt_at = now() + interval '1 hour' WHERE id = $1`, [rows[1].id]);
    const ids = rows.map((r) => r.id);
    const [first, again] = await Promise.all([runner().deliverLocal('in_app', ids), runner().deliverLocal('in_app', ids)]);
    // Run side by side, the two statements split the rows between them (SKIP LOCKED) or the second finds them sent.
    const sent = ids.filter((_, i) => first[i] === 'sent' || again[i] === 'sent');
    expect(sent).toEqual(ids.slice(2));
    expect(ids.filter((_, i) => first[i] === 'sent' && again[i] === 'sent')).toEqual([]);
    const notes: { reminder_id: number; n: number }[] = await db.query(
      'SELECT reminder_id, count(*)::int AS n FROM notification WHERE reminder_id = ANY($1::int[]) GROUP BY reminder_id',
      [rs.map((r) => r.reminderId)],
    );
    expect(notes.map((x) => x.reminder_id).sort((a, b) => a - b)).toEqual(
      rows
        .slice(2)
        .map((r) => r.reminder_id)
        .sort((a, b) => a - b),
    );
    expect(notes.every((x) => x.n === 1)).toBe(true);
    const attempts: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM delivery_attempt WHERE delivery_id = ANY($1::int[]) AND ok', [ids]);
    expect(attempts[0].n).toBe(28);

    // One at a time (the path a failed batch falls back to): the same statement inside the delivery's transaction.
    const single = rows[rows.length - 1];
    await db.query(`UPDATE delivery SET state = 'pending', attempts = 1 WHERE id = $1`, [single.id]);
    await db.query('DELETE FROM notification WHERE reminder_id = $1', [single.reminder_id]);
    expect(await runner().deliverOne(single.id)).toEqual({ result: 'sent' });
    expect(await deliveryRow(single.id)).toEqual({ state: 'sent', attempts: 2 });
    const [note] = await db.query('SELECT user_id, title FROM notification WHERE reminder_id = $1', [single.reminder_id]);
    expect(note).toEqual({ user_id: recipientId, title: expect.stringContaining('交付测试') });
  });

  it('an idle SMTP connection the server closed is replaced without a failed attempt', async () => {
    const strict = await startSmtp({ socketTimeout: 300 }); // closes connections idle for 300 ms
    const config = { ...loadConfig(), mail: { ...loadConfig().mail, smtpUrl: strict.url } };
    const email = new EmailChannel(config);
    const strictRunner = new DeliveryRunner(db, config, [new InAppChannel(), email, new WebhookChannel(config)]);
    try {
      const a = await dueReminder();
      expect(await strictRunner.deliverOne(a.email)).toEqual({ result: 'sent' }); // leaves its connection idle
      await waitFor('the server to close the idle connection', async () => strict.closed() >= 1, 10_000, 10);
      const b = await dueReminder();
      expect(await strictRunner.deliverOne(b.email)).toEqual({ result: 'sent' });
      expect(await attemptsOf(b.email)).toEqual([{ attempt: 1, ok: true }]);
      expect(strict.mails.map((m) => m.messageId.match(/reminder-(\d+)@/)?.[1])).toEqual([String(a.reminderId), String(b.reminderId)]);
    } finally {
      email.onModuleDestroy();
      await strict.close();
    }
  });

  it("the answer is kept: the SMTP server's reply and the robot's body", async () => {
    const r = await dueReminder();
    expect((await runner().deliverOne(r.email)).result).toBe('sent');
    expect((await runner().deliverOne(r.webhook)).result).toBe('sent');
    const rows: { answer: string }[] = await db.query('SELECT answer FROM delivery_attempt WHERE delivery_id = ANY($1::int[]) ORDER BY delivery_id', [
      [r.email, r.webhook],
    ]);
    expect(rows.map((x) => x.answer)).toEqual([expect.stringMatching(/^250 /), expect.stringContaining('"errcode":0')]);
  });
});
