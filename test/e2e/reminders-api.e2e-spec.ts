import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';
import { createTestDatabase } from '../support/db';
import { factories, Factories } from '../support/factories';

/** The reminders' HTTP surface that needs no worker: the inbox, reminder rules and the queue board. */
describe('reminders API', () => {
  let api: TestApi;
  let db: DataSource;
  let f: Factories;
  let dropDb: () => Promise<void>;

  beforeAll(async () => {
    const testDb = await createTestDatabase();
    dropDb = testDb.drop;
    api = await startApi({ DATABASE_URL: testDb.url, QUEUE_PREFIX: `remapi${process.pid}` });
    db = api.app.get(DataSource);
    f = factories(db);
  });

  afterAll(async () => {
    await api?.close();
    await dropDb?.();
  });

  describe('inbox', () => {
    it('counts, lists and marks only the caller’s own notifications', async () => {
      const inbox = await api.as('promoter');
      await inbox.post('/api/notifications/read-all').expect(200);
      expect((await inbox.get('/api/notifications/unread-count').expect(200)).body).toEqual({ count: 0 });
      const promoter = await f.user('promoter');
      const ids: number[] = [];
      for (const title of ['一', '二']) {
        const [{ id }] = await db.query(`INSERT INTO notification (user_id, title, body) VALUES ($1, $2, '内容') RETURNING id`, [promoter.id, `测试通知${title}`]);
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

  describe('reminder rules', () => {
    it('lists the defaults and refuses inconsistent thresholds per field', async () => {
      const admin = await api.as('admin');
      const list = await admin.get('/api/reminder-rules').expect(200);
      expect(list.body.find((r: { planId: number | null }) => r.planId === null)).toMatchObject({ leadYellowDays: 30, leadRedDays: 60, contactYellowDays: 14, contactRedDays: 30, digestTime: '08:30' });
      const bad = await admin.put('/api/reminder-rules/defaults').send({ contactYellowDays: 30, contactRedDays: 20 }).expect(400);
      expect(bad.body.fields.map((x: { field: string }) => x.field)).toEqual(['contactRedDays']);
      const invalid = await admin.put('/api/reminder-rules/defaults').send({ digestTime: '8:30', preDueHours: -1, extra: 1 }).expect(400);
      expect(invalid.body.fields.map((x: { field: string }) => x.field).sort()).toEqual(['digestTime', 'extra', 'preDueHours']);
      await admin.put('/api/reminder-rules/plans/999999').send({ preDueHours: 2 }).expect(404);
      await (await api.as('leader')).put('/api/reminder-rules/defaults').send({ preDueHours: 2 }).expect(403);
    });
  });

  describe('queue monitoring (bull-board)', () => {
    it('is for admins only', async () => {
      await api.http.get('/api/admin/queues').expect(401);
      await api.http.get('/api/admin/queues').set('Authorization', `Bearer ${await api.token('promoter')}`).expect(403);
      await api.http.get('/api/admin/queues').set('Authorization', 'Bearer nonsense').expect(401);
      const page = await api.http.get('/api/admin/queues').set('Authorization', `Bearer ${await api.token('admin')}`).expect(200);
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
