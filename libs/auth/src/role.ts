import type { Role } from '@crm/contracts';

/** The roles are part of the contract the backoffice shares: libs/contracts owns them. */
export { ROLE_LABELS, ROLES, type Role } from '@crm/contracts';

/** The authenticated caller as every service sees it. */
export interface AuthUser {
  id: number;
  username: string;
  role: Role;
  teamId: number | null;
  /** The login session the request's token belongs to (revocable). */
  sessionId?: number;
}
