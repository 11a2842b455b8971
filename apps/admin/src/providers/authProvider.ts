import type { AuthProvider } from 'react-admin';
import { can } from '../lib/permissions';
import { currentLocale } from '../i18n';
import { translateError } from './errors';
import { API_URL } from './http';
import { session, type SessionUser } from './session';

async function callApi(path: string, body: unknown, token?: string): Promise<unknown> {
  const res = await fetch(`${API_URL}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(translateError(res.status, json, currentLocale(), res.statusText).message);
  return json;
}

/** JWT in localStorage; the role from GET /api/auth/me decides menus and buttons (lib/permissions). */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { accessToken } = (await callApi('/auth/login', { username, password })) as { accessToken: string };
    const me = (await callApi('/auth/me', undefined, accessToken)) as SessionUser;
    session.save(accessToken, { id: me.id, username: me.username, displayName: me.displayName, role: me.role, teamId: me.teamId });
  },
  async logout() {
    const token = session.token();
    session.clear();
    // Revokes the session on the server too, so a copied token stops working; best effort when offline.
    if (token) await fetch(`${API_URL}/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
  },
  async checkAuth() {
    if (!session.token() || !session.user()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      session.clear();
      throw new Error('ra.notification.logged_out');
    }
  },
  async getIdentity() {
    const u = session.user();
    if (!u) throw new Error('ra.auth.auth_check_error');
    return { id: u.id, fullName: u.displayName, role: u.role, teamId: u.teamId };
  },
  async getPermissions() {
    return session.user()?.role;
  },
  async canAccess({ action, resource }) {
    return can(session.user()?.role, action, resource);
  },
};
