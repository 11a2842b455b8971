import type { EntityManager } from 'typeorm';
import { TIME_ZONE } from '@crm/time';

/**
 * What other libraries need from the pipeline's tables (target, landing, stage_change): plain
 * functions over an EntityManager, and SQL fragments for the few statements that join a target
 * condition into their own query. The pipeline owns these tables; chain-map, firms, carriers, claims,
 * candidates, projects, reminders, contacts and imports read them only through here
 * (eslint.config.mjs refuses `FROM target`/`landing` in those libraries). This folder imports nothing but TypeORM types and @crm/time, so the libraries the pipeline itself
 * builds on (chain-map, firms, carriers) can import it as `@crm/pipeline/reads` without a cycle.
 */

/** The date a target landed: its landing record, else the day (Shanghai) it entered `landed`. */
export const LANDED_ON_SQL = (alias = 't') =>
  `COALESCE((SELECT l.landed_on FROM landing l WHERE l.target_id = ${alias}.id), (SELECT min(sc.at AT TIME ZONE '${TIME_ZONE}')::date FROM stage_change sc WHERE sc.target_id = ${alias}.id AND sc.to_stage = 'landed'))`;

/** LANDED_ON_SQL for a query that already joins the target's landing (LEFT JOIN landing `landing`): one hash join instead of a lookup per target. */
export const LANDED_ON_JOINED_SQL = (alias = 't', landing = 'l') =>
  `COALESCE(${landing}.landed_on, (SELECT min(sc.at AT TIME ZONE '${TIME_ZONE}')::date FROM stage_change sc WHERE sc.target_id = ${alias}.id AND sc.to_stage = 'landed'))`;

const REFERENCE_COLUMN = { chain: 'chain_id', chainLink: 'chain_link_id', firm: 'firm_id' } as const;

