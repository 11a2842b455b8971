import { Inject, Injectable } from '@nestjs/common';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { type Handover, messageKeyOf, type Outgoing, Refused, type RemoteChannel } from './channel';

/**
 * 企业微信 / 钉钉 style chat robot: POST {msgtype:'text', text:{content}}. A non-2xx answer, or a
 * 2xx answer whose JSON carries a non-zero errcode (how both robots report refusals), is a refusal.
 *
 * The body goes out with a Content-Length and its last byte is held back until the handover: a
 * receiver (or any proxy in front of it) does not act on a request whose body is incomplete.
 */
@Injectable()
export class WebhookChannel implements RemoteChannel {
  readonly channel = 'webhook' as const;
  readonly remote = true as const;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async prepare(out: Outgoing): Promise<Handover> {
    if (!out.webhookUrl) throw new Error('no webhook URL for the recipient or their team');
    const url = new URL(out.webhookUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`webhook URL must be http(s), not ${url.protocol}`);
    const body = Buffer.from(JSON.stringify({ msgtype: 'text', text: { content: [out.title, out.body].join('\n') } }));
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'POST',
      agent: false,
      timeout: this.config.reminders.sendTimeoutMs,
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': body.length,
        'X-CRM-Reminder': String(out.reminderId),
        'Idempotency-Key': `${messageKeyOf(out)}-webhook`,
      },
    });
    const answer = answerOf(req);
    answer.catch(() => undefined); // observed by complete(); a failure before that ends prepare
    req.on('timeout', () => req.destroy(new Error(`no answer within ${this.config.reminders.sendTimeoutMs} ms`)));
    await Promise.race([
      new Promise<void>((resolve) => req.write(body.subarray(0, -1), () => resolve())),
      answer.then(() => Promise.reject(new Error('webhook answered before the request was complete'))),
    ]);
    return {
      complete: (handedOver) => {
        if (req.destroyed) return answer; // the connection failed after prepare: nothing handed over
        // 'finish': the last byte is with the operating system (Node calls back once the socket write completed).
        req.end(body.subarray(-1), (err?: Error | null) => {
          if (!err && !req.destroyed) handedOver();
        });
        return answer;
      },
      abandon: () => req.destroy(),
    };
  }
}

/** The robot's answer: its body when it accepted, a readable error otherwise. */
function answerOf(req: ClientRequest): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    req.once('error', (err) => reject(new Error(`webhook: ${err.message}`)));
    req.once('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.once('error', (err) => reject(new Error(`webhook answer: ${err.message}`)));
      res.once('end', () => {
        const text = Buffer.concat(chunks).toString('utf8').slice(0, 500);
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 299) return reject(new Refused(`webhook answered ${status}: ${text.slice(0, 200)}`));
        const errcode = parseErrcode(text);
        if (errcode) return reject(new Refused(`webhook refused (errcode ${errcode}): ${text.slice(0, 200)}`));
        resolve(`${status} ${text}`.slice(0, 500));
      });
    });
  });
}

function parseErrcode(text: string): number {
  try {
    const body = JSON.parse(text) as { errcode?: unknown };
    return typeof body.errcode === 'number' ? body.errcode : 0;
  } catch {
    return 0;
  }
}
