import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Carrier } from '@crm/carriers';
import { startApi, type TestApi } from '../support/api';
import { factories } from '../support/factories';
import { recordSummary } from './support/report';

/** Optimistic locking and the carrier's area under real parallel requests (one Postgres, one pool). */
describe('concurrency', () => {
  let api: TestApi;
  let ds: DataSource;

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}cc` }, { ownDatabase: 'seeded' });
    ds = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('50 simultaneous transitions of one target: exactly one wins per version, the rest get 409, history matches', async () => {
    const f = factories(ds);
    const target = await f.target({ owner: 'promoter' });
    const as = await api.as('promoter');
    const rounds = [
      { to: 'contact', version: target.version },
      { to: 'paused', version: target.version + 1, reason: '企业暂缓投资计划' },
    ];
    const wins: number[] = [];
    for (const body of rounds) {
      const results = await Promise.all(
        Array.from({ length: 50 }, () =>
          as
            .post(`/api/targets/${target.id}/transitions`)
            .send(body)
            .ok(() => true),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      const ok = statuses.filter((s) => s < 300).length;
      expect(ok).toBe(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      for (const r of results.filter((x) => x.status === 409)) expect(r.body.code).toBe('stale_version');
      wins.push(ok);
    }
    const [{ stage, version }] = await ds.query('SELECT stage, version FROM target WHERE id = $1', [target.id]);
    const history: { to_stage: string }[] = await ds.query('SELECT to_stage FROM stage_change WHERE target_id = $1 ORDER BY id', [target.id]);
    // creating entry + one per successful transition
    expect(history.map((h) => h.to_stage)).toEqual(['lead', 'contact', 'paused']);
    expect(stage).toBe('paused');
    expect(version).toBe(target.version + 2);
    recordSummary('concurrency.transitions', { parallel: 50, rounds: rounds.length, wins, historyLength: history.length });
  });

  it('10 simultaneous landings of 100 m² into a carrier with 450 m²: 4 land, 6 are refused, 50 m² remain', async () => {
    const f = factories(ds);
    const carrier = await f.carrier({ availableAreaM2: 450 });
    const link = await f.chainLink();
    const targets = await Promise.all(
      Array.from({ length: 10 }, () => f.target({ owner: 'promoter', chainLinkId: link.id, stage: 'signed', signedInvestment: 1000 })),
    );
    const as = await api.as('admin');
    const results = await Promise.all(
      targets.map((t) =>
        as
          .post(`/api/targets/${t.id}/transitions`)
          .send({ to: 'landed', version: t.version, carrierId: carrier.id, area: 100 })
          .ok(() => true),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s < 300)).toHaveLength(4);
    expect(results.filter((r) => r.status === 400 && r.body.code === 'carrier_area_exceeded')).toHaveLength(6);
    const after = await ds.getRepository(Carrier).findOneByOrFail({ id: carrier.id });
    expect(after.availableAreaM2).toBe(50);
    const [{ landed, area }] = await ds.query('SELECT count(*)::int AS landed, coalesce(sum(area), 0)::float AS area FROM landing WHERE carrier_id = $1', [
      carrier.id,
    ]);
    expect({ landed, area }).toEqual({ landed: 4, area: 400 });
    // the refused ones stayed signed, with no landing and no history entry
    const [{ signed }] = await ds.query(`SELECT count(*)::int AS signed FROM target WHERE id = ANY($1::int[]) AND stage = 'signed'`, [
      targets.map((t) => t.id),
    ]);
    expect(signed).toBe(6);
    recordSummary('concurrency.landings', { parallel: 10, landed, remainingM2: after.availableAreaM2 });
  });
});
