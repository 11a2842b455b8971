import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';
import { reminderWithDeliveries } from '../support/reminder-factory';

interface Entry {
  kind: string;
  at: string;
  reminderKind?: string;
  recipients?: string[];
  title?: string;
}

/**
 * A target's timeline is what happened: a reminder appears once it reached someone, dated when it
 * was delivered, as one entry naming everyone it reached; scheduled, cancelled or undelivered ones
 * do not appear at all.
 */
describe('reminders on a target’s timeline', () => {
  let api: TestApi;
  let ds: DataSource;
  let f: Factories;

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
  });
  afterAll(() => api.close());

  const timeline = async (targetId: number, query = ''): Promise<Entry[]> =>
    (await (await api.as('promoter')).get(`/api/targets/${targetId}/timeline${query}`).expect(200)).body;

  it('lists one entry per delivered notice with its recipients, at the delivery time, and nothing not yet delivered', async () => {
    const target = await f.target({ owner: 'promoter' });
    const leader = await f.user('leader');
    const chain = await f.user('chain');
    const promoter = await f.user('promoter');
    const dueAt = new Date(Date.now() - 3_600_000);
    // The escalation of one overdue follow-up went to the team leader and the chain manager.
    for (const recipientId of [leader.id, chain.id]) {
      await reminderWithDeliveries(ds, {
        recipientId,
        targetId: target.id,
        kind: 'escalation',
        state: 'delivered',
        dueAt,
        title: '跟进逾期：测试',
        deliveries: [{ channel: 'in_app', state: 'sent' }],
      });
    }
    // Scheduled (not yet due), cancelled, and one whose only channel failed: none of them reached anyone.
    await reminderWithDeliveries(ds, {
      recipientId: promoter.id,
      targetId: target.id,
      kind: 'due',
      state: 'scheduled',
      dueAt: new Date(Date.now() + 86_400_000),
      deliveries: [{ channel: 'in_app', state: 'pending' }],
    });
    await reminderWithDeliveries(ds, {
      recipientId: promoter.id,
      targetId: target.id,
      kind: 'pre_due',
      state: 'cancelled',
      deliveries: [{ channel: 'in_app', state: 'pending' }],
    });
    await reminderWithDeliveries(ds, {
      recipientId: promoter.id,
      targetId: target.id,
      kind: 'due',
      state: 'failed',
      dueAt,
      deliveries: [{ channel: 'webhook', state: 'failed' }],
    });

    const reminders = (await timeline(target.id)).filter((e) => e.kind === 'reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ reminderKind: 'escalation', title: '跟进逾期：测试' });
    expect([...reminders[0].recipients!].sort()).toEqual([leader.displayName, chain.displayName].sort());
    // Dated at the delivery (the factory sends a minute ago), not at creation or due time (an hour ago).
    const sentAt: { at: Date }[] = await ds.query(
      `SELECT min(d.sent_at) AS at FROM delivery d JOIN reminder r ON r.id = d.reminder_id WHERE r.target_id = $1 AND d.state = 'sent'`,
      [target.id],
    );
    expect(new Date(reminders[0].at).getTime()).toBe(new Date(sentAt[0].at).getTime());

    // Paging before the notice leaves it out.
    const older = (await timeline(target.id, `?before=${encodeURIComponent(reminders[0].at)}`)).filter((e) => e.kind === 'reminder');
    expect(older).toEqual([]);
  });
});
