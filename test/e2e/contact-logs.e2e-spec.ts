import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { PipelineHooksRegistry, Target } from '@crm/pipeline';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';

const list = (filter: object) => `/api/contact-logs?filter=${encodeURIComponent(JSON.stringify(filter))}`;

describe('contact logs over HTTP', () => {
  let api: TestApi;
  let f: Factories;
  let ds: DataSource;
  const followUps: { targetId: number; previous: Date | null; now: Date | null }[] = [];

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
    api.app.get(PipelineHooksRegistry).register({
      followUpChanged: async (_em, target, previous) => void followUps.push({ targetId: target.id, previous, now: target.nextFollowUpAt }),
    });
  });
  afterAll(() => api.close());

  it('records a visit that sets the target’s open follow-up and last activity', async () => {
    const t = await f.target({ lastActivityAt: new Date('2026-01-01T00:00:00Z'), nextFollowUpAt: new Date('2026-02-01T00:00:00Z') });
    const res = await (await api.as('promoter')).post('/api/contact-logs').send({
      targetId: t.id,
      kind: 'visit',
      at: '2026-03-05T06:00:00Z',
      participants: '张专员；对方副总裁',
      summary: '走访总部，介绍渝中区科创服务业政策',
      outcome: '对方同意派团队考察',
      nextFollowUpAt: '2026-03-12T01:30:00Z',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      targetId: t.id,
      kind: 'visit',
      authorName: '张专员（演示）',
      firmId: t.firmId,
      firmName: expect.any(String),
      nextFollowUpAt: '2026-03-12T01:30:00.000Z',
    });
    const after = await ds.getRepository(Target).findOneByOrFail({ id: t.id });
    expect(after.nextFollowUpAt?.toISOString()).toBe('2026-03-12T01:30:00.000Z');
    expect(after.lastActivityAt.toISOString()).toBe('2026-03-05T06:00:00.000Z');
    expect(after.version).toBe(1); // a log is not an edit: nobody's open form goes stale
    expect(followUps.find((x) => x.targetId === t.id)).toEqual({
      targetId: t.id,
      previous: new Date('2026-02-01T00:00:00Z'),
      now: new Date('2026-03-12T01:30:00Z'),
    });

    // an older log never moves last activity back, and without nextFollowUpAt leaves the follow-up alone
    await (
      await api.as('promoter')
    )
      .post('/api/contact-logs')
      .send({ targetId: t.id, kind: 'call', at: '2026-02-01T00:00:00Z', summary: '电话确认行程' })
      .expect(201);
    expect(await ds.getRepository(Target).findOneByOrFail({ id: t.id })).toMatchObject({
      lastActivityAt: new Date('2026-03-05T06:00:00Z'),
      nextFollowUpAt: new Date('2026-03-12T01:30:00Z'),
    });

    // other features (reminders) add their own entries; the pipeline's own are the stage change and the two logs
    const timeline = await (await api.as('promoter')).get(`/api/targets/${t.id}/timeline`).expect(200);
    const own = timeline.body.filter((e: { kind: string }) => e.kind === 'stage_change' || e.kind === 'contact_log');
    expect(own.map((e: { kind: string; contactKind?: string }) => e.contactKind ?? e.kind)).toEqual(['stage_change', 'visit', 'call']);
    const times = timeline.body.map((e: { at: string }) => new Date(e.at).getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    const page2 = await (await api.as('promoter')).get(`/api/targets/${t.id}/timeline?limit=1&before=${encodeURIComponent(own[1].at)}`).expect(200);
    expect(page2.body).toHaveLength(1);
    expect(new Date(page2.body[0].at).getTime()).toBeLessThan(new Date(own[1].at).getTime());
    expect((await (await api.as('promoter')).get(`/api/targets/${t.id}/timeline?limit=0`)).status).toBe(400);
    expect((await (await api.as('promoter')).get(`/api/targets/${t.id}/timeline?before=soon`)).status).toBe(400);
  });

  it('lists logs filtered, within the target’s visibility', async () => {
    const mine = await f.target();
    const theirs = await f.target({ owner: 'promoter2' });
    await f.contactLog({ targetId: mine.id, kind: 'meeting', authorId: mine.ownerId });
    await f.contactLog({ targetId: theirs.id, kind: 'meeting', authorId: theirs.ownerId });
    const both = { targetId: [mine.id, theirs.id] };
    const p1 = await (await api.as('promoter')).get(list(both)).expect(200);
    expect(p1.body.map((l: { targetId: number }) => l.targetId)).toEqual([mine.id]);
    expect(p1.headers['content-range']).toBe('contact-logs 0-0/1');
    const admin = await (await api.as('admin')).get(list({ ...both, kind: 'meeting' })).expect(200);
    expect(admin.body).toHaveLength(2);
    expect((await (await api.as('admin')).get(list({ ...both, firmId: theirs.firmId }))).body).toHaveLength(1);
    expect((await (await api.as('admin')).get(list({ ...both, authorId: mine.ownerId }))).body).toHaveLength(1);
    expect((await (await api.as('admin')).get(list({ kind: 'dinner' }))).status).toBe(400);
  });

  it('refuses logging on a target one may not write: other team 404, leader 403', async () => {
    const t = await f.target();
    const body = { targetId: t.id, kind: 'call', at: '2026-03-01T00:00:00Z', summary: '电话' };
    expect((await (await api.as('promoter2')).post('/api/contact-logs').send(body)).status).toBe(404);
    expect((await (await api.as('leader')).post('/api/contact-logs').send(body)).status).toBe(403);
  });

  it('lets the author, the target owner, the chain manager or an admin edit or delete a log', async () => {
    const t = await f.target({ owner: 'promoter' });
    const created = await (
      await api.as('promoter')
    )
      .post('/api/contact-logs')
      .send({ targetId: t.id, kind: 'email', at: '2026-03-01T00:00:00Z', summary: '发送政策材料' })
      .expect(201);
    const id = created.body.id;
    expect((await (await api.as('leader')).put(`/api/contact-logs/${id}`).send({ summary: '改写' })).status).toBe(403);
    expect((await (await api.as('promoter2')).put(`/api/contact-logs/${id}`).send({ summary: '改写' })).status).toBe(404);
    const edited = await (await api.as('promoter')).put(`/api/contact-logs/${id}`).send({ summary: '发送政策材料及载体介绍', outcome: '已读' }).expect(200);
    expect(edited.body).toMatchObject({ summary: '发送政策材料及载体介绍', outcome: '已读', kind: 'email' });
    expect((await (await api.as('promoter')).put(`/api/contact-logs/${id}`).send({ summary: '' })).status).toBe(400);
    expect((await (await api.as('leader')).delete(`/api/contact-logs/${id}`)).status).toBe(403);
    await (await api.as('admin')).delete(`/api/contact-logs/${id}`).expect(200);
    expect((await (await api.as('promoter')).get(`/api/contact-logs/${id}`)).status).toBe(404);
  });

  it('lets the chain manager of the target’s chain edit a log someone else wrote, and no other chain manager', async () => {
    const t = await f.target({ owner: 'promoter' });
    const log = await f.contactLog({ targetId: t.id, kind: 'visit', authorId: t.ownerId });
    // 'chain' does not manage this fresh chain yet: the log is hidden from them
    expect((await (await api.as('chain')).put(`/api/contact-logs/${log.id}`).send({ outcome: '链长办补充' })).status).toBe(404);
    await f.manageChain('chain', t.chainId);
    const edited = await (await api.as('chain')).put(`/api/contact-logs/${log.id}`).send({ outcome: '链长办补充' }).expect(200);
    expect(edited.body.outcome).toBe('链长办补充');
    await (await api.as('chain')).delete(`/api/contact-logs/${log.id}`).expect(200);
  });

  it.each([
    [{ kind: 'visit', at: 'yesterday', summary: 'x' }, ['at']],
    [{ kind: 'dinner', at: '2026-03-01T00:00:00Z', summary: 'x' }, ['kind']],
    [{ kind: 'visit', at: '2026-03-01T00:00:00Z', summary: '' }, ['summary']],
    [{ kind: 'visit', at: '2026-03-01T00:00:00Z', summary: 'x', nextFollowUpAt: '2026-02-30T00:00:00Z' }, ['nextFollowUpAt']],
  ])('refuses %j with 400 naming %j', async (body, fields) => {
    const t = await f.target();
    const res = await (await api.as('promoter')).post('/api/contact-logs').send({ targetId: t.id, ...body });
    expect(res.status).toBe(400);
    expect([...new Set(res.body.fields.map((x: { field: string }) => x.field))]).toEqual(fields);
  });
});
