import { Client } from 'pg';
import { hashPassword } from '@crm/users';
import { DEMO_PASSWORD } from '@crm/seeding';

/**
 * The crafted pipeline the cockpit and export tests assert against, loaded into an EMPTY database
 * by plain SQL, with every timestamp chosen so the figures can be worked out by hand.
 *
 * Users: admin, leader, cm (chain manager of chain B), p1 (promoter, team 一组), p2 (promoter, team 二组).
 * Plan 测试规划 (base year 2024). Chain A (links A1–A4), chain B (link B1).
 * Firms: F1 龙头, F2 链主, F3–F5 plain, F6 local firm working in A3.
 *
 * Targets (history in UTC; each step is one stage_change row):
 * | id | firm | link | owner | method   | exp. inv. | history                                                      | now    |
 * | T1 | F1   | A1   | p1    | 平台招商 | 1000      | lead 01-05, contact 01-15, signed 02-14, landed 03-16 (2026) | landed |
 * | T2 | F2   | A2   | p1    | 生态招商 | 2000      | lead 01-10, contact 01-30, signed 03-11                      | signed |
 * | T3 | F3   | A3   | p2    | 平台招商 | 500       | lead 02-01, contact 02-05, lost 02-28                        | lost   |
 * | T4 | F4   | B1   | p2    | 基金招商 | 3000      | lead 03-01                                                   | lead   |
 * | T5 | F5   | A2   | p1    | (none)   | 800       | lead 04-01, contact 04-11                                    | contact|
 * T1 signed 1200 万元 / 50 jobs / output 3000 万元, landing 2026-03-16; T2 signed 2500 万元 / 30 jobs / output 1000 万元.
 * Follow-ups: T5 due 2020-01-01 (overdue), T3 due 2020-01-01 (lost: not counted), T4 due 2099.
 * Last activity (relative to now): T4 61 days ago (lead ≥ 60 → red), T5 15 days ago (contact ≥ 14 → yellow),
 * T2 1 day ago, T1/T3 200 days ago (not live, never stalled).
 * KPIs (plan, year → value): 龙头企业数量 2024 70, 2025 80, 2026 90; 企业总数 chain A 2024 10, 2026 15;
 * 产值 chain A 2024 1.5, 2026 2.0 (亿元); 从业人员数量 2026 10 (not tracked by the system).
 */
export interface CockpitData {
  users: Record<'admin' | 'leader' | 'cm' | 'p1' | 'p2', number>;
  planId: number;
  chainA: number;
  chainB: number;
  links: Record<'A1' | 'A2' | 'A3' | 'A4' | 'B1', number>;
  firms: Record<'F1' | 'F2' | 'F3' | 'F4' | 'F5' | 'F6' | 'F7', number>;
  targets: Record<'T1' | 'T2' | 'T3' | 'T4' | 'T5', number>;
  carrierId: number;
}

const DAY = 86_400_000;
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

