import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { hostname } from 'node:os';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import type { ChannelSender, Outgoing } from './channel';

/**
 * E-mail over SMTP (AppConfig.mail.smtpUrl). The Message-ID is derived from the reminder id, so a
 * message re-sent after a crash between "accepted" and "recorded" is recognisable as the same one.
 */
@Injectable()
export class EmailChannel implements ChannelSender, OnModuleDestroy {
  readonly channel = 'email' as const;
  private transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(_em: unknown, out: Outgoing): Promise<void> {
    if (!this.config.mail.smtpUrl) throw new Error('SMTP is not configured (SMTP_URL)');
    if (!out.email) throw new Error('the recipient has no e-mail address');
    await this.smtp().sendMail({
      from: this.config.mail.from,
      to: out.email,
      subject: out.title,
      text: out.body,
      messageId: `<reminder-${out.reminderId}@${hostname() || 'crm'}>`,
      headers: { 'X-CRM-Reminder': String(out.reminderId) },
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  private smtp(): Transporter {
    const timeout = this.config.reminders.sendTimeoutMs;
    this.transport ??= createTransport({
      url: this.config.mail.smtpUrl,
      pool: true,
      maxConnections: 5,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
    return this.transport;
  }
}
