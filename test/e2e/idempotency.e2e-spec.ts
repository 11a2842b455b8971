import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IdempotencyService } from '@crm/idempotency';
import { Clock } from '@crm/time';
import { ContactLog, StageChange } from '@crm/pipeline';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';

/** Idempotency-Key on the two writes a phone retries: creating a contact log and moving a stage. */
describe('Idempotency-Key over HTTP', () => {
  let api: TestApi;
  let f: Factories;
  let ds: DataSource;
  let clock: Clock;
  let now = new Date('2026-03-01T00:00:00Z');

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
    clock = api.app.get(Clock);
    clock.now = () => now;
  });
  afterAll(() => api.close());

  /** Moves the app's clock; tokens are issued by it, so the users sign in again at the new time. */
  const at = (iso: string) => {
    now = new Date(iso);
    api.forgetTokens();
  };

  const logs = (targetId: number) => ds.getRepository(ContactLog).countBy({ targetId });
  const visit = (targetId: number, summary = '走访总部') => ({
    targetId,
    kind: 'visit',
    at: '2026-03-01T02:00:00Z',
    summary,
    nextFollowUpAt: '2026-03-08T01:00:00Z',
  });
  const postLog = async (key: string, body: object) => (await api.as('promoter')).post('/api/contact-logs').set('Idempotency-Key', key).send(body);

  it('a retried log with the same key and body is stored once and answers the first result', async () => {
    const t = await f.target();
    const key = randomUUID();
    const first = await postLog(key, visit(t.id));
    expect(first.status).toBe(201);
    // the same body with its keys in another order is the same request
    const { summary, ...rest } = visit(t.id);
    const again = await postLog(key, { summary, ...rest });
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(await logs(t.id)).toBe(1);
    // no key: every request is its own
    await (await api.as('promoter')).post('/api/contact-logs').send(visit(t.id)).expect(201);
    expect(await logs(t.id)).toBe(2);
  });

  it('the same key with another body → 422 idempotency_key_reused, nothing written', async () => {
    const t = await f.target();
    const key = randomUUID();
    await postLog(key, visit(t.id)).then((r) => expect(r.status).toBe(201));
    const other = await postLog(key, visit(t.id, '另一次走访'));
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ code: 'idempotency_key_reused', messageZh: expect.stringContaining('幂等键') });
    // used for a stage change instead: another request too
    const moved = await (await api.as('promoter')).post(`/api/targets/${t.id}/transitions`).set('Idempotency-Key', key).send({ to: 'contact', version: 1 });
    expect(moved.status).toBe(422);
    expect(await logs(t.id)).toBe(1);
  });

  it('keys are per user: another user’s identical key is their own', async () => {
    const t = await f.target({ owner: 'promoter' });
    const key = randomUUID();
    await postLog(key, visit(t.id)).then((r) => expect(r.status).toBe(201));
    const admin = await (await api.as('admin')).post('/api/contact-logs').set('Idempotency-Key', key).send(visit(t.id));
    expect(admin.status).toBe(201);
    expect(await logs(t.id)).toBe(2);
  });

  it('two requests with the same key at once → one row, both answer the same', async () => {
    const t = await f.target();
    const key = randomUUID();
    const answers = await Promise.all([postLog(key, visit(t.id)), postLog(key, visit(t.id)), postLog(key, visit(t.id))]);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(await logs(t.id)).toBe(1);
  });

  it('a refused request stores no key: its retry is judged afresh', async () => {
    const t = await f.target();
    const key = randomUUID();
    const stale = await postLog(key, { ...visit(t.id), targetVersion: t.version + 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale_version');
    const ok = await postLog(key, { ...visit(t.id), targetVersion: t.version });
    expect(ok.status).toBe(201);
    expect(await logs(t.id)).toBe(1);
  });

  it('a retried stage change is applied once and answers the first result', async () => {
    const t = await f.target();
    const key = randomUUID();
    const move = async () =>
      (await api.as('promoter')).post(`/api/targets/${t.id}/transitions`).set('Idempotency-Key', key).send({ to: 'contact', version: 1 });
    const [a, b] = await Promise.all([move(), move()]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.text).toBe(b.text);
    expect(a.body).toMatchObject({ stage: 'contact', version: 2 });
    const c = await move();
    expect(c.text).toBe(a.text); // without the key this would be a 409: version 1 is stale now
    expect(await ds.getRepository(StageChange).countBy({ targetId: t.id, toStage: 'contact' })).toBe(1);
  });

  it('keys expire after 24 h: then the same key is a new request', async () => {
    const t = await f.target();
    const key = randomUUID();
    at('2026-03-10T00:00:00Z');
    await postLog(key, visit(t.id)).then((r) => expect(r.status).toBe(201));
    at('2026-03-10T23:59:59Z');
    await postLog(key, visit(t.id, '改了内容')).then((r) => expect(r.status).toBe(422));
    await postLog(key, visit(t.id)).then((r) => expect(r.status).toBe(201));
    expect(await logs(t.id)).toBe(1);
    at('2026-03-11T00:00:00Z');
    await postLog(key, visit(t.id)).then((r) => expect(r.status).toBe(201));
    expect(await logs(t.id)).toBe(2);
    // the sweep drops what has expired (the key was just renewed, so it stays)
    at('2026-03-13T00:00:00Z');
    expect(await api.app.get(IdempotencyService).sweep(ds.manager)).toBeGreaterThanOrEqual(1);
    expect(await ds.query(`SELECT 1 FROM idempotency_key WHERE key = $1`, [key])).toHaveLength(0);
  });

  it('a malformed key → 400 naming the header', async () => {
    const t = await f.target();
    const res = await postLog('too short', visit(t.id));
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    expect(await logs(t.id)).toBe(0);
  });
});
