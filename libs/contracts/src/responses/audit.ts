export const AUDIT_ACTIONS = ['insert', 'update', 'delete', 'transition', 'login'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** `{ field: [old, new] }`; inserts have old = null, deletes new = null. */
export type AuditChanges = Record<string, [unknown, unknown]>;

/** One audit row (GET /api/audit-logs), with the user's name. `D` is Date on the server, string in JSON. */
export interface AuditLogEntry<D = string> {
  id: number;
  at: D;
  userId: number | null;
  username: string | null;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  changes: AuditChanges;
  requestId: string | null;
}
