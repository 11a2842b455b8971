import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, type TestApi } from '../support/api';
import { factories } from '../support/factories';

interface AuditRow {
  id: number;
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes: Record<string, [unknown, unknown]>;
  requestId: string | null;
}

/** Who changed what, when: one audit row per write, in the write's own transaction. */
describe('audit trail', () => {
  let api: TestApi;
  let ds: DataSource;

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}au` }, { ownDatabase: 'seeded' });
    ds = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api?.close();
  });

  const trail = async (entity: string, entityId: number | string): Promise<AuditRow[]> => {
    const admin = await api.as('admin');
    const res = await admin
      .get('/api/audit-logs')
      .query({ filter: JSON.stringify({ entity, entityId: String(entityId) }), sort: '["id","ASC"]', range: '[0,99]' })
      .expect(200);
    expect(res.headers['content-range']).toMatch(/^audit-logs \d+-\d+\/\d+$/);
    return res.body;
  };

  it('records a login with who logged in', async () => {
    const res = await api.http.post('/api/auth/login').send({ username: 'leader', password: 'Demo@2025' }).expect(200);
    const leaderId = (await factories(ds).user('leader')).id;
    const rows = await trail('app_user', leaderId);
    expect(rows.at(-1)).toMatchObject({ action: 'login', userId: leaderId, username: 'leader', requestId: res.headers['x-request-id'] });
  });

  it('records a created target, its transitions and a contact log, each with the caller and request id', async () => {
    const f = factories(ds);
    const link = await f.chainLink();
    const firm = await f.firm();
    const promoter = await api.as('promoter');
    const promoterId = (await f.user('promoter')).id;

    const created = await promoter
      .post('/api/targets')
      .set('X-Request-Id', 'req-audit-1')
      .send({ firmId: firm.id, chainLinkId: link.id, notes: '首次接触' })
      .expect(201);
    const id = created.body.id as number;
    await promoter
      .post(`/api/targets/${id}/transitions`)
      .send({ to: 'contact', version: created.body.version })
      .expect((r) => expect(r.status).toBeLessThan(300));
    // a stale second attempt is refused and leaves no row
    await promoter.post(`/api/targets/${id}/transitions`).send({ to: 'contact', version: created.body.version }).expect(409);

    const rows = await trail('target', id);
    expect(rows.map((r) => r.action)).toEqual(['insert', 'transition', 'transition']);
    expect(rows[0]).toMatchObject({ userId: promoterId, requestId: 'req-audit-1' });
    expect(rows[0].changes.notes).toEqual([null, '首次接触']);
    expect(rows[0].changes.firmId).toEqual([null, firm.id]);
    expect(rows[1].changes).toEqual({ stage: [null, 'lead'] });
    expect(rows[2]).toMatchObject({ userId: promoterId, changes: { stage: ['lead', 'contact'] } });

    const log = await promoter
      .post('/api/contact-logs')
      .send({ targetId: id, kind: 'visit', at: new Date().toISOString(), summary: '走访企业总部' })
      .expect(201);
    const logRows = await trail('contact_log', log.body.id);
    expect(logRows).toHaveLength(1);
    expect(logRows[0]).toMatchObject({ action: 'insert', userId: promoterId, changes: { summary: [null, '走访企业总部'] } });
  });

  it('records an edit of a target with the old and new values', async () => {
    const t = await factories(ds).target({ owner: 'promoter' });
    const promoter = await api.as('promoter');
    await promoter.put(`/api/targets/${t.id}`).send({ version: t.version, notes: '改为重点跟进' }).expect(200);
    const rows = await trail('target', t.id);
    expect(rows.filter((r) => r.action === 'update').map((r) => r.changes.notes)).toEqual([[null, '改为重点跟进']]);
  });

  it('records the writes the subscriber cannot see (follow-up, contact-log edit and delete, target delete, manager chains) with their changes', async () => {
    const f = factories(ds);
    const t = await f.target({ owner: 'promoter' });
    const promoter = await api.as('promoter');
    const admin = await api.as('admin');
    const due = '2031-05-06T02:00:00.000Z';
    const moved = await promoter.put(`/api/targets/${t.id}/follow-up`).send({ at: due, version: t.version }).expect(200);
    const log = await promoter.post('/api/contact-logs').send({ targetId: t.id, kind: 'visit', at: new Date().toISOString(), summary: '初次走访' }).expect(201);
    await promoter.put(`/api/contact-logs/${log.body.id}`).send({ summary: '二次走访' }).expect(200);
    await promoter.delete(`/api/contact-logs/${log.body.id}`).expect(200);
    await admin.delete(`/api/targets/${t.id}`).expect(200);

    const targetRows = await trail('target', t.id);
    const followUp = targetRows.find((r) => r.action === 'update' && 'nextFollowUpAt' in r.changes);
    expect(followUp?.changes.nextFollowUpAt[1]).toBe(due);
    expect(moved.body.nextFollowUpAt).toBe(due);
    expect(targetRows.at(-1)).toMatchObject({ action: 'delete', changes: {} });
    const logRows = await trail('contact_log', log.body.id);
    expect(logRows.map((r) => r.action)).toEqual(['insert', 'update', 'delete']);
    expect(logRows[1].changes).toEqual({ summary: ['初次走访', '二次走访'] });

    const chain = await f.chain();
    const chainUser = await f.user('chain');
    const before: { chain_id: number }[] = await ds.query('SELECT chain_id FROM chain_manager WHERE user_id = $1 ORDER BY chain_id', [chainUser.id]);
    const previous = before.map((r) => r.chain_id);
    const user = (await admin.get(`/api/users/${chainUser.id}`).expect(200)).body;
    await admin
      .put(`/api/users/${chainUser.id}`)
      .send({ version: user.version, chainIds: [...previous, chain.id] })
      .expect(200);
    const userRows = await trail('app_user', chainUser.id);
    expect(userRows.at(-1)).toMatchObject({ action: 'update', changes: { chainIds: [previous, [...previous, chain.id].sort((a, b) => a - b)] } });
  });

  it('keeps the trail append-only and hides it from everyone but admins', async () => {
    await expect(ds.query(`UPDATE audit_log SET action = 'insert'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    for (const who of ['promoter', 'chain', 'leader']) await (await api.as(who)).get('/api/audit-logs').expect(403);
    await api.http.get('/api/audit-logs').expect(401);
  });

  it('refuses bad list parameters with 400', async () => {
    const admin = await api.as('admin');
    for (const q of [{ filter: '{"action":"drop"}' }, { filter: '{"at_gte":"yesterday"}' }, { sort: '["changes","ASC"]' }, { range: '[5,1]' }]) {
      const res = await admin.get('/api/audit-logs').query(q).expect(400);
      expect(res.body.code).toBe('validation_failed');
    }
  });
});
