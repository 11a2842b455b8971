import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';
import { deliveredMessage } from '../support/reminder-factory';

interface Item {
  targetId: number;
}
interface Todo {
  followUps: { overdue: Item[]; today: Item[]; week: Item[] };
  stale: (Item & { grade: string; daysIdle: number })[];
  unread: { count: number; latest: { id: number }[] };
  managedChainIds: number[];
}

const DAY_MS = 86_400_000;

/** GET /api/home/todo: the caller's own follow-ups by bucket, stale targets and unread messages. */
describe('the home to-do over HTTP', () => {
  let api: TestApi;
  let ds: DataSource;
  let f: Factories;

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
  });
  afterAll(() => api.close());

  const todo = async (username: string): Promise<Todo> => (await (await api.as(username)).get('/api/home/todo').expect(200)).body;
  const ids = (items: Item[]) => items.map((i) => i.targetId);

  it('lists only the caller’s own live follow-ups that are due by the end of the week', async () => {
    const overdue = await f.target({ owner: 'promoter', stage: 'contact', nextFollowUpAt: new Date(Date.now() - 3_600_000) });
    const nextMonth = await f.target({ owner: 'promoter', stage: 'contact', nextFollowUpAt: new Date(Date.now() + 30 * DAY_MS) });
    const lost = await f.target({ owner: 'promoter', stage: 'lost', nextFollowUpAt: new Date(Date.now() - 3_600_000) });
    const someoneElses = await f.target({ owner: 'promoter2', stage: 'contact', nextFollowUpAt: new Date(Date.now() - 3_600_000) });
    const t = await todo('promoter');
    const all = [...ids(t.followUps.overdue), ...ids(t.followUps.today), ...ids(t.followUps.week)];
    expect(ids(t.followUps.overdue)).toContain(overdue.id);
    for (const hidden of [nextMonth, lost, someoneElses]) expect(all).not.toContain(hidden.id);
    expect(ids((await todo('promoter2')).followUps.overdue)).toContain(someoneElses.id);
  });

  it('lists the caller’s stale targets, red first, and the latest unread messages', async () => {
    const idle = (days: number) => new Date(Date.now() - days * DAY_MS);
    // 接洽 defaults: yellow at 14 idle days, red at 30.
    const red = await f.target({ owner: 'promoter', stage: 'contact', stageEnteredAt: idle(45) });
    const yellow = await f.target({ owner: 'promoter', stage: 'contact', stageEnteredAt: idle(20) });
    const fresh = await f.target({ owner: 'promoter', stage: 'contact', stageEnteredAt: idle(2) });
    const message = await deliveredMessage(ds, { recipientId: (await f.user('promoter')).id, targetId: fresh.id });
    const t = await todo('promoter');
    const stale = new Map(t.stale.map((s) => [s.targetId, s]));
    expect(stale.get(red.id)).toMatchObject({ grade: 'red', daysIdle: 45 });
    expect(stale.get(yellow.id)?.grade).toBe('yellow');
    expect(stale.has(fresh.id)).toBe(false);
    const grades = t.stale.map((s) => s.grade);
    expect(grades).toEqual([...grades].sort((a, b) => (a === b ? 0 : a === 'red' ? -1 : 1)));
    expect(t.unread.latest.map((m) => m.id)).toContain(message.id);
    expect(t.unread.count).toBeGreaterThanOrEqual(1);
  });

  it('names the chains a chain manager manages, and none for others', async () => {
    const chain = await f.chain();
    await f.manageChain('chain', chain.id);
    expect((await todo('chain')).managedChainIds).toContain(chain.id);
    expect((await todo('leader')).managedChainIds).toEqual([]);
  });
});
