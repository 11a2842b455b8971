import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { CHANNEL_SENDERS, type ChannelSender, type Outgoing } from './channels/channel';
import type { ChannelTestOutcome, ChannelTestResult } from '@crm/contracts';
import { shanghaiTime } from './reminder-messages';

export type { ChannelTestOutcome, ChannelTestResult };

interface Recipient {
  id: number;
  email: string | null;
  webhook_url: string | null;
  notify_in_app: boolean;
  notify_email: boolean;
  notify_webhook: boolean;
}

/**
 * 发送测试消息: sends one message to the caller through each channel they chose, with the same
 * channel code reminders use (the inbox statement, SMTP and the robot webhook), and says per
 * channel what happened. Not a reminder: nothing is retried, no delivery row is written.
 */
@Injectable()
export class ChannelTestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CHANNEL_SENDERS) private readonly senders: ChannelSender[],
  ) {}

  async send(userId: number, now = new Date()): Promise<ChannelTestResult[]> {
    const [u]: Recipient[] = await this.db.query(
      `SELECT u.id, u.email, coalesce(u.webhook_url, tm.webhook_url) AS webhook_url, u.notify_in_app, u.notify_email, u.notify_webhook
         FROM app_user u LEFT JOIN team tm ON tm.id = u.team_id WHERE u.id = $1`,
      [userId],
    );
    const out: Outgoing = {
      reminderId: 0,
      messageKey: `test-u${userId}-${now.getTime()}`,
      kind: 'test',
      title: '【测试消息】招商引资 CRM',
      body: `这是一条测试消息，发送于 ${shanghaiTime(now)}。收到即说明该渠道的提醒可以送达。`,
      titleEn: '[Test message] Investment Promotion CRM',
      bodyEn: `This is a test message, sent at ${shanghaiTime(now)}. Receiving it means reminders reach you on this channel.`,
      link: '/#/account',
      recipientId: userId,
      email: u.email,
      webhookUrl: u.webhook_url,
    };
    const results: ChannelTestResult[] = [];
    for (const sender of this.senders) {
      const wanted = { in_app: u.notify_in_app, email: u.notify_email, webhook: u.notify_webhook }[sender.channel];
      if (!wanted) {
        results.push({ channel: sender.channel, outcome: 'off', detail: null });
      } else if (!sender.remote) {
        await this.db.query(
          `WITH due AS (SELECT $1::int AS recipient_id, NULL::int AS reminder_id, $2::varchar AS title, $3::text AS body, $4::varchar AS link,
                              $5::varchar AS title_en, $6::text AS body_en) ${sender.deliverDueSql}`,
          [userId, out.title, out.body, out.link, out.titleEn, out.bodyEn],
        );
        results.push({ channel: sender.channel, outcome: 'sent', detail: null });
      } else if (sender.channel === 'email' && !this.config.mail.smtpUrl) {
        results.push({ channel: sender.channel, outcome: 'not_configured', detail: null });
      } else if ((sender.channel === 'email' && !u.email) || (sender.channel === 'webhook' && !u.webhook_url)) {
        results.push({ channel: sender.channel, outcome: 'no_address', detail: null });
      } else {
        try {
          const handover = await sender.prepare(out);
          results.push({ channel: sender.channel, outcome: 'sent', detail: await handover.complete(() => undefined) });
        } catch (err) {
          results.push({ channel: sender.channel, outcome: 'failed', detail: (err as Error).message.slice(0, 300) });
        }
      }
    }
    return results;
  }
}
