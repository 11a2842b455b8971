import { Client } from 'pg';
import { BRAND_FIRST, BRAND_SECOND, CITIES, INDUSTRY, NAME_SPACE, NAME_STRIDE, ORG_FORM, REGISTRY_INDUSTRY, SCOPE_COMMON, SCOPE_SPECIAL } from './names';

/** How much data to make; `scale` 1 is the province-size set. */
export interface Scale {
  firms: number;
  targets: number;
  contactLogs: number;
  users: number;
}

export const fullScale = (f = 1): Scale => ({
  firms: Math.round(100_000 * f),
  targets: Math.round(200_000 * f),
  contactLogs: Math.round(1_000_000 * f),
  users: Math.max(20, Math.round(200 * f)),
});

export interface Generated {
  counts: Record<string, number>;
  seconds: Record<string, number>;
  syntheticChains: boolean;
}

/**
 * Fills the bench database with server-side SQL (INSERT … SELECT generate_series), all rows
 * marked demo. Foreign-key triggers are off for the session (session_replication_role = replica)
 * because the ids come from the same statements; everything is analysed and vacuumed afterwards
 * so plans and index-only scans look like a database that has lived a while.
 */
export async function generate(db: Client, scale: Scale, log: (s: string) => void): Promise<Generated> {
  const seconds: Record<string, number> = {};
  const step = async (name: string, fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    seconds[name] = Math.round(performance.now() - t0) / 1000;
    log(`  ${name}: ${seconds[name]} s`);
  };
  await db.query(`SET session_replication_role = replica; SET synchronous_commit = off; SET work_mem = '64MB'; SET maintenance_work_mem = '256MB'`);
  await db.query(`SELECT setseed(0.42)`);

  let syntheticChains = false;
  await step('chains', async () => {
    const { rows } = await db.query<{ n: string }>(`SELECT count(*) n FROM chain_link`);
    if (Number(rows[0].n) > 0) return;
    // The seed loader brought no chains: make a plan of the same shape so the bench still runs.
    syntheticChains = true;
    await db.query(
      `INSERT INTO plan (code, region, title, period, start_year, end_year, document) VALUES ('bench', '基准测试区', '基准测试规划（演示）', '2025-2027', 2025, 2027, 'bench') ON CONFLICT DO NOTHING`,
    );
    await db.query(`INSERT INTO chain (plan_id, code, name, kind, sort_order)
      SELECT p.id, 'bench-' || c, '基准产业链' || c, 'chain', c FROM plan p, generate_series(1, 12) c WHERE p.code = 'bench'`);
    await db.query(`INSERT INTO chain_link (chain_id, code, name, position, sort_order)
      SELECT ch.id, ch.code || '-' || l, ch.name || '环节' || l, (ARRAY['upstream','midstream','downstream'])[1 + l % 3], l
      FROM chain ch, generate_series(1, 8) l WHERE ch.code LIKE 'bench-%'`);
  });

  await step('users', () => generateUsers(db, scale.users));
  // Bulk loads are faster into bare tables: drop the secondary indexes, rebuild them afterwards
  // from their own definitions (unique ones stay, ON CONFLICT needs them).
  const indexes = await secondaryIndexes(db, ['firm', 'target', 'stage_change', 'contact_log']);
  await step('drop_indexes', async () => {
    for (const ix of indexes) await db.query(`DROP INDEX "${ix.name}"`);
  });
  await step('firms', () =>
    db.query(
      `INSERT INTO firm (name, full_name, hq_city, tags, is_local, demo)
       SELECT nm, c || nm || '有限公司', c,
              CASE WHEN g % 17 = 0 THEN ARRAY['高新技术企业'] WHEN g % 53 = 0 THEN ARRAY['专精特新','小巨人'] WHEN g % 211 = 0 THEN ARRAY['上市','龙头'] WHEN g % 997 = 0 THEN ARRAY['链主','龙头'] ELSE '{}' END,
              g % 9 = 0, true
       FROM (SELECT g, $1::text[] AS a, $2::text[] AS b, $3::text[] AS i, $4::text[] AS o, $5::text[] AS cs,
                    (g::bigint * ${NAME_STRIDE}) % ${NAME_SPACE} AS x FROM generate_series(0, $6::int - 1) g) s,
            LATERAL (SELECT a[1 + x % ${BRAND_FIRST.length}] || b[1 + (x / ${BRAND_FIRST.length}) % ${BRAND_SECOND.length}]
                            || i[1 + (x / ${BRAND_FIRST.length * BRAND_SECOND.length}) % ${INDUSTRY.length}]
                            || o[1 + (x / ${BRAND_FIRST.length * BRAND_SECOND.length * INDUSTRY.length}) % ${ORG_FORM.length}] AS nm,
                            cs[1 + g % ${CITIES.length}] AS c) n
       ON CONFLICT DO NOTHING`,
      [BRAND_FIRST, BRAND_SECOND, INDUSTRY, ORG_FORM, CITIES, scale.firms],
    ),
  );
  // Registry fields (所属行业, 经营范围, 注册资本 万元) as a company-information export carries them:
  // three everyday scope phrases, one firm in twenty with a specialised one, the standard tail;
  // capital log-uniform from 10 万元 to 100 亿元, unknown for one firm in thirteen.
  await step('firm_registry', () =>
    db.query(
      `UPDATE firm f SET industry = ($1::text[])[1 + (f.id * 7) % ${REGISTRY_INDUSTRY.length}],
              business_scope = ($2::text[])[1 + (f.id * 3) % ${SCOPE_COMMON.length}] || '；' || ($2::text[])[1 + (f.id * 11 + 5) % ${SCOPE_COMMON.length}] || '；'
                || ($2::text[])[1 + (f.id * 17 + 13) % ${SCOPE_COMMON.length}]
                || CASE WHEN f.id % 20 = 0 THEN '；' || ($3::text[])[1 + (f.id / 20) % ${SCOPE_SPECIAL.length}] ELSE '' END
                || '。（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
              registered_capital = CASE WHEN f.id % 13 = 0 THEN NULL ELSE round(power(10, 1 + ((f.id * 2654435761) % 1000) / 200.0)::numeric, 2) END
        WHERE f.demo`,
      [REGISTRY_INDUSTRY, SCOPE_COMMON, SCOPE_SPECIAL],
    ),
  );
  // Local firms (本地企业) each work in one link, so the chain map has local firms to show and gaps to find.
  await step('firm_links', () =>
    db.query(
      `WITH f AS (SELECT id, row_number() OVER (ORDER BY id) - 1 rn FROM firm WHERE is_local AND demo),
            l AS (SELECT id, row_number() OVER (ORDER BY id) - 1 rn FROM chain_link), k AS (SELECT count(*) nl FROM l)
       INSERT INTO firm_chain_link (firm_id, chain_link_id)
       SELECT f.id, l.id FROM f CROSS JOIN k JOIN l ON l.rn = (f.rn * 7) % k.nl
       ON CONFLICT DO NOTHING`,
    ),
  );
  await step('targets', () => generateTargets(db, scale.targets));
  await step('stage_changes', () => generateStageChanges(db));
  await step('landings', () => generateLandings(db));
  await step('contact_logs', () => generateContactLogs(db, scale.contactLogs));
  await step('rebuild_indexes', async () => {
    for (const ix of indexes) await db.query(ix.definition);
  });
  await db.query(`SET session_replication_role = origin`);
  await step('vacuum_analyze', () => db.query(`VACUUM ANALYZE`));

  const counts: Record<string, number> = {};
  for (const t of ['app_user', 'team', 'chain', 'chain_link', 'firm', 'firm_chain_link', 'target', 'stage_change', 'contact_log', 'landing']) {
    const { rows } = await db.query<{ n: string }>(`SELECT count(*) n FROM "${t}"`);
    counts[t] = Number(rows[0].n);
  }
  return { counts, seconds, syntheticChains };
}

