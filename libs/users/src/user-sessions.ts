import type { EntityManager } from 'typeorm';

export type SignOutReason = 'password' | 'disabled' | 'admin';

/**
 * Signs a user out of every session. The sessions belong to auth (which depends on users, not the
 * reverse), so auth provides this under USER_SESSIONS; users calls it, in its own transaction, when
 * an admin resets a password or disables an account.
 */
export interface UserSessions {
  revokeAll(em: EntityManager, userId: number, reason: SignOutReason): Promise<number>;
}

export const USER_SESSIONS = Symbol('USER_SESSIONS');
