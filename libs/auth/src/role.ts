/** The roles and the authenticated caller are part of the contract the backoffice shares: libs/contracts owns them. */
export { ROLE_LABELS, ROLES, type AuthUser, type Role } from '@crm/contracts';
