import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { shanghaiDate } from '@crm/time';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';
import { spawnWorker, startRedis, waitFor, WorkerProcess } from './support/servers';

/**
 * 督办 of project milestones with real processes (the reminder suite's approach): the API on this
 * file's own database and redis-server, the real worker as a child process, SIGKILLed in between.
 * Thresholds: yellow 1 day, red 3 days past the planned date (reminders at 09:00 Asia/Shanghai).
 * A planned date two days ago makes yellow due (yesterday 09:00) and red tomorrow 09:00; a test
 * cannot wait a day, so "the grace period passes" is done by moving the red reminder's due time
 * (and its delivery's next attempt) to now in Postgres — the source of truth the sweep reads.
 */
describe('milestone 督办 through the reminder machinery', () => {
  let api: TestApi;
  let db: DataSource;
  let f: Factories;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let env: Record<string, string>;
  const workers: WorkerProcess[] = [];
  const users: Record<string, number> = {};

  beforeAll(async () => {
    redis = await startRedis();
    env = {
      REDIS_URL: redis.url,
      QUEUE_PREFIX: 'milestones',
      REMINDER_SWEEP_SECONDS: '1',
      DATABASE_POOL_SIZE: '5',
      HEARTBEAT_SECONDS: '5',
    };
    api = await startApi(env, { ownDatabase: 'seeded' });
    // The worker processes it spawns share the app's database.
    env.DATABASE_URL = api.dbUrl!;
    db = api.app.get(DataSource);
    f = factories(db);
    for (const u of ['promoter', 'leader', 'chain']) users[u] = (await f.user(u)).id;
  }, 60_000);

  afterAll(async () => {
    for (const w of workers) await w.kill('SIGTERM');
    await api?.close();
    await redis?.stop();
  }, 60_000);

  const startWorker = async () => {
    const w = spawnWorker(env);
    workers.push(w);
    await w.ready;
    return w;
  };

  /** A signed project owned by promoter (team leader: leader) in a chain 'chain' manages, its plan at yellow 1 / red 3 days. */
  async function signedProject(): Promise<number> {
    const plan = await f.plan();
    await (await api.as('admin')).put(`/api/reminder-rules/plans/${plan.id}`).send({ milestoneYellowDays: 1, milestoneRedDays: 3 }).expect(200);
    const chain = await f.chain({ planId: plan.id });
    await f.manageChain('chain', chain.id);
    const link = await f.chainLink({ chainId: chain.id });
    return (await f.target({ chainLinkId: link.id, owner: 'promoter', stage: 'signed', signedAt: new Date(), signedInvestment: 5000 })).id;
  }

  const milestone = async (targetId: number, kind: string) =>
    (
      (await (await api.as('promoter')).get(`/api/targets/${targetId}/project`).expect(200)).body.milestones as {
        id: number;
        kind: string;
        version: number;
        light: string;
      }[]
    ).find((m) => m.kind === kind)!;
  const setMilestone = async (targetId: number, kind: string, body: Record<string, unknown>) =>
    (await api.as('promoter'))
      .put(`/api/targets/${targetId}/project/milestones/${kind}`)
      .send({ ...body, version: (await milestone(targetId, kind)).version })
      .expect(200);

  /** Reminders about a milestone, by kind and state, with who got a notification. */
  const reminders = (milestoneId: number): Promise<{ kind: string; state: string; recipient_id: number; notified: number; resolved: number }[]> =>
    db.query(
      `SELECT r.kind, r.state, r.recipient_id, count(n.id)::int AS notified, count(n.resolved_at)::int AS resolved
         FROM reminder r LEFT JOIN notification n ON n.reminder_id = r.id WHERE r.milestone_id = $1 GROUP BY r.id ORDER BY r.kind, r.recipient_id`,
      [milestoneId],
    );
  const notices = async (milestoneId: number, kind: string) => (await reminders(milestoneId)).filter((r) => r.kind === kind && r.notified > 0);
  const twoDaysAgo = () => shanghaiDate(new Date(Date.now() - 2 * 86_400_000));

  /** The grace period passes: the red reminder is due now (see the file comment). */
  const redDueNow = (milestoneId: number) =>
    db.query(
      `WITH red AS (UPDATE reminder SET due_at = now() WHERE milestone_id = $1 AND kind = 'milestone_red' AND state = 'scheduled' RETURNING id)
       UPDATE delivery SET next_attempt_at = now() FROM red WHERE delivery.reminder_id = red.id`,
      [milestoneId],
    );

  it('past its planned date: exactly one reminder to the owner, escalated after the grace period across a worker SIGKILL, resolved when the actual date is recorded', async () => {
    const targetId = await signedProject();
    await setMilestone(targetId, 'settled', { plannedOn: twoDaysAgo() });
    const m = await milestone(targetId, 'settled');
    expect(m.light).toBe('yellow');
    const { id } = m;
    // scheduled: one yellow (owner), red for owner + team leader + chain manager
    expect((await reminders(id)).map((r) => [r.kind, r.state, r.recipient_id])).toEqual(
      [
        ['milestone_red', 'scheduled', users.promoter],
        ['milestone_red', 'scheduled', users.leader],
        ['milestone_red', 'scheduled', users.chain],
        ['milestone_yellow', 'scheduled', users.promoter],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[2]) - Number(b[2])),
    );

    const first = await startWorker();
    await waitFor('the yellow notice', async () => (await notices(id, 'milestone_yellow')).length === 1, 30_000);
    await first.kill('SIGKILL');
    // exactly one, to the owner; red not yet
    expect((await notices(id, 'milestone_yellow')).map((r) => r.recipient_id)).toEqual([users.promoter]);
    expect(await notices(id, 'milestone_red')).toEqual([]);

    await redDueNow(id);
    await startWorker();
    await waitFor('every notice delivered and settled', async () => (await reminders(id)).every((r) => r.state === 'delivered'), 30_000);
    // escalated once each: owner, team leader, chain manager; nothing doubled across the kill
    const all = await reminders(id);
    expect(all.map((r) => [r.kind, r.state, r.recipient_id, r.notified])).toEqual(
      expect.arrayContaining([
        ['milestone_yellow', 'delivered', users.promoter, 1],
        ['milestone_red', 'delivered', users.promoter, 1],
        ['milestone_red', 'delivered', users.leader, 1],
        ['milestone_red', 'delivered', users.chain, 1],
      ]),
    );
    expect(all).toHaveLength(4);
    const inbox = await (await api.as('leader')).get('/api/notifications').expect(200);
    expect(JSON.stringify(inbox.body)).toContain('项目节点红色督办');

    // recorded: the light goes out and every notice about it is resolved (已解除)
    await setMilestone(targetId, 'settled', { actualOn: shanghaiDate() });
    expect((await milestone(targetId, 'settled')).light).toBe('done');
    expect((await reminders(id)).every((r) => r.resolved === 1)).toBe(true);
  }, 120_000);

  it('recording the actual date cancels the escalation not yet sent: it never goes out', async () => {
    const targetId = await signedProject();
    await setMilestone(targetId, 'producing', { plannedOn: twoDaysAgo() });
    const { id } = await milestone(targetId, 'producing');
    if (!workers.some((w) => w.child.exitCode === null && w.child.signalCode === null)) await startWorker();
    await waitFor('the yellow notice', async () => (await notices(id, 'milestone_yellow')).length === 1, 30_000);

    await setMilestone(targetId, 'producing', { actualOn: shanghaiDate() });
    expect((await reminders(id)).filter((r) => r.kind === 'milestone_red').map((r) => r.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    await redDueNow(id); // would make them due, were they still scheduled
    // a sentinel due now: once it is delivered, the sweep has run past the cancelled ones
    const sentinel = await signedProject();
    await setMilestone(sentinel, 'registered', { plannedOn: twoDaysAgo() });
    const s = await milestone(sentinel, 'registered');
    await waitFor('the sentinel', async () => (await notices(s.id, 'milestone_yellow')).length === 1, 30_000);
    expect(await notices(id, 'milestone_red')).toEqual([]);
    expect((await notices(id, 'milestone_yellow'))[0].resolved).toBe(1);
  }, 120_000);
});
