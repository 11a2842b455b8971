import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { hostname } from 'node:os';
import MailComposer from 'nodemailer/lib/mail-composer';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { type Handover, messageKeyOf, type Outgoing, type RemoteChannel } from './channel';
import { SmtpHandover } from './smtp-handover';

/**
 * E-mail over SMTP (AppConfig.mail.smtpUrl), handed over at the terminating dot (see SmtpHandover).
 * The Message-ID is derived from the reminder id, so the one case that can still repeat a message
 * (Postgres failing at the very moment of the handover) is recognisable as the same message.
 */
@Injectable()
export class EmailChannel implements RemoteChannel, OnModuleDestroy {
  readonly channel = 'email' as const;
  readonly remote = true as const;
  private smtp?: SmtpHandover;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async prepare(out: Outgoing): Promise<Handover> {
    const url = this.config.mail.smtpUrl;
    if (!url) throw new Error('SMTP is not configured (SMTP_URL)');
    if (!out.email) throw new Error('the recipient has no e-mail address');
    const mail = new MailComposer({
      from: this.config.mail.from,
      to: out.email,
      subject: out.title,
      text: out.body,
      messageId: `<${messageKeyOf(out)}@${hostname() || 'crm'}>`,
      headers: { 'X-CRM-Reminder': String(out.reminderId) },
    }).compile();
    const { from, to } = mail.getEnvelope();
    this.smtp ??= new SmtpHandover({ url, timeoutMs: this.config.reminders.sendTimeoutMs, keepIdle: 5 });
    return this.smtp.prepare({ from: from || '', to }, () => mail.createReadStream());
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }
}
