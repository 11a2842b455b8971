import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { diffChanges } from './audit-changes.util';
import type { AuditAction, AuditChanges } from './audit-log.entity';
import { writeAuditRow } from './audit.subscriber';

/**
 * Writes the audit subscriber cannot see (query-builder UPDATE/DELETE, set-based SQL), each made
 * together with its audit row in one call, in the caller's transaction: a service cannot write
 * without auditing, because there is no separate "remember to record" step. Entity saves, inserts
 * and removes go through the subscriber as before.
 */

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId: number | string | null;
  changes: AuditChanges;
  /** Defaults to the current request's user. */
  userId?: number | null;
}

/** Writes one audit row (the primitive the helpers below and AuditService use). */
export function auditRow(em: EntityManager, r: AuditEntry): Promise<void> {
  return writeAuditRow(em, { ...r, entityId: r.entityId === null ? null : String(r.entityId) });
}

/** Runs a write the subscriber cannot see and records `entry` with it; nothing is recorded if the write throws. */
export async function writeAudited<R>(em: EntityManager, entry: AuditEntry, write: () => Promise<R>): Promise<R> {
  const result = await write();
  await auditRow(em, entry);
  return result;
}

const tableOf = (em: EntityManager, entity: EntityTarget<ObjectLiteral>) => em.getRepository(entity).metadata.tableName;

/**
 * `UPDATE … SET changes WHERE id = :id [AND version = :version]` and, when a row was changed, its
 * audit row with the diff against `before` (the row as read). Returns false when no row matched
 * (gone, or a stale version: the caller answers 404/409). The version, if the entity has one, is
 * bumped by TypeORM's @VersionColumn handling as before.
 */
export async function updateAudited<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  where: { id: number; version?: number },
  before: object,
  changes: Partial<T>,
): Promise<boolean> {
  const qb = em
    .createQueryBuilder()
    .update(entity)
    .set(changes as never)
    .where('id = :id', { id: where.id });
  if (where.version !== undefined) qb.andWhere('version = :version', { version: where.version });
  const res = await qb.execute();
  if (!res.affected) return false;
  const keys = Object.keys(changes);
  await auditRow(em, {
    action: 'update',
    entity: tableOf(em, entity),
    entityId: where.id,
    changes: diffChanges(before as Record<string, unknown>, changes, keys),
  });
  return true;
}

/** `DELETE … WHERE id = :id` and its audit row (no values copied into the trail). Returns false when no row matched. */
export async function deleteAudited(em: EntityManager, entity: EntityTarget<ObjectLiteral>, id: number): Promise<boolean> {
  const res = await em.createQueryBuilder().delete().from(entity).where('id = :id', { id }).execute();
  if (!res.affected) return false;
  await auditRow(em, { action: 'delete', entity: tableOf(em, entity), entityId: id, changes: {} });
  return true;
}

/** A many-to-many link table owned by one side: which rows link the owner, recorded on the owner as one field. */
export interface LinkSet {
  table: string;
  ownerColumn: string;
  otherColumn: string;
  /** The audit entity (the owner's table) and the field the set is recorded as. */
  auditEntity: string;
  field: string;
}

/** The owner's linked ids, ascending. */
export async function linkedIds(em: EntityManager, link: LinkSet, ownerId: number): Promise<number[]> {
  const rows: { ids: number[] | null }[] = await em.query(
    `SELECT array_agg(${link.otherColumn} ORDER BY ${link.otherColumn}) AS ids FROM ${link.table} WHERE ${link.ownerColumn} = $1`,
    [ownerId],
  );
  return rows[0]?.ids ?? [];
}

/**
 * Makes the owner's links exactly `ids` (deletes the others, adds the missing) and records the set
 * change on the owner (`field: [before, after]`). Nothing is written or recorded when the set is the same.
 */
export async function setLinksAudited(em: EntityManager, link: LinkSet, ownerId: number, ids: readonly number[]): Promise<void> {
  const previous = await linkedIds(em, link, ownerId);
  const next = [...new Set(ids)].sort((a, b) => a - b);
  if (previous.join() === next.join()) return;
  await em.query(`DELETE FROM ${link.table} WHERE ${link.ownerColumn} = $1 AND NOT (${link.otherColumn} = ANY($2::int[]))`, [ownerId, next]);
  await em.query(`INSERT INTO ${link.table} (${link.ownerColumn}, ${link.otherColumn}) SELECT $1::int, unnest($2::int[]) ON CONFLICT DO NOTHING`, [
    ownerId,
    next,
  ]);
  await auditRow(em, { action: 'update', entity: link.auditEntity, entityId: ownerId, changes: { [link.field]: [previous, next] } });
}