/**
 * Teams of ten (a leader and nine promoters), a few chain managers, all sharing the demo
 * promoter's password hash. Nine bench promoters join the demo promoter's team, so the scoped
 * promoter sees a team's worth (~10 owners) of targets.
 */
async function generateUsers(db: Client, users: number): Promise<void> {
  const teams = Math.max(1, Math.floor(users / 10));
  await db.query(
    `INSERT INTO team (name, demo) SELECT '基准招商' || lpad(t::text, 3, '0') || '组（演示）', true FROM generate_series(1, $1::int) t ON CONFLICT DO NOTHING`,
    [teams],
  );
  await db.query(
    `INSERT INTO app_user (username, display_name, password_hash, role, team_id, email, demo)
     SELECT 'bench' || lpad(u::text, 4, '0'), '基准用户' || u || '（演示）', (SELECT password_hash FROM app_user WHERE username = 'promoter'),
            CASE WHEN u <= 10 THEN 'chain_manager' WHEN u % 10 = 1 THEN 'leader' ELSE 'promoter' END,
            CASE WHEN u <= 10 THEN NULL
                 WHEN u BETWEEN 12 AND 20 THEN (SELECT team_id FROM app_user WHERE username = 'promoter')
                 ELSE (SELECT id FROM team WHERE name = '基准招商' || lpad((1 + (u / 10) % $2::int)::text, 3, '0') || '组（演示）') END,
            'bench' || u || '@demo.invalid', true
     FROM generate_series(1, $1::int) u
     ON CONFLICT DO NOTHING`,
    [users, teams],
  );
  await db.query(
    `UPDATE team t SET leader_id = u.id FROM app_user u WHERE u.team_id = t.id AND u.role = 'leader' AND t.leader_id IS NULL AND t.name LIKE '基准招商%'`,
  );
  await db.query(
    `INSERT INTO chain_manager (chain_id, user_id)
     SELECT c.id, u.id FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 rn FROM chain) c
     JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 rn FROM app_user WHERE role = 'chain_manager' AND username LIKE 'bench%') u
       ON u.rn = c.rn % (SELECT count(*) FROM app_user WHERE role = 'chain_manager' AND username LIKE 'bench%')
     ON CONFLICT DO NOTHING`,
  );
}

