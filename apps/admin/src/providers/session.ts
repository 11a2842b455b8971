import type { Role } from '../config/domain';

/** The signed-in user as GET /api/auth/me returns it. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  teamId: number | null;
}

const TOKEN = 'crm.token';
const USER = 'crm.user';

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN),
  user: (): SessionUser | null => {
    try {
      return JSON.parse(localStorage.getItem(USER) ?? 'null') as SessionUser | null;
    } catch {
      return null;
    }
  },
  save(token: string, user: SessionUser): void {
    localStorage.setItem(TOKEN, token);
    localStorage.setItem(USER, JSON.stringify(user));
  },
  clear(): void {
    localStorage.removeItem(TOKEN);
    localStorage.removeItem(USER);
  },
};
