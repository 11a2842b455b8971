import type { EntityManager } from 'typeorm';
import type { AuthUser, Role } from './role';

import type { SignOutReason, UserSessions } from '@crm/users';

export type RevokeReason = 'logout' | SignOutReason;

/**
 * Login sessions in Postgres (table auth_session). Every token names its session; a request is
 * let in only while that session is not revoked and its user is active, read from Postgres on
 * every request so all API processes agree at once (a primary-key join, well under a millisecond).
 */
export async function openSession(em: EntityManager, userId: number): Promise<number> {
  const [row]: { id: string }[] = await em.query('INSERT INTO auth_session (user_id) VALUES ($1) RETURNING id', [userId]);
  return Number(row.id);
}

/** The session's user when the session is live and the user active; null otherwise. */
export async function liveSessionUser(em: EntityManager, sessionId: number, userId: number): Promise<AuthUser | null> {
  const [row]: { id: number; username: string; role: Role; team_id: number | null }[] = await em.query(
    `SELECT u.id, u.username, u.role, u.team_id
       FROM auth_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND u.active`,
    [sessionId, userId],
  );
  return row ? { id: row.id, username: row.username, role: row.role, teamId: row.team_id, sessionId } : null;
}

export async function revokeSession(em: EntityManager, sessionId: number, reason: RevokeReason): Promise<void> {
  await em.query('UPDATE auth_session SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL', [sessionId, reason]);
}

/** Signs out every session of a user (password changed, account disabled); returns how many. */
export async function revokeUserSessions(em: EntityManager, userId: number, reason: RevokeReason): Promise<number> {
  const rows: unknown[] = await em.query(
    'UPDATE auth_session SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL RETURNING id',
    [userId, reason],
  );
  return rows.length;
}

/**
 * Drops session rows no token can use any more: revoked ones, and live ones older than the token
 * lifetime (every token expires within that of its login). A day's grace covers clock skew
 * between the API processes; returns how many were dropped.
 */
export async function purgeSessions(em: EntityManager, lifetimeSeconds: number, now = new Date()): Promise<number> {
  const [, dropped] = (await em.query(
    `DELETE FROM auth_session
      WHERE COALESCE(revoked_at, created_at + make_interval(secs => $2)) < $1::timestamptz - interval '1 day'`,
    [now, lifetimeSeconds],
  )) as [unknown, number];
  return dropped;
}

/** What users calls to sign someone out everywhere (see USER_SESSIONS). */
export const userSessions: UserSessions = { revokeAll: revokeUserSessions };