/**
 * Target g is firm (g mod F) recruited for link ((g div F) * 7 + (g mod F) * 13) mod L: each firm
 * is a target for at most a couple of links, spread evenly. Stages follow a realistic funnel.
 */
async function generateTargets(db: Client, n: number): Promise<void> {
  await db.query(
    `WITH f AS (SELECT id, row_number() OVER (ORDER BY id) - 1 rn FROM firm),
          l AS (SELECT id, chain_id, row_number() OVER (ORDER BY id) - 1 rn FROM chain_link),
          o AS (SELECT id, row_number() OVER (ORDER BY id) - 1 rn FROM app_user WHERE role = 'promoter' AND active),
          k AS (SELECT (SELECT count(*) FROM f) nf, (SELECT count(*) FROM l) nl, (SELECT count(*) FROM o) no_)
     INSERT INTO target (firm_id, chain_link_id, chain_id, owner_id, stage, stage_entered_at, paused_from_stage, probability,
                         expected_investment, expected_output, expected_jobs, space_needed, method,
                         signed_investment, signed_output, signed_jobs, signed_space, signed_at,
                         next_follow_up_at, last_activity_at, demo, created_at, updated_at)
     SELECT f.id, l.id, l.chain_id, o.id, s.stage, s.entered,
            CASE WHEN s.stage = 'paused' THEN (ARRAY['lead','contact'])[1 + g % 2] END,
            CASE s.stage WHEN 'lead' THEN 10 WHEN 'contact' THEN 30 WHEN 'signed' THEN 80 WHEN 'landed' THEN 100 WHEN 'paused' THEN 5 ELSE 0 END,
            (500 + (g * 37) % 50000), (1000 + (g * 53) % 200000), 10 + g % 500, 200 + (g * 11) % 5000,
            (ARRAY['平台招商','生态招商','基金招商','以商招商','中介招商','会展招商'])[1 + g % 6],
            CASE WHEN s.stage IN ('signed','landed') THEN 500 + (g * 41) % 50000 END,
            CASE WHEN s.stage IN ('signed','landed') THEN 1000 + (g * 59) % 200000 END,
            CASE WHEN s.stage IN ('signed','landed') THEN 10 + g % 400 END,
            CASE WHEN s.stage IN ('signed','landed') THEN 200 + (g * 13) % 5000 END,
            CASE WHEN s.stage IN ('signed','landed') THEN s.entered END,
            CASE WHEN s.stage IN ('lead','contact','signed') AND g % 3 = 0 THEN now() + ((g % 60) - 20) * interval '1 day' END,
            s.last_activity, true, s.created, s.last_activity
     FROM generate_series(0, $1::int - 1) g
     CROSS JOIN k
     JOIN f ON f.rn = g % k.nf
     JOIN l ON l.rn = ((g / k.nf) * 7 + (g % k.nf) * 13) % k.nl
     JOIN o ON o.rn = (g * 31 + g / 97) % k.no_
     CROSS JOIN LATERAL (
       SELECT st AS stage, la - (g % 40) * interval '1 day' AS entered, la AS last_activity, la - interval '400 days' + (g % 90) * interval '1 day' AS created
       FROM (SELECT CASE WHEN h < 35 THEN 'lead' WHEN h < 65 THEN 'contact' WHEN h < 75 THEN 'signed' WHEN h < 83 THEN 'landed' WHEN h < 90 THEN 'paused' ELSE 'lost' END AS st,
                    now() - random() * interval '300 days' AS la
             FROM (SELECT (g::bigint * 2654435761) % 100 AS h) hh) x
     ) s
     ON CONFLICT DO NOTHING`,
    [n],
  );
}