export async function loadCockpitData(url: string): Promise<CockpitData> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const one = async (sql: string, params: unknown[] = []): Promise<number> => (await db.query(sql, params)).rows[0].id;
    const hash = await hashPassword(DEMO_PASSWORD);
    const team1 = await one(`INSERT INTO team (name) VALUES ('一组') RETURNING id`);
    const team2 = await one(`INSERT INTO team (name) VALUES ('二组') RETURNING id`);
    const user = (username: string, role: string, teamId: number | null) =>
      one(`INSERT INTO app_user (username, display_name, password_hash, role, team_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
        username,
        `${username}名`,
        hash,
        role,
        teamId,
      ]);
    const users = {
      admin: await user('admin', 'admin', null),
      leader: await user('leader', 'leader', null),
      cm: await user('cm', 'chain_manager', null),
      p1: await user('p1', 'promoter', team1),
      p2: await user('p2', 'promoter', team2),
    };

    const planId = await one(
      `INSERT INTO plan (code, region, title, period, start_year, end_year, base_year, document) VALUES ('test', '测试区', '测试规划', '2025-2027', 2025, 2027, 2024, 'test') RETURNING id`,
    );
    const chain = (code: string, name: string, sort: number) =>
      one(`INSERT INTO chain (plan_id, code, name, kind, sort_order) VALUES ($1, $2, $3, '重点方向', $4) RETURNING id`, [planId, code, name, sort]);
    const chainA = await chain('a', '链A', 1);
    const chainB = await chain('b', '链B', 2);
    await db.query(`INSERT INTO chain_manager (chain_id, user_id) VALUES ($1, $2)`, [chainB, users.cm]);
    const link = (chainId: number, code: string, action: string, sort: number) =>
      one(`INSERT INTO chain_link (chain_id, code, name, position, action, sort_order) VALUES ($1, $2, $3, 'midstream', $4, $5) RETURNING id`, [
        chainId,
        code,
        `环节${code}`,
        action,
        sort,
      ]);
    const links = {
      A1: await link(chainA, 'A1', '强链', 1),
      A2: await link(chainA, 'A2', '补链', 2),
      A3: await link(chainA, 'A3', '延链', 3),
      A4: await link(chainA, 'A4', '建链', 4),
      B1: await link(chainB, 'B1', '强链', 1),
    };

    const firm = (name: string, tags: string[], isLocal = false) =>
      one(`INSERT INTO firm (name, tags, is_local, hq_city, credit_code) VALUES ($1, $2, $3, '北京', NULL) RETURNING id`, [name, tags, isLocal]);
    const firms = {
      F1: await firm('甲龙头科技', ['龙头']),
      F2: await firm('乙链主软件', ['链主']),
      F3: await firm('丙数据', []),
      F4: await firm('丁智能', []),
      F5: await firm('戊网络', []),
      F6: await firm('己本地企业', [], true),
      F7: await firm('庚信息', []),
    };
    await db.query(`INSERT INTO firm_chain_link (firm_id, chain_link_id) VALUES ($1, $2)`, [firms.F6, links.A3]);
    const carrierId = await one(`INSERT INTO carrier (name, type) VALUES ('测试园区', 'park') RETURNING id`);

    const target = async (o: {
      firm: number;
      link: number;
      chain: number;
      owner: number;
      method: string | null;
      exp: number;
      history: [string, string][];
      lastActivity: Date;
      followUp?: string;
      signed?: [number, number, number];
    }) => {
      const last = o.history[o.history.length - 1];
      const id = await one(
        `INSERT INTO target (firm_id, chain_link_id, chain_id, owner_id, stage, stage_entered_at, method, expected_investment, last_activity_at, next_follow_up_at,
                             signed_investment, signed_jobs, signed_output, signed_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [
          o.firm,
          o.link,
          o.chain,
          o.owner,
          last[0],
          last[1],
          o.method,
          o.exp,
          o.lastActivity,
          o.followUp ?? null,
          o.signed?.[0] ?? null,
          o.signed?.[1] ?? null,
          o.signed?.[2] ?? null,
          o.history.find((h) => h[0] === 'signed')?.[1] ?? null,
          o.history[0][1],
        ],
      );
      let from: string | null = null;
      for (const [stage, at] of o.history) {
        await db.query(`INSERT INTO stage_change (target_id, from_stage, to_stage, by_user_id, at) VALUES ($1, $2, $3, $4, $5)`, [
          id,
          from,
          stage,
          o.owner,
          at,
        ]);
        from = stage;
      }
      return id;
    };
    const T1 = await target({
      firm: firms.F1,
      link: links.A1,
      chain: chainA,
      owner: users.p1,
      method: '平台招商',
      exp: 1000,
      lastActivity: daysAgo(200),
      signed: [1200, 50, 3000],
      history: [
        ['lead', '2026-01-05T00:00:00Z'],
        ['contact', '2026-01-15T00:00:00Z'],
        ['signed', '2026-02-14T00:00:00Z'],
        ['landed', '2026-03-16T00:00:00Z'],
      ],
    });
    await db.query(`INSERT INTO landing (target_id, carrier_id, area, landed_on) VALUES ($1, $2, 500, '2026-03-16')`, [T1, carrierId]);
    const T2 = await target({
      firm: firms.F2,
      link: links.A2,
      chain: chainA,
      owner: users.p1,
      method: '生态招商',
      exp: 2000,
      lastActivity: daysAgo(1),
      signed: [2500, 30, 1000],
      history: [
        ['lead', '2026-01-10T00:00:00Z'],
        ['contact', '2026-01-30T00:00:00Z'],
        ['signed', '2026-03-11T00:00:00Z'],
      ],
    });
    const T3 = await target({
      firm: firms.F3,
      link: links.A3,
      chain: chainA,
      owner: users.p2,
      method: '平台招商',
      exp: 500,
      lastActivity: daysAgo(200),
      followUp: '2020-01-01T00:00:00Z',
      history: [
        ['lead', '2026-02-01T00:00:00Z'],
        ['contact', '2026-02-05T00:00:00Z'],
        ['lost', '2026-02-28T00:00:00Z'],
      ],
    });
    const T4 = await target({
      firm: firms.F4,
      link: links.B1,
      chain: chainB,
      owner: users.p2,
      method: '基金招商',
      exp: 3000,
      lastActivity: daysAgo(61),
      followUp: '2099-01-01T00:00:00Z',
      history: [['lead', '2026-03-01T00:00:00Z']],
    });
    const T5 = await target({
      firm: firms.F5,
      link: links.A2,
      chain: chainA,
      owner: users.p1,
      method: null,
      exp: 800,
      lastActivity: daysAgo(15),
      followUp: '2020-01-01T00:00:00Z',
      history: [
        ['lead', '2026-04-01T00:00:00Z'],
        ['contact', '2026-04-11T00:00:00Z'],
      ],
    });

    const kpi = (metric: string, unit: string, chainId: number | null, year: number, value: number) =>
      db.query(`INSERT INTO kpi_target (plan_id, metric, category, unit, chain_id, year, value, source) VALUES ($1, $2, '测试', $3, $4, $5, $6, $7)`, [
        planId,
        metric,
        unit,
        chainId,
        year,
        value,
        JSON.stringify({ document: 'test', section: '表1' }),
      ]);
    await kpi('龙头企业数量', '家', null, 2024, 70);
    await kpi('龙头企业数量', '家', null, 2025, 80);
    await kpi('龙头企业数量', '家', null, 2026, 90);
    await kpi('企业总数', '家', chainA, 2024, 10);
    await kpi('企业总数', '家', chainA, 2026, 15);
    await kpi('产值', '亿元', chainA, 2024, 1.5);
    await kpi('产值', '亿元', chainA, 2026, 2);
    await kpi('从业人员数量', '万人', null, 2026, 10);

    return { users, planId, chainA, chainB, links, firms, targets: { T1, T2, T3, T4, T5 }, carrierId };
  } finally {
    await db.end();
  }
}

/** Moves a target to landed the way the pipeline would: stage, history row, landing record. */
export async function landTarget(url: string, targetId: number, ownerId: number, carrierId: number, landedOn: string): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const at = `${landedOn}T02:00:00Z`;
    const { rows } = await db.query(`SELECT stage FROM target WHERE id = $1`, [targetId]);
    await db.query(`UPDATE target SET stage = 'landed', stage_entered_at = $2 WHERE id = $1`, [targetId, at]);
    await db.query(`INSERT INTO stage_change (target_id, from_stage, to_stage, by_user_id, at) VALUES ($1, $2, 'landed', $3, $4)`, [
      targetId,
      rows[0].stage,
      ownerId,
      at,
    ]);
    await db.query(`INSERT INTO landing (target_id, carrier_id, area, landed_on) VALUES ($1, $2, 100, $3)`, [targetId, carrierId, landedOn]);
  } finally {
    await db.end();
  }
}
