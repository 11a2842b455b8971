import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';
import { reminderWithDeliveries } from '../support/reminder-factory';

/** The reminders' HTTP surface that needs no worker: the inbox, reminder monitoring, reminder rules and the queue board. */
describe('reminders API', () => {
  let api: TestApi;
  let db: DataSource;
  let f: Factories;

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: `remapi${process.pid}` }, { ownDatabase: 'seeded' });
    db = api.app.get(DataSource);
    f = factories(db);
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('inbox', () => {
    it('counts, lists and marks only the caller’s own notifications', async () => {
      const inbox = await api.as('promoter');
      await inbox.post('/api/notifications/read-all').expect(200);
      expect((await inbox.get('/api/notifications/unread-count').expect(200)).body).toEqual({ count: 0 });
      const promoter = await f.user('promoter');
      const ids: number[] = [];
      for (const title of ['一', '二']) {
        const [{ id }] = await db.query(`INSERT INTO notification (user_id, title, body) VALUES ($1, $2, '内容') RETURNING id`, [
          promoter.id,
          `测试通知${title}`,
        ]);
        ids.push(id);
      }
      expect((await inbox.get('/api/notifications/unread-count').expect(200)).body).toEqual({ count: 2 });
      const unread = await inbox.get('/api/notifications?filter={"unread":true}&sort=["id","ASC"]&range=[0,0]').expect(200);
      expect(unread.headers['content-range']).toBe('notifications 0-0/2');
      expect(unread.body.map((n: { id: number }) => n.id)).toEqual([ids[0]]);

      await (await api.as('promoter2')).post(`/api/notifications/${ids[0]}/read`).expect(404); // not theirs
      const read = await inbox.post(`/api/notifications/${ids[0]}/read`).expect(200);
      expect(read.body.readAt).toEqual(expect.any(String));
      expect((await inbox.get('/api/notifications/unread-count').expect(200)).body).toEqual({ count: 1 });
      expect((await inbox.post('/api/notifications/read-all').expect(200)).body).toEqual({ updated: 1 });
      expect((await inbox.get('/api/notifications/unread-count').expect(200)).body).toEqual({ count: 0 });
      const others = await (await api.as('promoter2')).get('/api/notifications?range=[0,999]').expect(200);
      expect(others.body.some((n: { id: number }) => ids.includes(n.id))).toBe(false);
    });

    it.each([
      ['/api/notifications?filter={"unread":"yes"}', 'filter.unread'],
      ['/api/notifications?filter={"userId":3}', 'filter.userId'],
      ['/api/notifications?sort=["body","ASC"]', 'sort'],
      ['/api/notifications?range=[5,1]', 'range'],
    ])('refuses %s with 400 naming %s', async (url, field) => {
      const res = await (await api.as('promoter')).get(url).expect(400);
      expect(res.body.fields.map((x: { field: string }) => x.field)).toContain(field);
    });

    it('refuses a bad id with 400 and anonymous callers with 401', async () => {
      await (await api.as('promoter')).post('/api/notifications/abc/read').expect(400);
      await api.http.get('/api/notifications').expect(401);
    });
  });

  describe('reminder monitoring', () => {
    it('finds a failed reminder by state, kind, recipient and target, with each channel and every attempt', async () => {
      const admin = await api.as('admin');
      const promoter = await f.user('promoter');
      const target = await f.target({ owner: 'promoter' });
      const failed = await reminderWithDeliveries(db, {
        recipientId: promoter.id,
        targetId: target.id,
        deliveries: [
          { channel: 'in_app', state: 'sent', attempts: [{ attempt: 1, minutesAgo: 91, ok: true }] },
          {
            channel: 'email',
            state: 'failed',
            lastError: '535 5.7.8 Authentication failed',
            attempts: [
              { attempt: 1, minutesAgo: 90, ok: false, error: 'connect ECONNREFUSED 127.0.0.1:2525' },
              { attempt: 2, minutesAgo: 60, ok: false, error: '535 5.7.8 Authentication failed', answer: '535 5.7.8 Authentication failed' },
            ],
          },
          // Handed over to the robot, then the worker stopped before its answer came.
          { channel: 'webhook', state: 'sent', attempts: [{ attempt: 1, minutesAgo: 30, ok: null }] },
        ],
      });
      const delivered = await reminderWithDeliveries(db, {
        recipientId: promoter.id,
        targetId: target.id,
        state: 'delivered',
        deliveries: [{ channel: 'in_app', state: 'sent' }],
      });

      const filter = (x: object) => `/api/reminders?filter=${encodeURIComponent(JSON.stringify(x))}`;
      const byTarget = await admin.get(filter({ targetId: target.id, state: 'failed' })).expect(200);
      expect(byTarget.headers['content-range']).toBe('reminders 0-0/1');
      expect(byTarget.body[0]).toMatchObject({
        id: failed.id,
        kind: 'due',
        state: 'failed',
        targetId: target.id,
        recipientId: promoter.id,
        recipientName: promoter.displayName,
        deliveries: [
          { channel: 'email', state: 'failed', attempts: 2, lastError: '535 5.7.8 Authentication failed', sentAt: null },
          { channel: 'in_app', state: 'sent', attempts: 1, lastError: null, sentAt: expect.any(String) },
          { channel: 'webhook', state: 'sent', attempts: 1, lastError: null },
        ],
      });
      const both = await admin.get(filter({ targetId: target.id, recipientId: promoter.id, kind: 'due' })).expect(200);
      expect(both.body.map((r: { id: number }) => r.id).sort()).toEqual([failed.id, delivered.id].sort());
      const failedOnly = await admin.get(`${filter({ state: 'failed' })}&range=[0,999]`).expect(200);
      expect(failedOnly.body.every((r: { state: string }) => r.state === 'failed')).toBe(true);
      expect(failedOnly.body.some((r: { id: number }) => r.id === failed.id)).toBe(true);

      const detail = await admin.get(`/api/reminders/${failed.id}`).expect(200);
      expect(detail.body.attempts).toEqual([
        expect.objectContaining({ channel: 'in_app', attempt: 1, ok: true, error: null, answer: null }),
        expect.objectContaining({ channel: 'email', attempt: 1, ok: false, error: 'connect ECONNREFUSED 127.0.0.1:2525' }),
        expect.objectContaining({
          channel: 'email',
          attempt: 2,
          ok: false,
          error: '535 5.7.8 Authentication failed',
          answer: '535 5.7.8 Authentication failed',
          durationMs: 10,
        }),
        expect.objectContaining({ channel: 'webhook', attempt: 1, ok: null, error: null, answer: null }),
      ]);
    });

    it('retries only the failed channel: it is pending again and the reminder scheduled', async () => {
      const admin = await api.as('admin');
      const promoter = await f.user('promoter');
      const r = await reminderWithDeliveries(db, {
        recipientId: promoter.id,
        deliveries: [
          { channel: 'in_app', state: 'sent' },
          { channel: 'webhook', state: 'failed', lastError: 'HTTP 502', attempts: [{ attempt: 1, minutesAgo: 5, ok: false, error: 'HTTP 502' }] },
        ],
      });
      await (await api.as('leader')).post(`/api/reminders/${r.id}/retry`).expect(403);
      expect((await admin.post(`/api/reminders/${r.id}/retry`).expect(200)).body).toEqual({ retried: 1 });
      const after = await admin.get(`/api/reminders/${r.id}`).expect(200);
      expect(after.body).toMatchObject({ state: 'scheduled', settledAt: null });
      expect(after.body.deliveries.map((d: { channel: string; state: string }) => [d.channel, d.state])).toEqual([
        ['in_app', 'sent'],
        ['webhook', 'pending'],
      ]);
      expect((await admin.post(`/api/reminders/${r.id}/retry`).expect(400)).body.code).toBe('nothing_to_retry');
    });

    it.each([
      ['/api/reminders?filter={"state":"lost"}', 'filter.state'],
      ['/api/reminders?filter={"channel":"email"}', 'filter.channel'],
      ['/api/reminders?sort=["title","ASC"]', 'sort'],
    ])('refuses %s with 400 naming %s', async (url, field) => {
      const res = await (await api.as('admin')).get(url).expect(400);
      expect(res.body.fields.map((x: { field: string }) => x.field)).toContain(field);
    });
  });

  describe('reminder rules', () => {
    const RULE = {
      preDueHours: 0,
      escalationGraceHours: 24,
      leadYellowDays: 30,
      leadRedDays: 60,
      contactYellowDays: 14,
      contactRedDays: 30,
      signedYellowDays: 30,
      signedRedDays: 60,
      digestTime: '08:30',
    };

    it('lists the defaults first, then every plan with the values that apply to it, react-admin shaped', async () => {
      const admin = await api.as('admin');
      const [{ plans }] = await db.query('SELECT count(*)::int AS plans FROM plan');
      const list = await admin.get('/api/reminder-rules?range=[0,999]').expect(200);
      expect(list.headers['content-range']).toBe(`reminder-rules 0-${plans}/${plans + 1}`);
      expect(list.body[0]).toMatchObject({ id: 'defaults', planId: null, overridden: true, ...RULE, version: expect.any(Number) });
      const [, first] = list.body;
      expect(first).toMatchObject({ id: `plan-${first.planId}`, planTitle: expect.any(String), overridden: false, version: null, ...RULE });
      const page = await admin.get('/api/reminder-rules?range=[0,0]&sort=["planId","DESC"]').expect(200);
      expect(page.headers['content-range']).toBe(`reminder-rules 0-0/${plans + 1}`);
      expect(page.body[0].planId).toBe(Math.max(...list.body.slice(1).map((r: { planId: number }) => r.planId)));
    });

    it('gives a plan its own values on the first save, keeps the rest from the defaults, and guards later saves by version', async () => {
      const admin = await api.as('admin');
      const plan = await f.plan();
      const before = await admin.get(`/api/reminder-rules/plans/${plan.id}`).expect(200);
      expect(before.body).toMatchObject({ id: `plan-${plan.id}`, planId: plan.id, planTitle: plan.title, overridden: false, version: null, ...RULE });

      // What the backoffice sends for a plan that follows the defaults: the change and the null version it read.
      const saved = await admin.put(`/api/reminder-rules/plans/${plan.id}`).send({ leadYellowDays: 20, version: null }).expect(200);
      expect(saved.body).toMatchObject({ id: `plan-${plan.id}`, overridden: true, version: 1, ...RULE, leadYellowDays: 20 });
      const own = await admin.get(`/api/reminder-rules?filter=${encodeURIComponent(JSON.stringify({ planId: plan.id }))}`).expect(200);
      expect(own.body).toEqual([saved.body]);
      const overridden = await admin.get('/api/reminder-rules?filter={"overridden":true}&range=[0,999]').expect(200);
      expect(overridden.body.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(['defaults', `plan-${plan.id}`]));
      expect(overridden.body.every((r: { overridden: boolean }) => r.overridden)).toBe(true);

      // Someone who read the plan before it had values of its own, or an older version, is refused.
      expect((await admin.put(`/api/reminder-rules/plans/${plan.id}`).send({ leadYellowDays: 25, version: null }).expect(409)).body.code).toBeDefined();
      await admin.put(`/api/reminder-rules/plans/${plan.id}`).send({ leadYellowDays: 25, version: 1 }).expect(200);
      await admin.put(`/api/reminder-rules/plans/${plan.id}`).send({ leadYellowDays: 26, version: 1 }).expect(409);
      expect((await admin.get(`/api/reminder-rules/plans/${plan.id}`).expect(200)).body).toMatchObject({ leadYellowDays: 25, version: 2 });
      // The defaults did not move.
      expect((await admin.get('/api/reminder-rules/defaults').expect(200)).body).toMatchObject({ id: 'defaults', ...RULE });
    });

    it('恢复默认: a plan drops its own values (guarded by version, audited, idempotent) and follows the defaults again', async () => {
      const admin = await api.as('admin');
      const plan = await f.plan();
      await admin.put(`/api/reminder-rules/plans/${plan.id}`).send({ contactRedDays: 45, version: null }).expect(200);
      await admin.put(`/api/reminder-rules/plans/${plan.id}`).send({ contactRedDays: 50, version: 1 }).expect(200);

      // A stale or malformed version is refused and changes nothing.
      await admin.delete(`/api/reminder-rules/plans/${plan.id}?version=1`).expect(409);
      const badVersion = await admin.delete(`/api/reminder-rules/plans/${plan.id}?version=abc`).expect(400);
      expect(new Set(badVersion.body.fields.map((x: { field: string }) => x.field))).toEqual(new Set(['version']));
      expect((await admin.get(`/api/reminder-rules/plans/${plan.id}`).expect(200)).body).toMatchObject({ overridden: true, contactRedDays: 50, version: 2 });

      const reset = await admin.delete(`/api/reminder-rules/plans/${plan.id}?version=2`).expect(200);
      expect(reset.body).toMatchObject({ id: `plan-${plan.id}`, overridden: false, version: null, ...RULE });
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM reminder_rule WHERE plan_id = $1`, [plan.id]);
      expect(n).toBe(0);
      const [audit] = await db.query(
        `SELECT changes FROM audit_log WHERE entity = 'reminder_rule' AND action = 'delete' AND (changes->'planId'->>0)::int = $1`,
        [plan.id],
      );
      expect(audit?.changes?.contactRedDays?.[0]).toBe(50);
      // Again (e.g. a double click): still the defaults. A plan that does not exist: 404.
      expect((await admin.delete(`/api/reminder-rules/plans/${plan.id}`).expect(200)).body).toMatchObject({ overridden: false, ...RULE });
      await admin.delete('/api/reminder-rules/plans/999999').expect(404);
      await (await api.as('leader')).delete(`/api/reminder-rules/plans/${plan.id}`).expect(403);
    });

    it('refuses inconsistent thresholds, bad values and bad list parameters per field', async () => {
      const admin = await api.as('admin');
      const bad = await admin.put('/api/reminder-rules/defaults').send({ contactYellowDays: 30, contactRedDays: 20 }).expect(400);
      expect(bad.body.fields.map((x: { field: string }) => x.field)).toEqual(['contactRedDays']);
      expect(bad.body.fields[0].messageZh).toMatch(/[\u4e00-\u9fff]/);
      const invalid = await admin.put('/api/reminder-rules/defaults').send({ digestTime: '8:30', preDueHours: -1, extra: 1 }).expect(400);
      expect(invalid.body.fields.map((x: { field: string }) => x.field).sort()).toEqual(['digestTime', 'extra', 'preDueHours']);
      const cleared = await admin.put('/api/reminder-rules/defaults').send({ leadRedDays: null }).expect(400);
      expect(new Set(cleared.body.fields.map((x: { field: string }) => x.field))).toEqual(new Set(['leadRedDays']));
      await admin.put('/api/reminder-rules/plans/999999').send({ preDueHours: 2 }).expect(404);
      await admin.get('/api/reminder-rules/plans/999999').expect(404);
      for (const [url, field] of [
        ['/api/reminder-rules?filter={"digestTime":"08:30"}', 'filter.digestTime'],
        ['/api/reminder-rules?filter={"overridden":"maybe"}', 'filter.overridden'],
        ['/api/reminder-rules?sort=["id","ASC"]', 'sort'],
      ]) {
        expect({ url, fields: (await admin.get(url).expect(400)).body.fields.map((x: { field: string }) => x.field) }).toEqual({ url, fields: [field] });
      }
      expect((await admin.get('/api/reminder-rules/defaults').expect(200)).body).toMatchObject(RULE);
    });

    it('is for admins only', async () => {
      await (await api.as('leader')).put('/api/reminder-rules/defaults').send({ preDueHours: 2 }).expect(403);
      await (await api.as('leader')).get('/api/reminder-rules').expect(403);
      await (await api.as('promoter')).get('/api/reminder-rules/defaults').expect(403);
      await api.http.get('/api/reminder-rules').expect(401);
    });
  });

  describe('queue monitoring (bull-board)', () => {
    it('is for admins only', async () => {
      await api.http.get('/api/admin/queues').expect(401);
      await api.http
        .get('/api/admin/queues')
        .set('Authorization', `Bearer ${await api.token('promoter')}`)
        .expect(403);
      await api.http.get('/api/admin/queues').set('Authorization', 'Bearer nonsense').expect(401);
      const page = await api.http
        .get('/api/admin/queues')
        .set('Authorization', `Bearer ${await api.token('admin')}`)
        .expect(200);
      expect(page.text).toContain('<html');
    });

    it('serves the board API with the token from the query, and sets a cookie for the board’s own requests', async () => {
      const res = await api.http.get(`/api/admin/queues/api/queues?access_token=${await api.token('admin')}`).expect(200);
      expect(res.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['reminders', 'system']);
      const cookie = String(res.headers['set-cookie']).split(';')[0];
      await api.http.get('/api/admin/queues/api/queues').set('Cookie', cookie).expect(200);
    });
  });
});