/** The history each target's stage implies: null→lead→contact→… up to the stage, spread over its life. */
async function generateStageChanges(db: Client): Promise<void> {
  await db.query(
    `INSERT INTO stage_change (target_id, from_stage, to_stage, by_user_id, at, reason)
     SELECT t.id, CASE WHEN i = 1 THEN NULL ELSE p.path[i - 1] END, p.path[i], t.owner_id,
            CASE WHEN i = cardinality(p.path) THEN t.stage_entered_at
                 ELSE t.created_at + (i - 1) * ((t.stage_entered_at - t.created_at) / cardinality(p.path)) END,
            CASE WHEN p.path[i] IN ('paused', 'lost') THEN '企业投资计划调整（演示）' END
     FROM target t
     CROSS JOIN LATERAL (SELECT CASE t.stage
         WHEN 'lead' THEN ARRAY['lead'] WHEN 'contact' THEN ARRAY['lead','contact']
         WHEN 'signed' THEN ARRAY['lead','contact','signed'] WHEN 'landed' THEN ARRAY['lead','contact','signed','landed']
         WHEN 'paused' THEN CASE t.paused_from_stage WHEN 'lead' THEN ARRAY['lead','paused'] ELSE ARRAY['lead','contact','paused'] END
         ELSE CASE WHEN t.id % 2 = 0 THEN ARRAY['lead','lost'] ELSE ARRAY['lead','contact','lost'] END END AS path) p
     CROSS JOIN LATERAL generate_series(1, cardinality(p.path)) i
     WHERE t.demo AND NOT EXISTS (SELECT 1 FROM stage_change x WHERE x.target_id = t.id)`,
  );
}

async function generateLandings(db: Client): Promise<void> {
  await db.query(
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY id) - 1 rn FROM carrier), nc AS (SELECT count(*) n FROM c)
     INSERT INTO landing (target_id, carrier_id, area, landed_on)
     SELECT t.id, c.id, 100 + (t.id * 7) % 3000, (t.stage_entered_at AT TIME ZONE 'Asia/Shanghai')::date
     FROM target t CROSS JOIN nc JOIN c ON c.rn = t.id % nc.n
     WHERE t.stage = 'landed' AND t.demo AND nc.n > 0
     ON CONFLICT DO NOTHING`,
  );
}

/** Log g belongs to target (g mod T); the newest log of each target is at its last_activity_at. */
async function generateContactLogs(db: Client, n: number): Promise<void> {
  await db.query(
    `WITH t AS (SELECT id, owner_id, last_activity_at, row_number() OVER (ORDER BY id) - 1 rn FROM target WHERE demo),
          k AS (SELECT count(*) nt FROM t)
     INSERT INTO contact_log (target_id, kind, at, participants, summary, outcome, next_follow_up_at, author_id, demo, created_at)
     SELECT t.id, (ARRAY['visit','call','meeting','event','email','other'])[1 + g % 6], a.at,
            '企业负责人；招商专员（演示）',
            (ARRAY['上门走访，了解企业扩产计划（演示）','电话沟通落地意向与用地需求（演示）','参加项目洽谈会，交流合作方案（演示）',
                   '邀请企业参加产业链推介活动（演示）','邮件发送园区载体资料（演示）','其他跟进事项（演示）'])[1 + g % 6],
            CASE WHEN g % 4 = 0 THEN '企业有意向，待进一步对接（演示）' END,
            CASE WHEN g % 5 = 0 THEN a.at + interval '14 days' END,
            t.owner_id, true, a.at
     FROM generate_series(0, $1::int - 1) g CROSS JOIN k
     JOIN t ON t.rn = g % k.nt
     CROSS JOIN LATERAL (SELECT t.last_activity_at - (g / k.nt) * interval '9 days' - CASE WHEN g < k.nt THEN interval '0' ELSE random() * interval '3 days' END AS at) a`,
    [n],
  );
}

/** Non-unique indexes of the tables (not backing a constraint), with the DDL that recreates each. */
async function secondaryIndexes(db: Client, tables: string[]): Promise<{ name: string; definition: string }[]> {
  const { rows } = await db.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition
       FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1) AND NOT x.indisunique AND NOT x.indisprimary`,
    [tables],
  );
  return rows;
}
