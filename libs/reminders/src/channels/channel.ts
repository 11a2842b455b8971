import type { Channel } from '../entities/delivery.entity';

/** What a channel needs to send one reminder, read with the delivery row locked. */
export interface Outgoing {
  reminderId: number;
  kind: string;
  title: string;
  body: string;
  /** English text for the inbox; e-mail and robot channels send the Chinese one. NULL on old rows. */
  titleEn: string | null;
  bodyEn: string | null;
  link: string | null;
  recipientId: number;
  email: string | null;
  /** The user's robot URL, else their team's. */
  webhookUrl: string | null;
  /** Names the message for the receiver (Message-ID, Idempotency-Key); `reminder-<id>` when absent. */
  messageKey?: string;
}

export const messageKeyOf = (out: Outgoing): string => out.messageKey ?? `reminder-${out.reminderId}`;

/**
 * A channel that lives in our own database (the inbox): delivered in the same statement or
 * transaction that marks the delivery sent, so it is exactly once by construction.
 */
export interface LocalChannel {
  readonly channel: Channel;
  readonly remote: false;
  /**
   * One data-modifying statement that delivers every row of the CTE `due` (columns id, attempts,
   * reminder_id, recipient_id, kind, title, body, link): run for a batch inside the statement that
   * locks the deliveries and marks them sent, or for one locked delivery inside its transaction.
   */
  readonly deliverDueSql: string;
}

/**
 * A channel that hands messages to another system (an SMTP server, a chat robot). Such a message
 * is sent in two steps so that the moment the receiver has it can be tied to our commit:
 * `prepare` transmits everything but the last bytes (the receiver cannot act on a partial message,
 * and discards it if the connection drops); `Handover.complete` writes the last bytes.
 */
export interface RemoteChannel {
  readonly channel: Channel;
  readonly remote: true;
  /** Connects and transmits all but the last bytes. Throws with a readable message if it cannot. */
  prepare(out: Outgoing): Promise<Handover>;
}

export interface Handover {
  /**
   * Writes the last bytes and calls `handedOver` synchronously once they have been passed to the
   * operating system, before any other I/O callback runs: from then on the receiver has the whole
   * message even if this process dies. Settles with the receiver's answer: resolves with its reply
   * when it accepts; rejects with `Refused` when the receiver answered no, and with another error
   * when no answer was heard (connection failed or timed out; `handedOver` may or may not have run).
   */
  complete(handedOver: () => void): Promise<string>;
  /** Drops the connection without the last bytes: the receiver discards the partial message. */
  abandon(): void;
}

/** The receiver answered, and the answer was no (SMTP 4xx/5xx, HTTP non-2xx, a robot's errcode). */
export class Refused extends Error {}

export type ChannelSender = LocalChannel | RemoteChannel;

export const CHANNEL_SENDERS = Symbol('CHANNEL_SENDERS');
