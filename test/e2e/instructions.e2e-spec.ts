import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { DeliveryService } from '@crm/reminders';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';
import { waitFor } from '../reminders/support/servers';

/**
 * Leaders' 批示 over HTTP: written by a leader, in the assignee's inbox and 待办, replied to and
 * closed; overdue ones escalate like follow-ups; all in the timeline and the audit trail. Reminders
 * are delivered by the worker's own code (DeliveryService.deliverDue, the sweep's handler).
 */
describe('批示 (leaders’ instructions)', () => {
  let api: TestApi;
  let ds: DataSource;
  let f: Factories;
  let deliver: () => Promise<unknown>;

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
    const delivery = api.app.get(DeliveryService);
    deliver = () => delivery.deliverDue();
  });
  afterAll(() => api.close());

  const inbox = async (user: string) =>
    (await (await api.as(user)).get('/api/notifications').expect(200)).body as {
      title: string;
      body: string;
      titleEn: string | null;
      bodyEn: string | null;
      resolvedAt: string | null;
    }[];
  const signed = async () => {
    const chain = await f.chain();
    await f.manageChain('chain', chain.id);
    return f.target({
      chainLinkId: (await f.chainLink({ chainId: chain.id })).id,
      owner: 'promoter',
      stage: 'signed',
      signedAt: new Date(),
      signedInvestment: 3000,
    });
  };
  const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

  it('reaches the assignee’s inbox and 待办, is replied to and closed, and leaves its trail', async () => {
    const t = await signed();
    const promoter = (await f.user('promoter')).id;
    const leader = await api.as('leader');
    const created = await leader
      .post('/api/instructions')
      .send({ targetId: t.id, assigneeId: promoter, body: '请本周内协调载体方落实厂房交付时间。', dueAt: inDays(3) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'open', authorName: '王分管（演示）', assigneeName: '张专员（演示）', overdue: false, replies: [] });
    const id = created.body.id;

    await deliver();
    expect((await inbox('promoter')).find((n) => n.title.startsWith('领导批示'))?.body).toContain('请本周内协调载体方落实厂房交付时间');
    // the same message in English for a reader who chose English; the deadline as YYYY-MM-DD HH:mm
    const told = (await inbox('promoter')).find((n) => n.title.startsWith('领导批示'));
    expect(told?.titleEn).toMatch(/^Instruction: /);
    expect(told?.bodyEn).toMatch(/please act and reply by \d{4}-\d{2}-\d{2} \d{2}:\d{2}\)$/);
    expect(told?.body).toMatch(/请于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 前办理并回复/);
    const todo = await (
      await api.as('promoter')
    )
      .get(`/api/instructions?filter=${encodeURIComponent(JSON.stringify({ mine: true, state: 'open' }))}`)
      .expect(200);
    expect(todo.body.map((i: { id: number }) => i.id)).toContain(id);

    const replied = await (await api.as('promoter')).post(`/api/instructions/${id}/replies`).send({ body: '已与载体方对接，下周一交付。' });
    expect(replied.status).toBe(201);
    expect(replied.body.replies).toMatchObject([{ authorName: '张专员（演示）', body: '已与载体方对接，下周一交付。' }]);
    await deliver();
    expect((await inbox('leader')).some((n) => n.title.startsWith('批示回复') && n.body.includes('下周一交付'))).toBe(true);

    // another leader may read it but not act on it; a stale close is refused
    expect((await (await api.as('leader2')).post(`/api/instructions/${id}/replies`).send({ body: '我也说一句' })).status).toBe(403);
    expect((await (await api.as('promoter')).post(`/api/instructions/${id}/close`).send({ version: created.body.version + 5 })).status).toBe(409);
    const closed = await (await api.as('promoter')).post(`/api/instructions/${id}/close`).send({ version: replied.body.version, note: '厂房已交付' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ state: 'closed', closedByName: '张专员（演示）', closingNote: '厂房已交付' });
    expect((await (await api.as('promoter')).post(`/api/instructions/${id}/replies`).send({ body: '补充' })).body.code).toBe('instruction_closed');

    // closing cancelled the due and overdue reminders and resolved the delivered notice
    const left: { kind: string; state: string }[] = await ds.query(
      `SELECT kind, state FROM reminder WHERE instruction_id = $1 AND kind IN ('instruction_due', 'instruction_overdue')`,
      [id],
    );
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((r) => r.state === 'cancelled')).toBe(true);
    expect((await inbox('promoter')).find((n) => n.title.startsWith('领导批示'))?.resolvedAt).toBeTruthy();
    expect(
      (await (await api.as('promoter')).get(`/api/instructions?filter=${encodeURIComponent(JSON.stringify({ mine: true, state: 'open' }))}`)).body.map(
        (i: { id: number }) => i.id,
      ),
    ).not.toContain(id);

    const timeline = (await leader.get(`/api/targets/${t.id}/timeline`).expect(200)).body as { kind: string }[];
    expect(timeline.filter((e) => e.kind === 'instruction')).toHaveLength(1);
    expect(timeline.filter((e) => e.kind === 'instruction_reply')).toHaveLength(1);
    const audit: { entity: string; action: string }[] = await ds.query(
      `SELECT entity, action FROM audit_log WHERE (entity = 'instruction' AND entity_id = $1) OR (entity = 'instruction_reply' AND changes->'instructionId'->>1 = $1) ORDER BY id`,
      [String(id)],
    );
    expect(audit.map((a) => `${a.entity}:${a.action}`)).toEqual(['instruction:insert', 'instruction_reply:insert', 'instruction:update']);
  });

  it('an overdue 批示 escalates like a follow-up: to the author, the assignee’s team leader and the chain manager', async () => {
    const t = await signed();
    const plan: { plan_id: number }[] = await ds.query(`SELECT c.plan_id FROM target t JOIN chain c ON c.id = t.chain_id WHERE t.id = $1`, [t.id]);
    await (await api.as('admin')).put(`/api/reminder-rules/plans/${plan[0].plan_id}`).send({ escalationGraceHours: 0 }).expect(200);
    const created = await (
      await api.as('leader2')
    )
      .post('/api/instructions')
      .send({ targetId: t.id, assigneeId: (await f.user('promoter')).id, body: '限期办理', dueAt: new Date(Date.now() + 1500).toISOString() });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const overdue = () =>
      ds.query(
        `SELECT r.recipient_id FROM reminder r JOIN notification n ON n.reminder_id = r.id WHERE r.instruction_id = $1 AND r.kind = 'instruction_overdue' ORDER BY r.recipient_id`,
        [id],
      );
    await waitFor('the escalation', async () => (await deliver(), (await overdue()).length === 3), 20_000, 200);
    const ids = ['leader', 'chain', 'leader2'].map(async (u) => (await f.user(u)).id);
    expect((await overdue()).map((r: { recipient_id: number }) => r.recipient_id).sort()).toEqual((await Promise.all(ids)).sort());
    expect((await (await api.as('promoter')).get(`/api/instructions/${id}`).expect(200)).body.overdue).toBe(true);
  });

  it('refuses what leaders and others may not do, naming the field', async () => {
    const t = await signed();
    const leader = await api.as('leader');
    const promoter = (await f.user('promoter')).id;
    const bad = async (body: Record<string, unknown>) =>
      leader.post('/api/instructions').send({ targetId: t.id, assigneeId: promoter, body: '批示', dueAt: inDays(1), ...body });
    expect((await bad({ assigneeId: (await f.user('promoter2')).id })).body.fields?.[0]?.field).toBe('assigneeId'); // cannot see the target
    expect((await bad({ dueAt: inDays(-1) })).body.fields?.[0]?.field).toBe('dueAt');
    expect((await bad({ body: '' })).status).toBe(400);
    expect(
      (await (await api.as('promoter')).post('/api/instructions').send({ targetId: t.id, assigneeId: promoter, body: '自己批示', dueAt: inDays(1) })).status,
    ).toBe(403);
    expect(
      (await (await api.as('chain')).post('/api/instructions').send({ targetId: t.id, assigneeId: promoter, body: '链长批示', dueAt: inDays(1) })).status,
    ).toBe(403);
    // and a leader writing anything else: 403
    const firm = await f.firm();
    const writes: [string, string, Record<string, unknown>][] = [
      ['put', `/api/targets/${t.id}`, { version: t.version, notes: '领导改' }],
      ['post', `/api/targets/${t.id}/transitions`, { version: t.version, to: 'lost', reason: '领导' }],
      ['put', `/api/targets/${t.id}/follow-up`, { version: t.version, at: inDays(1) }],
      ['post', '/api/contact-logs', { targetId: t.id, kind: 'visit', at: new Date().toISOString(), summary: '领导走访' }],
      ['post', `/api/targets/${t.id}/project/funds`, { arrivedOn: '2026-03-01', amount: 5, source: '自有' }],
      ['put', `/api/targets/${t.id}/project/years/2026`, { jobs: 3 }],
      ['post', '/api/targets', { firmId: firm.id, chainLinkId: t.chainLinkId }],
      ['post', '/api/firms', { name: `领导企业${Date.now()}` }],
    ];
    for (const [method, path, body] of writes)
      expect([path, (await (method === 'put' ? leader.put(path) : leader.post(path)).send(body)).status]).toEqual([path, 403]);
  });
});
