export const ROLES = ['admin', 'leader', 'chain_manager', 'promoter'] as const;
export type Role = (typeof ROLES)[number];

/** The authenticated caller as every service sees it. */
export interface AuthUser {
  id: number;
  username: string;
  role: Role;
  teamId: number | null;
  /** The login session the request's token belongs to (revocable). */
  sessionId?: number;
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  leader: '分管领导',
  chain_manager: '链长办',
  promoter: '招商专员',
};
