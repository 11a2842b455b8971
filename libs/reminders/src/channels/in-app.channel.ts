import { Injectable } from '@nestjs/common';
import type { LocalChannel } from './channel';

/** The inbox: one notification per reminder (unique reminder_id), written in the delivery's transaction. */
@Injectable()
export class InAppChannel implements LocalChannel {
  readonly channel = 'in_app' as const;
  readonly remote = false as const;
  readonly deliverDueSql = `INSERT INTO notification (user_id, reminder_id, title, body, link, title_en, body_en)
    SELECT recipient_id, reminder_id, title, body, link, title_en, body_en FROM due ON CONFLICT (reminder_id) DO NOTHING`;
}
