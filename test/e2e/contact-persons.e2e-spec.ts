import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';

const q = (filter: object) => `?filter=${encodeURIComponent(JSON.stringify(filter))}`;

describe('联系人 over HTTP: persons at a firm, log participants, personal data, erasure', () => {
  let api: TestApi;
  let f: Factories;
  let ds: DataSource;

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
  });
  afterAll(() => api.close());

  it('adds two persons to a firm, picks them as log participants, finds them on the target page; another team sees no numbers', async () => {
    const target = await f.target({ owner: 'promoter' });
    const promoter = await api.as('promoter');
    const chairman = await promoter
      .post('/api/contact-persons')
      .send({
        firmId: target.firmId,
        name: '李董事长',
        title: '董事长',
        phone: '138 0000 1111',
        wechat: 'li_dsz',
        email: 'li@example.com',
        notes: '周三上午有空',
      })
      .expect(201);
    const secretary = await promoter
      .post('/api/contact-persons')
      .send({ firmId: target.firmId, name: '陈秘书', title: '董事会秘书', phone: '023-6378 2222' })
      .expect(201);
    expect(chairman.body).toMatchObject({
      name: '李董事长',
      phone: '138 0000 1111',
      knownByName: '张专员（演示）',
      personalDataVisible: true,
      canEdit: true,
      version: 1,
    });

    const log = await promoter
      .post('/api/contact-logs')
      .send({
        targetId: target.id,
        kind: 'visit',
        at: '2026-03-05T06:00:00Z',
        summary: '拜访董事长，秘书陪同',
        participants: '招商局王科长',
        contactPersonIds: [chairman.body.id, secretary.body.id],
      })
      .expect(201);
    expect(log.body.contactPersonIds).toEqual([chairman.body.id, secretary.body.id].sort((a, b) => a - b));
    expect(log.body.participants).toBe('招商局王科长'); // free text still kept beside the picked persons

    // the target page lists the firm's persons, with when each last took part in a log
    const onTarget = await promoter.get(`/api/contact-persons${q({ targetId: target.id })}`).expect(200);
    expect(onTarget.body.map((p: { name: string }) => p.name).sort()).toEqual(['李董事长', '陈秘书'].sort());
    expect(onTarget.body.every((p: { lastContactAt: string }) => p.lastContactAt === '2026-03-05T06:00:00.000Z')).toBe(true);
    const ofLog = await promoter.get(`/api/contact-persons${q({ contactLogId: log.body.id })}`).expect(200);
    expect(ofLog.body).toHaveLength(2);

    // promoter2 (another team): the persons exist for them, their numbers do not
    const other = await api.as('promoter2');
    const seen = await other.get(`/api/contact-persons${q({ firmId: target.firmId })}`).expect(200);
    expect(seen.body).toHaveLength(2);
    for (const p of seen.body) expect(p).toMatchObject({ phone: null, wechat: null, email: null, notes: null, personalDataVisible: false, canEdit: false });
    expect(JSON.stringify(seen.body)).not.toMatch(/138 0000|023-6378|li_dsz/);
    expect((await other.get(`/api/contact-persons/${chairman.body.id}`).expect(200)).body.phone).toBeNull();
    // …nor through the target (hidden → 404) or the log, nor can they change the person
    await other.get(`/api/contact-persons${q({ targetId: target.id })}`).expect(404);
    await other.get(`/api/contact-persons${q({ contactLogId: log.body.id })}`).expect(404);
    await other.put(`/api/contact-persons/${chairman.body.id}`).send({ version: 1, phone: '139 0000 0000' }).expect(403);
    await other.delete(`/api/contact-persons/${chairman.body.id}`).expect(403);
    await other.post('/api/contact-persons').send({ firmId: target.firmId, name: '插队的人' }).expect(403);
    expect((await other.get(`/api/firms/${target.firmId}/contact-persons/access`).expect(200)).body).toEqual({ canAdd: false });
    expect((await promoter.get(`/api/firms/${target.firmId}/contact-persons/access`).expect(200)).body).toEqual({ canAdd: true });
    expect((await other.get(`/api/firms/${(await f.firm()).id}/contact-persons/access`).expect(200)).body).toEqual({ canAdd: true }); // nobody pursues it yet
    // leaders read names and titles, not numbers, and change nothing
    const leader = await api.as('leader');
    expect((await leader.get(`/api/contact-persons/${chairman.body.id}`).expect(200)).body).toMatchObject({ name: '李董事长', phone: null });
    await leader.post('/api/contact-persons').send({ firmId: target.firmId, name: '领导' }).expect(403);
    // the admin sees everything
    expect((await (await api.as('admin')).get(`/api/contact-persons/${chairman.body.id}`).expect(200)).body.phone).toBe('138 0000 1111');
  });

  it('edits are versioned and audited; bad input names the field', async () => {
    const target = await f.target({ owner: 'promoter' });
    const promoter = await api.as('promoter');
    const p = await promoter.post('/api/contact-persons').send({ firmId: target.firmId, name: '赵总' }).expect(201);
    const edited = await promoter.put(`/api/contact-persons/${p.body.id}`).send({ version: 1, title: '总经理', phone: '13911112222' }).expect(200);
    expect(edited.body).toMatchObject({ title: '总经理', phone: '13911112222', version: 2 });
    const stale = await promoter.put(`/api/contact-persons/${p.body.id}`).send({ version: 1, title: '副总' }).expect(409);
    expect(stale.body.code).toBe('stale_version');
    const bad = await promoter.post('/api/contact-persons').send({ firmId: target.firmId, name: '钱总', phone: 'call me', email: 'nope' }).expect(400);
    expect(bad.body.fields.map((x: { field: string }) => x.field).sort()).toEqual(['email', 'phone']);
    expect(
      (
        await promoter
          .post('/api/contact-persons')
          .send({ firmId: 2 ** 31 - 1, name: '无企业' })
          .expect(400)
      ).body.fields[0].field,
    ).toBe('firmId');
    // a participant must be a person of the log's own firm
    const elsewhere = await promoter
      .post('/api/contact-persons')
      .send({ firmId: (await f.firm()).id, name: '别家的人' })
      .expect(201);
    const refused = await promoter
      .post('/api/contact-logs')
      .send({ targetId: target.id, kind: 'call', at: '2026-03-05T06:00:00Z', summary: '电话', contactPersonIds: [elsewhere.body.id] })
      .expect(400);
    expect(refused.body.fields[0].field).toBe('contactPersonIds');
    expect(await ds.query('SELECT count(*)::int AS n FROM contact_log WHERE target_id = $1', [target.id])).toEqual([{ n: 0 }]); // nothing half-written
    const trail = await ds.query(`SELECT action, changes FROM audit_log WHERE entity = 'contact_person' AND entity_id = $1 ORDER BY id`, [String(p.body.id)]);
    expect(trail.map((r: { action: string }) => r.action)).toEqual(['insert', 'update']);
    expect(trail[1].changes).toMatchObject({ title: [null, '总经理'], phone: [null, '13911112222'] });
  });

  it('deleting a person erases them: the row, their log links and their values in the audit trail', async () => {
    const target = await f.target({ owner: 'promoter' });
    const promoter = await api.as('promoter');
    const p = await promoter
      .post('/api/contact-persons')
      .send({ firmId: target.firmId, name: '孙经理', title: '投资部经理', phone: '13700009999', wechat: 'sun_wx' })
      .expect(201);
    await promoter.put(`/api/contact-persons/${p.body.id}`).send({ version: 1, phone: '13700008888' }).expect(200);
    const log = await promoter
      .post('/api/contact-logs')
      .send({ targetId: target.id, kind: 'meeting', at: '2026-03-06T02:00:00Z', summary: '洽谈', contactPersonIds: [p.body.id] })
      .expect(201);

    await promoter.delete(`/api/contact-persons/${p.body.id}`).expect(200);
    await promoter.get(`/api/contact-persons/${p.body.id}`).expect(404);
    expect(await ds.query('SELECT count(*)::int AS n FROM contact_person WHERE id = $1', [p.body.id])).toEqual([{ n: 0 }]);
    expect(await ds.query('SELECT count(*)::int AS n FROM contact_log_person WHERE contact_person_id = $1', [p.body.id])).toEqual([{ n: 0 }]);
    expect((await promoter.get(`/api/contact-logs/${log.body.id}`).expect(200)).body.contactPersonIds).toEqual([]);

    // the trail keeps who did what and when, and no longer what the name or numbers were
    const trail: { action: string; changes: Record<string, unknown> }[] = await ds.query(
      `SELECT action, changes FROM audit_log WHERE entity = 'contact_person' AND entity_id = $1 ORDER BY id`,
      [String(p.body.id)],
    );
    expect(trail.map((r) => r.action)).toEqual(['insert', 'update', 'delete']);
    const everything = JSON.stringify(await ds.query(`SELECT changes FROM audit_log`));
    for (const secret of ['13700009999', '13700008888', 'sun_wx', '孙经理', '投资部经理']) expect(everything).not.toContain(secret);
    expect(trail[0].changes).toMatchObject({ name: [null, '[已删除]'], phone: [null, '[已删除]'], firmId: [null, target.firmId] });

    // the redaction door is shut outside the erase path: the trail stays append-only
    await expect(ds.query(`UPDATE audit_log SET changes = '{}' WHERE entity = 'contact_person' AND entity_id = $1`, [String(p.body.id)])).rejects.toThrow(
      /append-only/,
    );
    await expect(ds.query(`DELETE FROM audit_log WHERE entity = 'contact_person'`)).rejects.toThrow(/append-only/);
  });
});
