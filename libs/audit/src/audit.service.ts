import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { enumFilter, idList, ListResult, notFound, parseDateTime, parseListQuery, stringFilter } from '@crm/http';
import { AuditContext } from './audit-context';
import { AUDIT_ACTIONS } from './audit-log.entity';
import { AuditLogView } from './audit.dto';
import { type AuditEntry, auditRow } from './audited-writes';

/** One audit row as a service states it (the same shape the write helpers take). */
export type AuditRecord = AuditEntry;

const SORTABLE = ['id', 'at'] as const;

function dateFilter(value: unknown, field: string): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return parseDateTime(value, `filter.${field}`);
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A successful login, by the user who logged in (the API wires auth's login event here). */
  recordLogin(user: { id: number }): Promise<void> {
    return AuditContext.run({ requestId: AuditContext.current()?.requestId ?? null, userId: user.id }, () =>
      this.record(this.db.manager, { action: 'login', entity: 'app_user', entityId: user.id, changes: {} }),
    );
  }

  /**
   * Records an event that is not a write (a login), in the caller's transaction. Writes the
   * subscriber cannot see go through audited-writes.ts, which writes and records in one call.
   */
  async record(em: EntityManager, r: AuditRecord): Promise<void> {
    await auditRow(em, r);
  }

  async list(query: Record<string, unknown>): Promise<ListResult<AuditLogView>> {
    const q = parseListQuery(query, SORTABLE, { field: 'id', order: 'DESC' });
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    const ids = idList(q.filter.id);
    if (ids) add('a.id = ANY(?::bigint[])', ids);
    const userIds = idList(q.filter.userId, 'userId');
    if (userIds) add('a.user_id = ANY(?::int[])', userIds);
    const actions = enumFilter(q.filter.action, 'action', AUDIT_ACTIONS);
    if (actions) add('a.action = ANY(?::text[])', actions);
    const entity = stringFilter(q.filter.entity, 'entity', 63);
    if (entity) add('a.entity = ?', entity);
    const entityId = q.filter.entityId === undefined ? undefined : stringFilter(String(q.filter.entityId), 'entityId', 100);
    if (entityId) add('a.entity_id = ?', entityId);
    const from = dateFilter(q.filter.at_gte, 'at_gte');
    if (from) add('a.at >= ?', from);
    const to = dateFilter(q.filter.at_lte, 'at_lte');
    if (to) add('a.at <= ?', to);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = `a.${q.sort.field} ${q.sort.order}, a.id ${q.sort.order}`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM audit_log a ${whereSql}`, params);
    const rows = await this.db.query(
      `SELECT a.id::int AS id, a.at, a.user_id AS "userId", u.username, a.action, a.entity, a.entity_id AS "entityId", a.changes, a.request_id AS "requestId"
         FROM audit_log a LEFT JOIN app_user u ON u.id = a.user_id ${whereSql}
        ORDER BY ${order} OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, q.skip, q.take],
    );
    return { data: rows, total, skip: q.skip };
  }

  async get(id: number): Promise<AuditLogView> {
    const { data } = await this.list({ filter: JSON.stringify({ id: [id] }) });
    if (!data.length) throw notFound('Audit log entry', '审计记录');
    return data[0];
  }
}
