import type { EntityMetadata, EntitySubscriberInterface, InsertEvent, ObjectLiteral, QueryRunner, RemoveEvent, UpdateEvent } from 'typeorm';
import { EventSubscriber } from 'typeorm';
import { AuditContext } from './audit-context';
import type { AuditAction, AuditChanges } from './audit-log.entity';
import { diffChanges, formatEntityId, isAudited } from './audit-changes.util';

/** One audit row, written with the caller's query runner so it commits or rolls back with the write. */
export async function writeAuditRow(
  qr: Pick<QueryRunner, 'query'>,
  row: { action: AuditAction; entity: string; entityId: string | null; changes: AuditChanges; userId?: number | null },
): Promise<void> {
  const scope = AuditContext.current();
  await qr.query(`INSERT INTO audit_log (user_id, action, entity, entity_id, changes, request_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
    row.userId ?? scope?.userId ?? null,
    row.action,
    row.entity,
    row.entityId,
    JSON.stringify(row.changes),
    scope?.requestId ?? null,
  ]);
}

const fields = (m: EntityMetadata) => m.columns.map((c) => c.propertyName);

/**
 * Writes an audit_log row for every entity insert, update and delete made inside an audit scope
 * (an HTTP request, or a job that opened one), in the same transaction as the change.
 * A stage_change insert is recorded as a `transition` of its target.
 *
 * Query-builder UPDATE/DELETE statements carry no row identity to subscribers; services make them
 * through the helpers in audited-writes.ts, which write and audit in one call (CONTRIBUTING.md).
 */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  private audited(m: EntityMetadata): boolean {
    return !!AuditContext.current() && isAudited(m.tableName);
  }

  async afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    const m = event.metadata;
    if (!this.audited(m) || !event.entity) return;
    const entity = event.entity as Record<string, unknown>;
    if (m.tableName === 'stage_change') {
      await writeAuditRow(event.queryRunner, {
        action: 'transition',
        entity: 'target',
        entityId: formatEntityId({ id: entity.targetId }),
        changes: { stage: [entity.fromStage ?? null, entity.toStage ?? null] },
        userId: typeof entity.byUserId === 'number' ? entity.byUserId : undefined,
      });
      return;
    }
    await writeAuditRow(event.queryRunner, {
      action: 'insert',
      entity: m.tableName,
      entityId: formatEntityId(m.getEntityIdMap(entity)),
      changes: diffChanges(null, entity, fields(m)),
    });
  }

  async afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> {
    const m = event.metadata;
    if (!this.audited(m) || !event.entity) return;
    const after = event.entity as Record<string, unknown>;
    const before = (event.databaseEntity as Record<string, unknown> | undefined) ?? null;
    const ids = m.getEntityIdMap(after) ?? (before ? m.getEntityIdMap(before) : undefined);
    // A query-builder UPDATE: no identity, so nothing honest to record here (see class comment).
    if (!ids) return;
    const changes = diffChanges(before, after, fields(m));
    if (!Object.keys(changes).length) return;
    await writeAuditRow(event.queryRunner, { action: 'update', entity: m.tableName, entityId: formatEntityId(ids), changes });
  }

  async afterRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    const m = event.metadata;
    if (!this.audited(m)) return;
    const before = (event.databaseEntity ?? event.entity) as Record<string, unknown> | undefined;
    const byEvent =
      event.entityId === undefined || event.entityId === null ? undefined : typeof event.entityId === 'object' ? event.entityId : { id: event.entityId };
    const ids = (before ? m.getEntityIdMap(before) : undefined) ?? byEvent;
    if (!ids) return;
    await writeAuditRow(event.queryRunner, {
      action: 'delete',
      entity: m.tableName,
      entityId: formatEntityId(ids as Record<string, unknown>),
      changes: before ? diffChanges(before, null, fields(m)) : {},
    });
  }
}
