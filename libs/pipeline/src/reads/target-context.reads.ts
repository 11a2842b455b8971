import type { EntityManager } from 'typeorm';

/**
 * The pipeline's targets as projects, reminders, contacts and imports read them (see
 * target.reads.ts for why these live with the owner). Same rules: TypeORM types only, no imports
 * from the pipeline's services.
 */

/**
 * The target columns other libraries' reports may join on, as a subquery the planner flattens
 * (`JOIN ${TARGET_ROWS_SQL} t ON t.id = x.target_id`): the pipeline may reshape its table as long
 * as this relation keeps these columns.
 */
export const TARGET_ROWS_SQL = `(SELECT id, firm_id, chain_id, chain_link_id, owner_id, stage, signed_at, signed_investment, last_activity_at, next_follow_up_at FROM target)`;

/** Who hears about a target, and whose reminder rule applies (through its chain's plan). */
export interface TargetAudience {
  targetId: number;
  firmName: string;
  stage: string;
  ownerId: number;
  ownerName: string;
  /** The owner's team leader. */
  leaderId: number | null;
  /** Active managers of the target's chain. */
  chainManagerIds: number[];
  planId: number | null;
}

/** The audience of each target (targets that do not exist have no row). */
export function targetAudiences(em: EntityManager, targetIds: readonly number[]): Promise<TargetAudience[]> {
  return em.query(
    `SELECT t.id AS "targetId", f.name AS "firmName", t.stage, t.owner_id AS "ownerId", u.display_name AS "ownerName", tm.leader_id AS "leaderId", c.plan_id AS "planId",
            coalesce((SELECT array_agg(cm.user_id ORDER BY cm.user_id) FROM chain_manager cm JOIN app_user m ON m.id = cm.user_id AND m.active WHERE cm.chain_id = t.chain_id), '{}') AS "chainManagerIds"
       FROM target t JOIN chain c ON c.id = t.chain_id JOIN firm f ON f.id = t.firm_id JOIN app_user u ON u.id = t.owner_id LEFT JOIN team tm ON tm.id = u.team_id
      WHERE t.id = ANY($1::int[])`,
    [[...targetIds]],
  );
}

/** The plan a target belongs to (through its chain); null for an unknown target. */
export async function planOfTarget(em: EntityManager, targetId: number): Promise<number | null> {
  const [row]: { plan_id: number }[] = await em.query('SELECT c.plan_id FROM target t JOIN chain c ON c.id = t.chain_id WHERE t.id = $1', [targetId]);
  return row?.plan_id ?? null;
}

/** The name of the firm a target pursues; '' for an unknown target. */
export async function firmNameOfTarget(em: EntityManager, targetId: number): Promise<string> {
  const [r]: { name: string }[] = await em.query(`SELECT f.name FROM target t JOIN firm f ON f.id = t.firm_id WHERE t.id = $1`, [targetId]);
  return r?.name ?? '';
}

/** A target's landing: where it took space and on which day. */
export interface LandingView {
  carrierId: number;
  carrierName: string;
  area: number;
  /** YYYY-MM-DD. */
  landedOn: string;
}

/** The target's landing record, if it has one. */
export async function landingOfTarget(em: EntityManager, targetId: number): Promise<LandingView | undefined> {
  const [landing]: LandingView[] = await em.query(
    `SELECT l.carrier_id AS "carrierId", c.name AS "carrierName", l.area::float8 AS area, to_char(l.landed_on, 'YYYY-MM-DD') AS "landedOn" FROM landing l JOIN carrier c ON c.id = l.carrier_id WHERE l.target_id = $1`,
    [targetId],
  );
  return landing;
}

/** A target pursuing a firm, as the person-access rules see it. */
export interface FirmTargetRow {
  firm_id: number;
  chain_link_id: number;
  owner_id: number;
  team_id: number | null;
  chain_id: number;
}

/** Every target (any stage) pursuing one of the firms, with its owner's team. */
export function targetsOfFirms(em: EntityManager, firmIds: readonly number[]): Promise<FirmTargetRow[]> {
  return em.query(
    'SELECT t.firm_id, t.chain_link_id, t.owner_id, u.team_id, t.chain_id FROM target t JOIN app_user u ON u.id = t.owner_id WHERE t.firm_id = ANY($1::int[])',
    [[...firmIds]],
  );
}

/** Condition: a firm named `firmNameSql` already has a target (any stage) on the link `linkIdSql`. */
export const firmNamedTargetedOnLinkSql = (firmNameSql: string, linkIdSql: string) =>
  `EXISTS (SELECT 1 FROM target t JOIN firm f ON f.id = t.firm_id WHERE f.name = ${firmNameSql} AND t.chain_link_id = ${linkIdSql})`;
