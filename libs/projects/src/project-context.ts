import type { EntityManager } from 'typeorm';

/** Who hears about a target's project, and whose reminder rule applies (through its chain's plan). */
export interface ProjectContext {
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

export async function projectContext(em: EntityManager, targetId: number): Promise<ProjectContext> {
  const [r] = await em.query(
    `SELECT t.id AS "targetId", f.name AS "firmName", t.stage, t.owner_id AS "ownerId", u.display_name AS "ownerName", tm.leader_id AS "leaderId", c.plan_id AS "planId",
            coalesce((SELECT array_agg(cm.user_id ORDER BY cm.user_id) FROM chain_manager cm JOIN app_user m ON m.id = cm.user_id AND m.active WHERE cm.chain_id = t.chain_id), '{}') AS "chainManagerIds"
       FROM target t JOIN chain c ON c.id = t.chain_id JOIN firm f ON f.id = t.firm_id JOIN app_user u ON u.id = t.owner_id LEFT JOIN team tm ON tm.id = u.team_id
      WHERE t.id = $1`,
    [targetId],
  );
  if (!r) throw new Error(`target ${targetId} vanished inside its own transaction`);
  return r;
}

/** Each id once, in order, without nulls. */
export const distinct = (ids: readonly (number | null | undefined)[]): number[] => [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
