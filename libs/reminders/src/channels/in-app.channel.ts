import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ChannelSender, Outgoing } from './channel';

/** The inbox: one notification per reminder (unique reminder_id), written in the delivery's transaction. */
@Injectable()
export class InAppChannel implements ChannelSender {
  readonly channel = 'in_app' as const;

  async send(em: EntityManager, out: Outgoing): Promise<void> {
    await em.query(
      `INSERT INTO notification (user_id, reminder_id, title, body, link) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (reminder_id) DO NOTHING`,
      [out.recipientId, out.reminderId, out.title, out.body, out.link],
    );
  }
}
