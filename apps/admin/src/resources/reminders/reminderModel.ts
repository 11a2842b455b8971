import type { RaRecord } from 'react-admin';
import { CHANNELS, type AttemptOutcome, type Channel, type DeliveryState, type ReminderKind, type ReminderState } from '../../config/domain';

/** One channel of a reminder (GET /api/reminders, libs/reminders/src/reminders-query.service.ts). */
export interface DeliveryView {
  channel: Channel;
  state: DeliveryState;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  nextAttemptAt: string;
}

/** One try of one channel (GET /api/reminders/:id). */
export interface AttemptView {
  channel: Channel;
  attempt: number;
  at: string;
  /** true accepted, false failed, null handed over with the receiver's answer never heard. */
  ok: boolean | null;
  error: string | null;
  /** The receiver's reply, e.g. "250 OK", when the API records it. */
  answer?: string | null;
  durationMs: number;
}

export interface ReminderRecord extends RaRecord {
  kind: ReminderKind;
  state: ReminderState;
  targetId: number | null;
  recipientId: number;
  recipientName: string;
  dueAt: string;
  title: string;
  body: string;
  deliveries: DeliveryView[];
  attempts?: AttemptView[];
}

export function attemptOutcome(ok: boolean | null | undefined): AttemptOutcome {
  if (ok === true) return 'accepted';
  if (ok === false) return 'failed';
  return 'unconfirmed';
}

/** What to show beside an attempt's outcome: the error of a failure, else the receiver's reply. */
export function attemptDetail(a: Pick<AttemptView, 'ok' | 'error' | 'answer'>): string | null {
  if (a.ok === false) return [a.error, a.answer].filter(Boolean).join(' · ') || null;
  return a.answer || a.error || null;
}

/** The retry button appears while at least one channel has failed for good. */
export const hasFailedDelivery = (r: Pick<ReminderRecord, 'deliveries'> | undefined): boolean => !!r?.deliveries?.some((d) => d.state === 'failed');

/** The three channels in a fixed order, each with its delivery when the reminder has one (a user without e-mail has none). */
export function channelDeliveries(deliveries: readonly DeliveryView[] | undefined): { channel: Channel; delivery?: DeliveryView }[] {
  return CHANNELS.map((channel) => ({ channel, delivery: deliveries?.find((d) => d.channel === channel) }));
}
