import type { Role } from '../config/domain';

/**
 * What each role may do in the backoffice (the role table the API enforces; test/reliability/permissions.matrix.ts holds it route by route). The API
 * enforces the same rules per record; this only decides which screens and buttons appear.
 * react-admin asks `canAccess({ action, resource })` for menus, routes and buttons.
 */
export type Action = 'list' | 'show' | 'export' | 'create' | 'edit' | 'delete' | 'clone' | 'transition';

const READ: readonly Action[] = ['list', 'show', 'export'];
const WRITE_NO_DELETE: readonly Action[] = [...READ, 'create', 'edit', 'clone', 'transition'];
const ALL: readonly Action[] = [...WRITE_NO_DELETE, 'delete'];

/** Screens only an admin works in. */
export const ADMIN_RESOURCES = ['users', 'teams', 'reminders', 'reminder-rules', 'audit-logs'] as const;

type Matrix = Record<string, readonly Action[]>;

const REFERENCE_READ: Matrix = {
  plans: READ,
  chains: READ,
  'chain-links': READ,
  firms: READ,
  carriers: READ,
  'kpi-targets': READ,
  targets: READ,
  'contact-logs': READ,
  notifications: ['list', 'show'],
  pipeline: READ,
  'chain-map': READ,
  kpis: READ,
  gaps: READ,
  // 候选企业 of a link: everyone reads the ranking; adding targets follows the targets rules
  candidates: READ,
  'claim-requests': ['list'],
};

const MATRIX: Record<Exclude<Role, 'admin'>, Matrix> = {
  // Reviews everything, edits nothing.
  leader: { ...REFERENCE_READ, users: READ, teams: READ },
  promoter: {
    ...REFERENCE_READ,
    firms: WRITE_NO_DELETE,
    targets: WRITE_NO_DELETE,
    'contact-logs': ALL,
    pipeline: WRITE_NO_DELETE,
  },
  chain_manager: {
    ...REFERENCE_READ,
    chains: [...READ, 'edit'],
    'chain-links': ALL,
    'kpi-targets': ALL,
    // 批量导入 into the chains they manage (the API checks each row's chain)
    imports: ['list', 'create'],
    // 企业库导入; 疑似重复企业 read only (merging and 非重复 are an admin's, PRODUCT.md: users, settings, merges)
    'registry-imports': ['list', 'create'],
    'firm-duplicates': ['list'],
    firms: WRITE_NO_DELETE,
    targets: WRITE_NO_DELETE,
    'contact-logs': ALL,
    pipeline: WRITE_NO_DELETE,
  },
};

export function can(role: Role | undefined | null, action: string, resource: string): boolean {
  if (!role) return false;
  if (role === 'admin') return true;
  const allowed = MATRIX[role]?.[resource];
  return !!allowed && (allowed as readonly string[]).includes(action);
}

/** A leader never sees a create/edit/delete/move control anywhere. */
export const isReadOnly = (role: Role | undefined | null): boolean => role === 'leader' || !role;
