import type { EntityManager } from 'typeorm';
import type { Channel } from '../entities/delivery.entity';

/** What a channel needs to send one reminder, read with the delivery row locked. */
export interface Outgoing {
  reminderId: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  recipientId: number;
  email: string | null;
  /** The user's robot URL, else their team's. */
  webhookUrl: string | null;
}

/**
 * One way of reaching a person. `send` resolves when the message is accepted and throws with a
 * readable message otherwise; it runs inside the delivery's transaction (`em`), which only the
 * in-app channel writes through. Sends carry the reminder id as an idempotency key.
 */
export interface ChannelSender {
  readonly channel: Channel;
  send(em: EntityManager, out: Outgoing): Promise<void>;
}

export const CHANNEL_SENDERS = Symbol('CHANNEL_SENDERS');
