import type { Role } from '../roles';

/** A user as stored (never the password hash). `D` is Date on the server, string in JSON. */
export interface UserRecord<D = string> {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  teamId: number | null;
  email: string | null;
  webhookUrl: string | null;
  active: boolean;
  /** Reminder channels the user wants (我的账户); a channel also needs its address. */
  notifyInApp: boolean;
  notifyEmail: boolean;
  notifyWebhook: boolean;
  /** Whether the user gets the daily digest (每日汇总). */
  dailyDigest: boolean;
  /** Created by the demo seed; never by migrations. */
  demo: boolean;
  createdAt: D;
  updatedAt: D;
  version: number;
}

/** What everyone may read of a user (owner pickers). */
export type PublicUser = Pick<UserRecord, 'id' | 'username' | 'displayName' | 'role' | 'teamId'>;

/** What admins read of a user: the whole record and the chains a chain manager manages. */
export interface AdminUser<D = string> extends UserRecord<D> {
  chainIds: number[];
}

/** GET /api/users and /api/users/:id: admins get AdminUser, everyone else PublicUser. */
export type UserAnswer<D = string> = PublicUser | AdminUser<D>;

export interface TeamRecord<D = string> {
  id: number;
  name: string;
  leaderId: number | null;
  /** 企业微信/钉钉 style robot URL for the team's reminders. */
  webhookUrl: string | null;
  demo: boolean;
  createdAt: D;
}

/** 我的账户 (GET/PUT /api/account): the caller about themselves. */
export type Account = Pick<
  UserRecord,
  'id' | 'username' | 'displayName' | 'role' | 'teamId' | 'email' | 'webhookUrl' | 'notifyInApp' | 'notifyEmail' | 'notifyWebhook' | 'dailyDigest' | 'version'
>;

export const CHANNEL_TEST_OUTCOMES = ['sent', 'failed', 'off', 'no_address', 'not_configured'] as const;
export type ChannelTestOutcome = (typeof CHANNEL_TEST_OUTCOMES)[number];

/** One channel's outcome of 发送测试消息 (POST /api/account/test-message). */
export interface ChannelTestResult {
  channel: 'in_app' | 'email' | 'webhook';
  outcome: ChannelTestOutcome;
  /** The receiver's answer when sent, the error when failed. */
  detail: string | null;
}
