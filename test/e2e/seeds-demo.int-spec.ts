/**
 * seedAll with demo data on a fresh database: every plan-named target gets a plausible, demo-marked
 * pipeline; the plans' own rows stay real; a second run changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { seedAll } from '@crm/seeding';
import { DEMO_CARRIER_SPACE } from '@seeds/demo/coverage';
import { fingerprint, GX, openEmptyDb, QueryCounter, uncitedRows, YZ, yuzhongTargetFirms } from './seeds-db';

const DAY_MS = 86_400_000;

describe('seedAll with demo data', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  const queries = new QueryCounter();
  let firstRunQueries: number;
  const seededAt = Date.now();

  beforeAll(async () => {
    ({ ds, drop } = await openEmptyDb(queries));
    queries.count = 0;
    await seedAll(ds, { demo: true });
    firstRunQueries = queries.count;
  });
  afterAll(async () => drop());

  // It runs on every `npm start` and builds the test template, so it must stay cheap. Statement
  // counts rather than seconds: the machine is shared and wall time varies with its load.
  it('stays within a statement budget (batched plan inserts, a few statements per demo target)', async () => {
    expect(firstRunQueries).toBeLessThan(250); // 191 when written: ~26 for the plans, ~4 per demo target
    queries.count = 0;
    await seedAll(ds, { demo: true });
    expect(queries.count).toBeLessThan(70); // 55 when written
  });

  it('marks demo rows demo and leaves plan rows real', async () => {
    const [r] = await ds.query(`SELECT
        (SELECT count(*) FROM target WHERE NOT demo)::int AS real_targets,
        (SELECT count(*) FROM contact_log WHERE NOT demo)::int AS real_logs,
        (SELECT count(*) FROM app_user WHERE NOT demo)::int AS real_users,
        (SELECT count(*) FROM team WHERE NOT demo)::int AS real_teams,
        (SELECT count(*) FROM firm WHERE demo AND (source IS NOT NULL OR name NOT LIKE '%（演示）' OR NOT is_local))::int AS bad_demo_firms,
        (SELECT count(*) FROM firm WHERE demo)::int AS demo_firms,
        (SELECT count(*) FROM firm WHERE NOT demo AND (source IS NULL OR name LIKE '%（演示）'))::int AS bad_plan_firms,
        (SELECT count(*) FROM carrier WHERE demo)::int AS demo_carriers,
        (SELECT count(*) FROM contact_log WHERE summary NOT LIKE '（演示数据）%')::int AS unmarked_logs`);
    expect(r).toEqual({
      real_targets: 0,
      real_logs: 0,
      real_users: 0,
      real_teams: 0,
      bad_demo_firms: 0,
      demo_firms: 10,
      bad_plan_firms: 0,
      demo_carriers: 0,
      unmarked_logs: 0,
    });
  });

  it('creates a target for every plan-named target firm on its plan link, citing the plan', async () => {
    const yz: { firm: string; chain: string; section: string }[] = await ds.query(
      `SELECT f.name AS firm, c.name AS chain, t.source->>'section' AS section
         FROM target t JOIN firm f ON f.id = t.firm_id JOIN chain c ON c.id = t.chain_id JOIN plan p ON p.id = c.plan_id
         JOIN firm_chain_link fl ON fl.firm_id = f.id AND fl.chain_link_id = t.chain_link_id
        WHERE p.code = $1 ORDER BY f.name`,
      [YZ],
    );
    expect(yz.map(({ firm, chain }) => ({ firm, chain })).sort((a, b) => a.firm.localeCompare(b.firm))).toEqual(yuzhongTargetFirms());
    for (const r of yz) expect(r.section).toMatch(r.firm === '万里开源' ? /^专栏8/ : /^专栏2/);
    const gx = await ds.query(
      `SELECT f.name FROM target t JOIN firm f ON f.id = t.firm_id JOIN chain c ON c.id = t.chain_id JOIN plan p ON p.id = c.plan_id WHERE p.code = $1 ORDER BY 1`,
      [GX],
    );
    expect(gx.map((r: { name: string }) => r.name).sort()).toEqual(
      ['中国检验检疫科学研究院', '中科', '启迪', '国科控股', '大华集团', '明略科技集团', '苏交科'].sort(),
    );
    expect(await uncitedRows(ds, 'target')).toEqual({ total: 38, uncited: 0 });
  });

  it('spreads the targets over both teams and every stage', async () => {
    const owners = await ds.query(
      `SELECT u.username, t2.name AS team, count(*)::int AS n FROM target t JOIN app_user u ON u.id = t.owner_id JOIN team t2 ON t2.id = u.team_id GROUP BY 1, 2 ORDER BY 1`,
    );
    expect(owners.map((o: { username: string; team: string }) => [o.username, o.team])).toEqual([
      ['promoter', '招商一组（演示）'],
      ['promoter2', '招商二组（演示）'],
    ]);
    const stages = await ds.query(`SELECT stage FROM target GROUP BY stage ORDER BY stage`);
    expect(stages.map((s: { stage: string }) => s.stage)).toEqual(['contact', 'landed', 'lead', 'lost', 'paused', 'signed']);
  });

  it('gives each target a stage history from null → lead that ends in its stage, within the last ~120 days', async () => {
    const rows: {
      stage: string;
      entered: Date;
      paused_from: string | null;
      history: { from: string | null; to: string; at: string; reason: string | null }[];
    }[] = await ds.query(
      `SELECT t.stage, t.stage_entered_at AS entered, t.paused_from_stage AS paused_from,
              json_agg(json_build_object('from', s.from_stage, 'to', s.to_stage, 'at', s.at, 'reason', s.reason) ORDER BY s.at) AS history
         FROM target t JOIN stage_change s ON s.target_id = t.id GROUP BY t.id`,
    );
    expect(rows).toHaveLength(38);
    for (const r of rows) {
      expect(r.history[0]).toMatchObject({ from: null, to: 'lead' });
      for (let i = 1; i < r.history.length; i++) expect(r.history[i].from).toBe(r.history[i - 1].to);
      const last = r.history[r.history.length - 1];
      expect(last.to).toBe(r.stage);
      expect(new Date(last.at).getTime()).toBe(new Date(r.entered).getTime());
      expect(seededAt - new Date(r.history[0].at).getTime()).toBeLessThanOrEqual(121 * DAY_MS);
      if (r.stage === 'paused' || r.stage === 'lost') expect(last.reason).toMatch(/^（演示数据）/);
      if (r.stage === 'paused') expect(r.paused_from).toBe(last.from);
    }
  });

  it('has a few contact logs per target, overdue and upcoming follow-ups, signings and landings', async () => {
    const [r] = await ds.query(`SELECT
        (SELECT min(n) FROM (SELECT count(c.id)::int AS n FROM target t LEFT JOIN contact_log c ON c.target_id = t.id GROUP BY t.id) x) AS min_logs,
        (SELECT count(*) FROM target WHERE next_follow_up_at < now())::int AS overdue,
        (SELECT count(*) FROM target WHERE next_follow_up_at BETWEEN now() AND now() + interval '7 days')::int AS upcoming,
        (SELECT count(*) FROM target WHERE next_follow_up_at IS NOT NULL AND stage NOT IN ('lead', 'contact', 'signed'))::int AS closed_with_follow_up,
        (SELECT count(*) FROM target t WHERE next_follow_up_at IS NOT NULL AND NOT EXISTS
           (SELECT 1 FROM contact_log c WHERE c.target_id = t.id AND c.next_follow_up_at = t.next_follow_up_at AND c.at < t.next_follow_up_at))::int AS follow_up_without_log,
        (SELECT count(*) FROM target t WHERE (t.next_follow_up_at IS NULL) <> NOT EXISTS
           (SELECT 1 FROM follow_up f WHERE f.target_id = t.id AND f.state = 'open' AND f.due_at = t.next_follow_up_at))::int AS follow_up_row_mismatch,
        (SELECT count(*) FROM target WHERE stage IN ('signed', 'landed') AND (signed_investment IS NULL OR signed_investment <= 0 OR signed_at IS NULL))::int AS unsigned,
        (SELECT count(*) FROM target t WHERE stage = 'landed' AND NOT EXISTS (SELECT 1 FROM landing l WHERE l.target_id = t.id))::int AS landed_without_landing,
        (SELECT count(*) FROM target WHERE last_activity_at > now())::int AS future_activity,
        (SELECT count(*) FROM target WHERE NOT (next_follow_up_at AT TIME ZONE 'Asia/Shanghai')::time BETWEEN '09:00' AND '18:00')::int AS follow_up_off_hours,
        (SELECT count(*) FROM follow_up WHERE state = 'open')::int AS open_follow_ups,
        (SELECT count(*) FROM target WHERE next_follow_up_at IS NOT NULL)::int AS with_follow_up,
        (SELECT count(*) FROM target WHERE stage = 'landed')::int AS landed,
        (SELECT count(*) FROM target WHERE stage = 'signed')::int AS signed`);
    expect(r).toMatchObject({
      min_logs: 2,
      closed_with_follow_up: 0,
      follow_up_without_log: 0,
      follow_up_row_mismatch: 0,
      unsigned: 0,
      landed_without_landing: 0,
      future_activity: 0,
      follow_up_off_hours: 0, // office hours in Shanghai, whatever the hour the seed ran
    });
    expect(r.open_follow_ups).toBe(r.with_follow_up);
    expect(r.overdue).toBeGreaterThanOrEqual(3);
    expect(r.upcoming).toBeGreaterThanOrEqual(3);
    expect(r.landed).toBeGreaterThanOrEqual(3);
    expect(r.signed).toBeGreaterThanOrEqual(3);
  });

  it('lands targets in Yuzhong carriers and takes the area from their demo space', async () => {
    const rows: { name: string; plan: string; available: number; landed: number; notes: string }[] = await ds.query(
      `SELECT c.name, p.code AS plan, c.available_area_m2::float AS available, c.notes,
              (SELECT coalesce(sum(area), 0)::float FROM landing l WHERE l.carrier_id = c.id) AS landed
         FROM carrier c JOIN plan p ON p.id = c.plan_id WHERE c.available_area_m2 IS NOT NULL OR EXISTS (SELECT 1 FROM landing l WHERE l.carrier_id = c.id)`,
    );
    expect(rows.map((r) => r.name).sort()).toEqual(DEMO_CARRIER_SPACE.map((d) => d.carrier).sort());
    for (const r of rows) {
      const demo = DEMO_CARRIER_SPACE.find((d) => d.carrier === r.name)!;
      expect(r.plan).toBe(YZ);
      expect(r.landed).toBeGreaterThan(0);
      expect(r.available).toBe(demo.availableAreaM2 - r.landed);
      expect(r.notes).toContain('（演示数据）');
    }
  });

  it('covers some chain links with local demo firms but leaves 工业软件 gaps (EDA, 几何建模内核)', async () => {
    const links: { name: string; local: number; live: number }[] = await ds.query(
      `SELECT l.name,
              (SELECT count(*) FROM firm_chain_link fl JOIN firm f ON f.id = fl.firm_id WHERE fl.chain_link_id = l.id AND f.is_local)::int AS local,
              (SELECT count(*) FROM target t WHERE t.chain_link_id = l.id AND t.stage IN ('lead', 'contact', 'signed', 'landed'))::int AS live
         FROM chain_link l JOIN chain c ON c.id = l.chain_id JOIN plan p ON p.id = c.plan_id WHERE p.code = $1 AND c.name = '工业软件'`,
      [YZ],
    );
    const by = new Map(links.map((l) => [l.name, l]));
    expect(by.get('EDA')).toEqual({ name: 'EDA', local: 0, live: 0 });
    expect(by.get('几何建模内核')).toEqual({ name: '几何建模内核', local: 0, live: 0 });
    expect(by.get('CAD')!.local).toBe(1);
    expect(by.get('制造流程模拟软件')!.live).toBe(2); // 山大华天, 欧倍尔
    expect(links.filter((l) => l.local === 0 && l.live === 0).length).toBeGreaterThanOrEqual(5);
  });

  it('makes the chain manager own 工业软件 and 信创 (渝中) and a 高新区 track', async () => {
    const rows = await ds.query(
      `SELECT p.code AS plan, c.name FROM chain_manager m JOIN app_user u ON u.id = m.user_id JOIN chain c ON c.id = m.chain_id JOIN plan p ON p.id = c.plan_id
        WHERE u.username = 'chain' ORDER BY p.code, c.name`,
    );
    expect(rows).toEqual([
      { plan: GX, name: '软件信息' },
      { plan: YZ, name: '信创' },
      { plan: YZ, name: '工业软件' },
    ]);
  });

  it('gives each demo target’s firm two demo contact persons, the first a participant of a log', async () => {
    const [r] = await ds.query(`SELECT
        (SELECT count(*) FROM contact_person WHERE NOT demo OR name NOT LIKE '%（演示）')::int AS real_persons,
        (SELECT count(DISTINCT t.firm_id) FROM target t WHERE t.demo)::int AS demo_firms,
        (SELECT count(DISTINCT firm_id) FROM contact_person)::int AS firms_with_persons,
        (SELECT count(*) FROM contact_log_person)::int AS participants`);
    expect(r.real_persons).toBe(0);
    expect(r.firms_with_persons).toBe(r.demo_firms);
    expect(r.participants).toBeGreaterThan(0);
  });

  it('changes nothing when run again, later', async () => {
    const before = await fingerprint(ds);
    await seedAll(ds, { demo: true });
    expect(await fingerprint(ds)).toEqual(before);
  });
});
