/* Reminder monitoring (GET /api/reminders) and the reminder settings (/api/reminder-rules). `D` is Date on the server, string in JSON. */

export const REMINDER_KINDS = [
  'pre_due',
  'due',
  'escalation',
  'stale_yellow',
  'stale_red',
  'digest',
  // after signing (libs/projects): a milestone past its planned date; a leader's instruction (批示)
  'milestone_yellow',
  'milestone_red',
  'instruction_new',
  'instruction_due',
  'instruction_overdue',
  'instruction_reply',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export const REMINDER_STATES = ['scheduled', 'cancelled', 'delivered', 'failed'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];
export const CHANNELS = ['in_app', 'email', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];
export const DELIVERY_STATES = ['pending', 'awaiting', 'sent', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** One channel of a reminder. */
export interface ReminderDelivery<D = string> {
  channel: Channel;
  state: DeliveryState;
  attempts: number;
  lastError: string | null;
  sentAt: D | null;
  nextAttemptAt: D;
}

/** One try of one channel (GET /api/reminders/:id). */
export interface ReminderAttempt<D = string> {
  channel: Channel;
  attempt: number;
  at: D;
  /** true accepted, false failed, null handed over with the receiver's answer never heard. */
  ok: boolean | null;
  error: string | null;
  /** The receiver's reply, e.g. "250 OK", when the API records it. */
  answer: string | null;
  durationMs: number;
}

/** A reminder as GET /api/reminders lists it. */
export interface ReminderRecord<D = string> {
  id: number;
  kind: ReminderKind;
  state: ReminderState;
  targetId: number | null;
  followUpId: number | null;
  recipientId: number;
  recipientName: string;
  dueAt: D;
  title: string;
  body: string;
  titleEn: string | null;
  bodyEn: string | null;
  createdAt: D;
  settledAt: D | null;
  deliveries: ReminderDelivery<D>[];
}

/** GET /api/reminders/:id: the reminder and every attempt of every channel. */
export interface ReminderDetail<D = string> extends ReminderRecord<D> {
  attempts: ReminderAttempt<D>[];
}

/** POST /api/reminders/:id/retry. */
export interface ReminderRetried {
  /** How many failed channels were tried again. */
  retried: number;
}

/** The thresholds one reminder rule sets (hours, days, the digest's HH:mm). */
export interface ReminderThresholds {
  preDueHours: number;
  escalationGraceHours: number;
  leadYellowDays: number;
  leadRedDays: number;
  contactYellowDays: number;
  contactRedDays: number;
  signedYellowDays: number;
  signedRedDays: number;
  milestoneYellowDays: number;
  milestoneRedDays: number;
  digestTime: string;
}

/**
 * One line of the reminder settings: the defaults (`id` 'defaults') or a plan (`id` 'plan-<planId>')
 * with the values that apply to it. `overridden` false: the plan follows the defaults (`version` null until it has a rule of its own).
 */
export interface ReminderRuleRecord<D = string> extends ReminderThresholds {
  id: string;
  planId: number | null;
  planTitle: string | null;
  planRegion: string | null;
  overridden: boolean;
  version: number | null;
  updatedAt: D | null;
}
