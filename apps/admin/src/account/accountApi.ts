import { apiJson } from '../providers/http';

export interface Account {
  id: number;
  username: string;
  displayName: string;
  role: string;
  teamId: number | null;
  email: string | null;
  webhookUrl: string | null;
  notifyInApp: boolean;
  notifyEmail: boolean;
  notifyWebhook: boolean;
  dailyDigest: boolean;
  version: number;
}

export type ChannelOutcome = 'sent' | 'failed' | 'off' | 'no_address' | 'not_configured';
export interface ChannelTestResult {
  channel: 'in_app' | 'email' | 'webhook';
  outcome: ChannelOutcome;
  detail: string | null;
}

export const accountApi = {
  get: () => apiJson<Account>('/account'),
  save: (body: Partial<Account> & { version: number }) => apiJson<Account>('/account', { method: 'PUT', body }),
  testMessage: () => apiJson<ChannelTestResult[]>('/account/test-message', { method: 'POST' }),
  changePassword: (currentPassword: string, newPassword: string) =>
    apiJson<{ accessToken: string; signedOut: number }>('/auth/password', { method: 'PUT', body: { currentPassword, newPassword } }),
};

/** The per-field messages of a refused request (HttpError body.errors, see providers/errors). */
export function fieldErrors(e: unknown): Record<string, string> {
  const errors = (e as { body?: { errors?: Record<string, unknown> } })?.body?.errors ?? {};
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}
