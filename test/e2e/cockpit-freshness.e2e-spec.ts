import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { startApi, TestApi } from '../support/api';
import { waitFor } from '../support/wait';
import { CockpitData, loadCockpitData } from './cockpit.fixture';

/**
 * The cockpit caches its figures (libs/cockpit/src/cache): these tests ask for a figure, change
 * the data behind it — through the API, or around it with plain SQL — and ask again, expecting
 * the change at once. Figures are from the crafted pipeline of cockpit.fixture.ts.
 */
const PERIOD = 'from=2026-01-01T00:00:00Z&to=2026-07-01T00:00:00Z';
const DAY = 86_400_000;

describe('cockpit figures after a change', () => {
  let api: TestApi;
  let d: CockpitData;
  let sql: Client;
  const get = async (user: string, path: string) => (await (await api.as(user)).get(path).expect(200)).body;
  const counts = (funnel: { count: number }[]) => funnel.map((s) => s.count);

  beforeAll(async () => {
    api = await startApi({}, { ownDatabase: 'empty' });
    d = await loadCockpitData(api.dbUrl!);
    sql = new Client({ connectionString: api.dbUrl! });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  it('each caller gets the figures of their own scope, however warm the cache is', async () => {
    // leader: T4 lead, T5 contact, T2 signed, T1 landed, T3 lost · p1 (一组): T1 T2 T5 · p2 (二组): T3 T4 · cm (chain B): T4
    const expected: Record<string, number[]> = {
      leader: [1, 1, 1, 1, 0, 1],
      admin: [1, 1, 1, 1, 0, 1],
      p1: [0, 1, 1, 1, 0, 0],
      p2: [1, 0, 0, 0, 0, 1],
      cm: [1, 0, 0, 0, 0, 0],
    };
    for (const round of [1, 2]) {
      for (const user of ['leader', 'p1', 'cm', 'p2', 'admin']) {
        expect([round, user, counts(await get(user, '/api/cockpit/funnel'))]).toEqual([round, user, expected[user]]);
      }
    }
    // p1 sees T1 T2 T5: contacted 3, signed 2; p2 sees T3 (contacted, lost) and T4 (lead): contacted 1
    expect((await get('p1', `/api/cockpit/overview?${PERIOD}`)).rates).toMatchObject({ contacted: 3, signed: 2 });
    expect((await get('p2', `/api/cockpit/overview?${PERIOD}`)).rates).toMatchObject({ contacted: 1, signed: 0 });
    expect((await get('leader', `/api/cockpit/overview?${PERIOD}`)).rates).toMatchObject({ contacted: 4, signed: 2 });
  });

  it('a transition through the API shows at once', async () => {
    const before = await get('leader', `/api/cockpit/overview?${PERIOD}`);
    expect(counts(before.funnel)).toEqual([1, 1, 1, 1, 0, 1]);
    expect(before.conversion[1]).toEqual({ from: 'contact', to: 'signed', entered: 4, advanced: 2, rate: 0.5 });

    // p1 signs T5 (contact → signed, 900 万元)
    const target = await get('p1', `/api/targets/${d.targets.T5}`);
    await (
      await api.as('p1')
    )
      .post(`/api/targets/${d.targets.T5}/transitions`)
      .send({ to: 'signed', version: target.version, signedInvestment: 900, signedOutput: 100, signedJobs: 5 })
      .expect(201);

    const after = await get('leader', `/api/cockpit/overview?${PERIOD}`);
    expect(counts(after.funnel)).toEqual([1, 0, 2, 1, 0, 1]);
    // of the 4 that entered contact in the period, T1 T2 and now T5 went on to signed or beyond
    expect(after.conversion[1]).toEqual({ from: 'contact', to: 'signed', entered: 4, advanced: 3, rate: 0.75 });
    expect(after.rates).toEqual({ contacted: 4, signed: 3, landed: 1, signingRate: 0.75, landingRate: 0.3333 });
    // and in the caller's own scope, and the figure endpoints that share the entries
    expect(counts(await get('p1', '/api/cockpit/funnel'))).toEqual([0, 0, 2, 1, 0, 0]);
    expect((await get('leader', `/api/cockpit/conversion?${PERIOD}`)).steps[1].advanced).toBe(3);
  });

  it('a contact log takes a target off the stalled list at once', async () => {
    // T4 (lead, p2) idle 61 days: red
    expect((await get('leader', '/api/cockpit/stalled')).items.map((i: { id: number }) => i.id)).toContain(d.targets.T4);
    await (
      await api.as('p2')
    )
      .post('/api/contact-logs')
      .send({ targetId: d.targets.T4, kind: 'call', at: new Date().toISOString(), summary: '电话确认考察行程' })
      .expect(201);
    const stalled = await get('leader', '/api/cockpit/stalled');
    expect(stalled.items.map((i: { id: number }) => i.id)).not.toContain(d.targets.T4);
    expect(stalled.red).toBe(0);
  });

  it('a write that goes around the app (plain SQL) shows at once too', async () => {
    expect((await get('leader', '/api/cockpit/funnel'))[0]).toMatchObject({ stage: 'lead', count: 1, expectedInvestment: 3000 });
    await sql.query(`UPDATE target SET expected_investment = 3500 WHERE id = $1`, [d.targets.T4]);
    expect((await get('leader', '/api/cockpit/funnel'))[0]).toMatchObject({ stage: 'lead', count: 1, expectedInvestment: 3500 });
    // a chain renamed: the breakdown's label follows
    await sql.query(`UPDATE chain SET name = '链B（更名）' WHERE id = $1`, [d.chainB]);
    const chains = await get('leader', '/api/cockpit/breakdown/chain');
    expect(chains.map((c: { label: string }) => c.label)).toContain('链B（更名）');
  });

  it('"the last 30 days", asked again later, takes in a stage change that time has brought into the period', async () => {
    const last30 = () => `/api/cockpit/conversion?from=${new Date(Date.now() - 30 * DAY).toISOString()}`;
    const enteredContact = async () => (await get('leader', last30())).steps[1].entered as number;
    const before = await enteredContact();
    // T4 entered contact, dated 1.5 s ahead (a clock slip on an import): not in "the last 30 days" yet
    await sql.query(`INSERT INTO stage_change (target_id, from_stage, to_stage, at) VALUES ($1, 'lead', 'contact', now() + interval '1.5 seconds')`, [
      d.targets.T4,
    ]);
    expect(await enteredContact()).toBe(before);
    // no write since, only time: the cached figure covers a period without that change, so it is not reused
    await waitFor('the dated stage change to be in the past', async () => {
      const { rows } = await sql.query(`SELECT bool_and(at <= now()) AS past FROM stage_change WHERE target_id = $1 AND to_stage = 'contact'`, [d.targets.T4]);
      return rows[0].past as boolean;
    });
    expect(await enteredContact()).toBe(before + 1);
  });
});
