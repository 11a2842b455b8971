import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import type { ChannelSender, Outgoing } from './channel';

/**
 * 企业微信 / 钉钉 style chat robot: POST {msgtype:'text', text:{content}}. A non-2xx answer, or a
 * 2xx answer whose JSON carries a non-zero errcode (how both robots report refusals), is a failure.
 */
@Injectable()
export class WebhookChannel implements ChannelSender {
  readonly channel = 'webhook' as const;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(_em: unknown, out: Outgoing): Promise<void> {
    if (!out.webhookUrl) throw new Error('no webhook URL for the recipient or their team');
    const content = [out.title, out.body].join('\n');
    const res = await fetch(out.webhookUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CRM-Reminder': String(out.reminderId) },
      body: JSON.stringify({ msgtype: 'text', text: { content } }),
      signal: AbortSignal.timeout(this.config.reminders.sendTimeoutMs),
      redirect: 'error',
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`webhook answered ${res.status}: ${text.slice(0, 200)}`);
    const errcode = parseErrcode(text);
    if (errcode) throw new Error(`webhook refused (errcode ${errcode}): ${text.slice(0, 200)}`);
  }
}

function parseErrcode(text: string): number {
  try {
    const body = JSON.parse(text) as { errcode?: unknown };
    return typeof body.errcode === 'number' ? body.errcode : 0;
  } catch {
    return 0;
  }
}
