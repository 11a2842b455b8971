import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';
import { deliveredMessage } from '../support/reminder-factory';

interface Message {
  id: number;
  kind: string | null;
  targetId: number | null;
  link: string | null;
  readAt: string | null;
  resolvedAt: string | null;
}

/**
 * The inbox over HTTP: a message opens (GET :id) for its recipient only, and a message whose
 * condition has cleared is resolved — read, marked 已解除 — in the same transaction that cleared it.
 */
describe('the inbox', () => {
  let api: TestApi;
  let ds: DataSource;
  let f: Factories;

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
  });
  afterAll(() => api.close());

  /** A reminder delivered to the user's inbox, as the worker leaves it. Returns the notification id. */
  async function delivered(o: { targetId: number; username: string; kind: string; followUpId?: number | null; dedupeKey?: string }): Promise<number> {
    const { username, ...rest } = o;
    return (await deliveredMessage(ds, { ...rest, recipientId: (await f.user(username)).id })).id;
  }

  const get = async (username: string, id: number) => (await api.as(username)).get(`/api/notifications/${id}`);
  const unread = async (username: string) => (await (await api.as(username)).get('/api/notifications/unread-count').expect(200)).body.count as number;

  it('opens a message for its recipient, with what it is about; anyone else gets 404', async () => {
    const target = await f.target({ owner: 'promoter' });
    const id = await delivered({ targetId: target.id, username: 'promoter', kind: 'due' });
    const res = await get('promoter', id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, kind: 'due', targetId: target.id, link: `#/targets/${target.id}/show`, readAt: null, resolvedAt: null });
    expect((await get('promoter2', id)).status).toBe(404);
    expect((await get('admin', id)).status).toBe(404);
    expect((await get('promoter', 2 ** 31 - 1)).status).toBe(404);
    expect((await get('promoter', 0)).status).toBe(400);

    const before = await unread('promoter');
    const read = await (await api.as('promoter')).post(`/api/notifications/${id}/read`).expect(200);
    expect(read.body.readAt).not.toBeNull();
    expect(await unread('promoter')).toBe(before - 1);
    const list = await (await api.as('promoter')).get('/api/notifications?filter={"unread":false}&range=[0,199]').expect(200);
    expect((list.body as Message[]).find((m) => m.id === id)).toMatchObject({ targetId: target.id, kind: 'due' });
  });

  it('resolves the notices of a follow-up once a contact log replaces it', async () => {
    const target = await f.target({ owner: 'promoter', stage: 'contact' });
    const promoter = await api.as('promoter');
    await promoter
      .put(`/api/targets/${target.id}/follow-up`)
      .send({ at: new Date(Date.now() + 3_600_000).toISOString(), version: target.version })
      .expect(200);
    const [{ id: followUpId }] = await ds.query(`SELECT id FROM follow_up WHERE target_id = $1 AND state = 'open'`, [target.id]);
    const due = await delivered({ targetId: target.id, username: 'promoter', kind: 'due', followUpId });
    const escalation = await delivered({ targetId: target.id, username: 'leader', kind: 'escalation', followUpId });
    const unreadBefore = await unread('promoter');

    await promoter
      .post('/api/contact-logs')
      .send({
        targetId: target.id,
        kind: 'visit',
        at: new Date().toISOString(),
        summary: '已走访（演示）',
        nextFollowUpAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      })
      .expect(201);

    for (const [username, id] of [
      ['promoter', due],
      ['leader', escalation],
    ] as const) {
      const m = (await get(username, id)).body as Message;
      expect(m.resolvedAt).not.toBeNull();
      expect(m.readAt).not.toBeNull(); // resolved is not left unread
    }
    expect(await unread('promoter')).toBe(unreadBefore - 1);
  });

  it('resolves a stale alert when the target gets a log after its idle stretch, not for an older log', async () => {
    const idleSince = new Date(Date.now() - 40 * 86_400_000);
    const target = await f.target({ owner: 'promoter', stage: 'contact', stageEnteredAt: idleSince });
    const promoter = await f.user('promoter');
    const alert = await delivered({
      targetId: target.id,
      username: 'promoter',
      kind: 'stale_yellow',
      dedupeKey: `stale_yellow-t${target.id}-u${promoter.id}-a${idleSince.getTime()}`,
    });
    const http = await api.as('promoter');

    // A log dated before the idle stretch began does not end it.
    await http
      .post('/api/contact-logs')
      .send({ targetId: target.id, kind: 'call', at: new Date(idleSince.getTime() - 86_400_000).toISOString(), summary: '补录旧电话（演示）' })
      .expect(201);
    expect(((await get('promoter', alert)).body as Message).resolvedAt).toBeNull();

    await http.post('/api/contact-logs').send({ targetId: target.id, kind: 'visit', at: new Date().toISOString(), summary: '恢复走访（演示）' }).expect(201);
    const m = (await get('promoter', alert)).body as Message;
    expect(m.resolvedAt).not.toBeNull();
    expect(m.readAt).not.toBeNull();
  });

  it('resolves the follow-up notices when the target is lost', async () => {
    const target = await f.target({ owner: 'promoter', stage: 'contact' });
    const http = await api.as('promoter');
    const res = await http
      .put(`/api/targets/${target.id}/follow-up`)
      .send({ at: new Date(Date.now() + 3_600_000).toISOString(), version: target.version })
      .expect(200);
    const [{ id: followUpId }] = await ds.query(`SELECT id FROM follow_up WHERE target_id = $1 AND state = 'open'`, [target.id]);
    const due = await delivered({ targetId: target.id, username: 'promoter', kind: 'pre_due', followUpId });
    await http.post(`/api/targets/${target.id}/transitions`).send({ to: 'lost', reason: '企业已选择外地落户（演示）', version: res.body.version }).expect(201);
    expect(((await get('promoter', due)).body as Message).resolvedAt).not.toBeNull();
  });
});
