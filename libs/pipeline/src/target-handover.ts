import type { EntityManager } from 'typeorm';
import { auditRow } from '@crm/audit';

/**
 * Hands the firm's pursued targets (not 流失) owned by `fromOwnerIds` to `toOwnerId` in one
 * statement (a granted 转交申请), bumping each version and auditing each owner change.
 * Returns the targets moved.
 */
export async function handOverTargets(em: EntityManager, firmId: number, fromOwnerIds: readonly number[], toOwnerId: number): Promise<number[]> {
  // TypeORM answers an UPDATE … RETURNING with [rows, count].
  const [moved]: [{ id: number; owner_id: number }[], number] = await em.query(
    `UPDATE target t SET owner_id = $2, version = t.version + 1, updated_at = now()
       FROM target old WHERE old.id = t.id AND t.firm_id = $1 AND t.stage <> 'lost' AND t.owner_id = ANY($3::int[])
     RETURNING t.id, old.owner_id`,
    [firmId, toOwnerId, [...fromOwnerIds]],
  );
  for (const m of moved) await auditRow(em, { action: 'update', entity: 'target', entityId: m.id, changes: { ownerId: [m.owner_id, toOwnerId] } });
  return moved.map((m) => m.id);
}
