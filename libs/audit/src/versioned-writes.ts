import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { notFound, staleVersion } from '@crm/http';

/*
 * Writes made through the entity manager, so the audit subscriber sees them: an optimistic-locked
 * update and a remove. (Writes the subscriber cannot see record their own audit row.)
 */

/**
 * Optimistic locking: applies `changes` only when the row still has the version the caller read.
 * Locks the row first so two concurrent saves with the same version cannot both pass. Saving the
 * merged entity (not a query-builder UPDATE) lets the audit subscriber record the diff; the
 * version is bumped on every accepted save, even one that only touched related rows.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  version: number,
  changes: Partial<T>,
  what: [string, string],
): Promise<T> {
  const repo = em.getRepository(entity);
  const current = await repo.createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  if (!current) throw notFound(...what);
  if ((current as unknown as { version: number }).version !== version) throw staleVersion(...what);
  const saved = await repo.save(repo.merge(current, changes as never));
  if ((saved as unknown as { version: number }).version === version) {
    await em.query(`UPDATE "${repo.metadata.tableName}" SET version = version + 1 WHERE id = $1`, [id]);
  }
  return saved;
}

/** Deletes a loaded row through the entity manager, so the audit subscriber records it. */
export async function removeAudited<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, row: T): Promise<void> {
  await em.getRepository(entity).remove({ ...row });
}
