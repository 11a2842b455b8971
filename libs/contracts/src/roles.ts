export const ROLES = ['admin', 'leader', 'chain_manager', 'promoter'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  leader: '分管领导',
  chain_manager: '链长办',
  promoter: '招商专员',
};