/** How many targets (any stage) point at the chain, link or firm: the in-use check before deleting it. */
export async function targetsReferencing(em: EntityManager, of: keyof typeof REFERENCE_COLUMN, id: number): Promise<number> {
  const [{ n }]: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM target WHERE ${REFERENCE_COLUMN[of]} = $1`, [id]);
  return n;
}

/** How many landings took space in the carrier (its in-use check). */
export async function landingsInCarrier(em: EntityManager, carrierId: number): Promise<number> {
  const [{ n }]: { n: number }[] = await em.query('SELECT count(*)::int AS n FROM landing WHERE carrier_id = $1', [carrierId]);
  return n;
}

/**
 * Subquery: per chain link, how many targets are in lead, contact, signed and landed (columns
 * chain_link_id, lead, contact, signed, landed; links without targets have no row). `chainParam`
 * (e.g. `$1`) narrows it to one chain; without it every link is counted.
 */
export function targetsPerLinkSql(chainParam?: string): string {
  return `SELECT chain_link_id,
                  count(*) FILTER (WHERE stage = 'lead') AS lead,
                  count(*) FILTER (WHERE stage = 'contact') AS contact,
                  count(*) FILTER (WHERE stage = 'signed') AS signed,
                  count(*) FILTER (WHERE stage = 'landed') AS landed
             FROM target${chainParam ? ` WHERE chain_id = ${chainParam}` : ''} GROUP BY chain_link_id`;
}

/** Condition: the firm (`firmIdSql`, e.g. `f.id`) is recruited for the chain (`chainParam`) by any target. */
export function firmTargetedInChainSql(firmIdSql: string, chainParam: string): string {
  return `EXISTS (SELECT 1 FROM target t WHERE t.firm_id = ${firmIdSql} AND t.chain_id = ${chainParam})`;
}

/** Condition: the firm (`firmIdSql`) is still pursued (a target not 流失) in one of the chains (`chainsParam`, an int[]). */
export function firmPursuedInChainsSql(firmIdSql: string, chainsParam: string): string {
  return `EXISTS (SELECT 1 FROM target t WHERE t.firm_id = ${firmIdSql} AND t.stage <> 'lost' AND t.chain_id = ANY(${chainsParam}::int[]))`;
}

/** Is the firm still pursued (a target not 流失) in one of the chains? */
export async function firmPursuedInChains(em: EntityManager, firmId: number, chainIds: readonly number[]): Promise<boolean> {
  const rows: { ok: boolean }[] = await em.query(`SELECT ${firmPursuedInChainsSql('$1', '$2')} AS ok`, [firmId, [...chainIds]]);
  return rows[0].ok;
}

/** A firm's earliest target still pursued (not 流失), with its owner's team: what 首报首谈 calls the holding target. */
export interface PursuedTargetRow {
  firm_id: number;
  id: number;
  chain_id: number;
  owner_id: number;
  team_id: number | null;
  created_at: Date;
}

/** The earliest pursued target of each firm (at most one row per firm), leaving out `excludeTargetIds`. */
export function earliestPursuedTargets(em: EntityManager, firmIds: readonly number[], excludeTargetIds: readonly number[] = []): Promise<PursuedTargetRow[]> {
  return em.query(
    `SELECT DISTINCT ON (t.firm_id) t.firm_id, t.id, t.chain_id, t.owner_id, u.team_id, t.created_at
       FROM target t JOIN app_user u ON u.id = t.owner_id
      WHERE t.firm_id = ANY($1::int[]) AND t.stage <> 'lost' AND t.id <> ALL($2::int[])
      ORDER BY t.firm_id, t.created_at, t.id`,
    [[...new Set(firmIds)], [...excludeTargetIds]],
  );
}

/** A row of chainTargetsPerLink. */
export interface ChainTargetRow {
  id: number;
  link_id: number;
  firm_id: number;
  firm_name: string;
  stage: 'lead' | 'contact' | 'signed' | 'landed';
  owner_id: number;
  total: string;
}

/**
 * Per link of the chain, the first `perLink` live or landed targets the caller may read (newest
 * activity first; `scope` is the read scope over alias `t`), each with how many there are in all.
 * The firm name is looked up only for the rows kept.
 */
export function chainTargetsPerLink(
  em: EntityManager,
  chainId: number,
  scope: { sql: string; params: Record<string, unknown> },
  perLink: number,
): Promise<ChainTargetRow[]> {
  return (
    em
      .createQueryBuilder()
      // Firm name by a per-row lookup: joining firm made the planner (which cannot estimate the
      // rn filter) hash-join all firms, 5× slower at bench scale.
      .select([
        'x.id AS id',
        'x.link_id AS link_id',
        'x.firm_id AS firm_id',
        '(SELECT f.name FROM firm f WHERE f.id = x.firm_id) AS firm_name',
        'x.stage AS stage',
        'x.owner_id AS owner_id',
        'x.total AS total',
      ])
      .from(
        (sub) =>
          sub
            .select([
              't.id AS id',
              't.chain_link_id AS link_id',
              't.firm_id AS firm_id',
              't.stage AS stage',
              't.owner_id AS owner_id',
              'row_number() OVER (PARTITION BY t.chain_link_id ORDER BY t.last_activity_at DESC NULLS LAST, t.id DESC) AS rn',
              'count(*) OVER (PARTITION BY t.chain_link_id) AS total',
            ])
            .from('target', 't')
            .where('t.chain_id = :chainId', { chainId })
            .andWhere(`t.stage IN ('lead', 'contact', 'signed', 'landed')`)
            .andWhere(scope.sql, scope.params),
        'x',
      )
      .where('x.rn <= :perLink', { perLink })
      .orderBy('x.id', 'ASC')
      .getRawMany()
  );
}

/**
 * For the candidate ranking (libs/candidates), per firm (`firmIdSql`, e.g. `f.id`): a LATERAL
 * subquery with `n` (targets still pursued, any team) and `first` (the earliest one's creation,
 * the 首报 date).
 */
export const firmPursuitSql = (firmIdSql: string) =>
  `SELECT count(*)::int AS n, min(t.created_at) AS first FROM target t WHERE t.firm_id = ${firmIdSql} AND t.stage <> 'lost'`;

/** LATERAL subquery: `n` contact logs of the firm on targets the read scope (`scopeSql`, over alias `vt`) allows, and `last` (the latest log's time). */
export const firmVisibleLogsSql = (firmIdSql: string, scopeSql: string) =>
  `SELECT count(*)::int AS n, max(l.at) AS last FROM target vt JOIN contact_log l ON l.target_id = vt.id WHERE vt.firm_id = ${firmIdSql} AND ${scopeSql}`;

/** Subquery: the firms that already have a target (any stage) on the link (`linkParam`), for `f.id NOT IN (…)`. */
export const firmsTargetedOnLinkSql = (linkParam: string) => `SELECT x.firm_id FROM target x WHERE x.chain_link_id = ${linkParam}`;

/** Which of the firms already have a target (any stage) on the link. */
export async function firmsTargetedOnLink(em: EntityManager, linkId: number, firmIds: readonly number[]): Promise<Set<number>> {
  const rows: { firm_id: number }[] = await em.query('SELECT firm_id FROM target WHERE chain_link_id = $1 AND firm_id = ANY($2::int[])', [
    linkId,
    [...firmIds],
  ]);
  return new Set(rows.map((r) => r.firm_id));
}
