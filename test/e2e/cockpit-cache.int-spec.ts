import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import {
  BreakdownService,
  ChainViewService,
  type CockpitCache,
  CockpitService,
  DataVersions,
  KpiService,
  PipelineStatsService,
  ResultCache,
  WATCHLIST_MAX_AGE_MS,
  WatchlistService,
} from '@crm/cockpit';
import { parseConfig } from '@crm/config';
import { dataSourceOptions } from '@crm/schema';
import { createTestDatabase } from '../support/db';
import { waitFor } from '../support/wait';
import { CockpitData, loadCockpitData } from './cockpit.fixture';

/**
 * The two halves of the cockpit cache's freshness, against a real Postgres: the data versions the
 * triggers of migration 1763700000800 keep, and the clock bound of the overdue/stalled lists.
 */
describe('cockpit cache freshness (service level)', () => {
  let db: { url: string; drop: () => Promise<void> };
  let ds: DataSource;
  let d: CockpitData;
  const clients: Client[] = [];
  const connect = async () => {
    const c = new Client({ connectionString: db.url });
    await c.connect();
    clients.push(c);
    return c;
  };
  const versions = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      (await ds.query(`SELECT domain, version::int AS v FROM cockpit_data_version`)).map((r: { domain: string; v: number }) => [r.domain, r.v]),
    );
  /** How each domain's version moved across `work`. */
  const moved = async (work: () => Promise<unknown>) => {
    const before = await versions();
    await work();
    const after = await versions();
    return Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
  };

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    d = await loadCockpitData(db.url);
    ds = await new DataSource(dataSourceOptions(parseConfig({ DATABASE_URL: db.url, NODE_ENV: 'test' }))).initialize();
  });
  afterAll(async () => {
    for (const c of clients) await c.end();
    await ds?.destroy();
    await db?.drop();
  });

  describe('data versions', () => {
    it.each([
      [
        'a stage change',
        `INSERT INTO stage_change (target_id, from_stage, to_stage, at) VALUES ($T5, 'contact', 'paused', now())`,
        { pipeline: 1, activity: 0, reference: 0 },
      ],
      ['a target edit', `UPDATE target SET expected_investment = expected_investment + 1 WHERE id = $T5`, { pipeline: 1, activity: 0, reference: 0 }],
      [
        'a contact log moving last activity and follow-up only',
        `UPDATE target SET last_activity_at = now(), next_follow_up_at = now() + interval '1 day', version = version + 1, updated_at = now() WHERE id = $T5`,
        { pipeline: 0, activity: 1, reference: 0 },
      ],
      ['an update that changes nothing (seeds run again)', `UPDATE chain SET name = name`, { pipeline: 0, activity: 0, reference: 0 }],
      ['a chain renamed', `UPDATE chain SET name = name || '′' WHERE id = $B`, { pipeline: 0, activity: 0, reference: 1 }],
      [
        'a promoter moved to another team (their teammates see other targets)',
        `UPDATE app_user SET team_id = (SELECT id FROM team WHERE name = '二组') WHERE username = 'p1'`,
        { pipeline: 0, activity: 0, reference: 1 },
      ],
    ])('%s', async (_, statement, expected) => {
      const c = await connect();
      const text = statement.replaceAll('$T5', String(d.targets.T5)).replaceAll('$B', String(d.chainB));
      expect(await moved(() => c.query(text))).toEqual(expected);
    });

    it('counts a transaction once however many rows it writes, and a rolled-back one not at all', async () => {
      const c = await connect();
      const many = async () => {
        await c.query('BEGIN');
        for (let i = 0; i < 50; i++)
          await c.query(`INSERT INTO stage_change (target_id, from_stage, to_stage) VALUES ($1, 'paused', 'contact')`, [d.targets.T5]);
        await c.query(`UPDATE target SET expected_investment = expected_investment + 1 WHERE id = $1`, [d.targets.T5]);
      };
      expect(await moved(async () => (await many(), await c.query('COMMIT')))).toEqual({ pipeline: 1, activity: 0, reference: 0 });
      expect(await moved(async () => (await many(), await c.query('ROLLBACK')))).toEqual({ pipeline: 0, activity: 0, reference: 0 });
    });

    it('shows the new version with the rows, at commit, and holds nobody up before it', async () => {
      const long = await connect(); // e.g. an import, still running
      const other = await connect();
      await long.query('BEGIN');
      await long.query(`INSERT INTO stage_change (target_id, from_stage, to_stage) VALUES ($1, 'contact', 'paused')`, [d.targets.T5]);
      const before = await versions();
      // another writer commits meanwhile without waiting on the open transaction (the counter is only locked at commit)
      await other.query(`SET statement_timeout = '3s'`);
      await other.query(`UPDATE target SET expected_investment = expected_investment + 1 WHERE id = $1`, [d.targets.T4]);
      expect((await versions()).pipeline).toBe(before.pipeline + 1);
      await long.query('COMMIT');
      expect((await versions()).pipeline).toBe(before.pipeline + 2);
    });
    it('lets transactions that write the domains in opposite orders commit side by side (no deadlock)', async () => {
      const a = await connect();
      const b = await connect();
      const [{ pid }] = (await b.query('SELECT pg_backend_pid() AS pid')).rows;
      const touch = {
        activity: (id: number) => `UPDATE target SET last_activity_at = now() WHERE id = ${id}`,
        pipeline: (id: number) => `INSERT INTO stage_change (target_id, from_stage, to_stage) VALUES (${id}, 'lead', 'lead')`,
      };
      const now = 'SET CONSTRAINTS ALL IMMEDIATE'; // fire the deferred version triggers at this point rather than at commit
      const before = await versions();
      await a.query('BEGIN');
      await a.query(touch.activity(d.targets.T5));
      await a.query(now); // a: activity first …
      await b.query('BEGIN');
      await b.query(touch.pipeline(d.targets.T4));
      const bDone = (async () => {
        await b.query(now); // … b: pipeline first (waits for a's commit)
        await b.query(touch.activity(d.targets.T4));
        await b.query(now);
        await b.query('COMMIT');
      })();
      await waitFor('b to wait on a', async () => {
        const { rows } = await a.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid]);
        return rows[0]?.wait_event_type === 'Lock';
      });
      await a.query(touch.pipeline(d.targets.T5));
      await a.query(now); // … then a: pipeline
      await a.query('COMMIT');
      await bDone;
      const after = await versions();
      expect([after.pipeline - before.pipeline, after.activity - before.activity]).toEqual([2, 2]);
    });
  });

  describe('chain view at district scale', () => {
    it('lists the 20 most recently active live targets per link and counts them all; the export lists every one', async () => {
      const leader = { user: { id: d.users.leader, username: 'leader', role: 'leader' as const, teamId: null }, managedChainIds: [] };
      // 25 live targets on A4, target i last active i hours ago
      await ds.query(
        `WITH f AS (INSERT INTO firm (name, tags, is_local) SELECT '链视图测试' || i, '{}', false FROM generate_series(1, 25) i RETURNING id, name)
         INSERT INTO target (firm_id, chain_link_id, chain_id, owner_id, stage, last_activity_at)
         SELECT f.id, $1, $2, $3, 'lead', now() - substring(f.name FROM 6)::int * interval '1 hour' FROM f`,
        [d.links.A4, d.chainA, d.users.p1],
      );
      const a4 = (view: { links: { id: number; liveTargets: { firm: string }[]; liveTargetsTotal: number; coverage: string }[] }) =>
        view.links.find((l) => l.id === d.links.A4)!;
      const chains = new ChainViewService(ds);
      const capped = a4(await chains.view(leader, d.chainA, { liveTargetsPerLink: 20 }));
      // 25 uncontacted leads: 'lead_only' under the one coverage rule (the cockpit's own rule called it 'in_progress')
      expect([capped.liveTargets.length, capped.liveTargetsTotal, capped.coverage]).toEqual([20, 25, 'lead_only']);
      const listed = new Set(capped.liveTargets.map((t) => t.firm));
      expect([1, 20, 21, 25].map((i) => listed.has(`链视图测试${i}`))).toEqual([true, true, false, false]);
      const all = a4(await chains.view(leader, d.chainA));
      expect([all.liveTargets.length, all.liveTargetsTotal]).toEqual([25, 25]);
    });
  });

  describe('overdue and stalled lists', () => {
    const leader: AuthUser = { id: 0, username: 'leader', role: 'leader', teamId: null };

    it(`follow the clock within ${WATCHLIST_MAX_AGE_MS / 1000} s when nothing is written`, async () => {
      leader.id = d.users.leader;
      let now = Date.now();
      const cache = new ResultCache(50, () => now) as CockpitCache;
      const cockpit = new CockpitService(
        new UserContextService(ds),
        new PipelineStatsService(ds),
        new WatchlistService(ds),
        new BreakdownService(ds),
        new KpiService(ds),
        new ChainViewService(ds),
        new DataVersions(ds),
        cache,
      );
      // T5 long overdue; T4's follow-up falls due in one second (written now, so the list is computed afresh)
      await ds.query(
        `UPDATE target SET next_follow_up_at = CASE id WHEN $1 THEN now() + interval '1 second' ELSE '2020-01-01T00:00:00Z' END WHERE id IN ($1, $2)`,
        [d.targets.T4, d.targets.T5],
      );
      const overdueIds = async () => (await cockpit.overdue(leader, {})).items.map((i: { id: number }) => i.id).sort();
      expect(await overdueIds()).toEqual([d.targets.T5]);
      await waitFor(
        'T4 to fall due',
        async () => (await ds.query(`SELECT next_follow_up_at <= now() AS due FROM target WHERE id = $1`, [d.targets.T4]))[0].due as boolean,
      ); // nothing was written
      now += WATCHLIST_MAX_AGE_MS - 1;
      expect(await overdueIds()).toEqual([d.targets.T5]); // within the bound: the list computed a moment ago
      now += 1;
      expect(await overdueIds()).toEqual([d.targets.T4, d.targets.T5].sort()); // at the bound: computed again
    });
  });
});
