import type { ReminderAttempt, ReminderDelivery, ReminderDetail, ReminderRecord as ReminderShape } from '@crm/contracts';
import { CHANNELS, type AttemptOutcome, type Channel } from '../../config/domain';

/** One channel of a reminder, one try of one channel (the API's contract, libs/contracts/src/responses/reminders.ts). */
export type DeliveryView = ReminderDelivery;
export type AttemptView = ReminderAttempt;

/** A reminder as the list answers it; GET /api/reminders/:id adds every attempt. */
export type ReminderRecord = ReminderShape & Partial<Pick<ReminderDetail, 'attempts'>>;

export function attemptOutcome(ok: boolean | null | undefined): AttemptOutcome {
  if (ok === true) return 'accepted';
  if (ok === false) return 'failed';
  return 'unconfirmed';
}

/** What to show beside an attempt's outcome: the error of a failure, else the receiver's reply. */
export function attemptDetail(a: Pick<AttemptView, 'ok' | 'error'> & Partial<Pick<AttemptView, 'answer'>>): string | null {
  if (a.ok === false) return [a.error, a.answer].filter(Boolean).join(' · ') || null;
  return a.answer || a.error || null;
}

/** The retry button appears while at least one channel has failed for good. */
export const hasFailedDelivery = (r: Pick<ReminderRecord, 'deliveries'> | undefined): boolean => !!r?.deliveries?.some((d) => d.state === 'failed');

/** The three channels in a fixed order, each with its delivery when the reminder has one (a user without e-mail has none). */
export function channelDeliveries(deliveries: readonly DeliveryView[] | undefined): { channel: Channel; delivery?: DeliveryView }[] {
  return CHANNELS.map((channel) => ({ channel, delivery: deliveries?.find((d) => d.channel === channel) }));
}
