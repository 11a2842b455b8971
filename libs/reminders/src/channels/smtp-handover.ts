import { once } from 'node:events';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { setImmediate as nextLoop } from 'node:timers/promises';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { type Handover, Refused } from './channel';

export interface SmtpOptions {
  url: string;
  timeoutMs: number;
  /** Idle connections kept for reuse. */
  keepIdle: number;
}

interface Envelope {
  from: string;
  to: string[];
}

/**
 * SMTP with the end of the message under our control. The server only takes a message when it
 * reads the final "<CRLF>.<CRLF>"; a connection that drops before that leaves it nothing. So
 * `prepare` runs the envelope and streams the whole message but holds the message stream open,
 * and `complete` ends it: nodemailer writes the terminating dot, and `handedOver` runs from the
 * data stream's 'end', i.e. right after that dot was written to the socket.
 *
 * Connections are reused (a small idle list); one that failed, or that the server closed, is dropped.
 */
export class SmtpHandover {
  private readonly idle = new Set<SMTPConnection>();
  /** Connections that ended or failed: never handed over on, never reused. */
  private readonly dead = new WeakSet<SMTPConnection>();
  private closed = false;

  constructor(private readonly options: SmtpOptions) {}

  /** `message` makes the message stream; it is called once the server is ready for the data. */
  async prepare(envelope: Envelope, message: () => Readable): Promise<Handover> {
    const reused = this.takeIdle();
    if (reused) {
      try {
        return await this.prepareOn(reused, envelope, message, true);
      } catch (err) {
        // A reused connection the server closed in the meantime fails before any byte of the
        // message; that is no reason to count an attempt. Anything else is.
        if (!(err instanceof UnsentMessage)) throw err;
      }
    }
    return this.prepareOn(await this.connect(), envelope, message, false);
  }

  close(): void {
    this.closed = true;
    for (const c of this.idle) c.quit();
    this.idle.clear();
  }

  private prepareOn(conn: SMTPConnection, envelope: Envelope, makeMessage: () => Readable, reused: boolean): Promise<Handover> {
    const gate = new PassThrough();
    let dataStream: Writable | undefined;
    let onPipe = (): void => undefined;
    const piped = new Promise<void>((resolve) => (onPipe = resolve));
    // nodemailer pipes the message into its dot-escaping data stream once the server said 354;
    // catching that pipe is how we get hold of the data stream's 'end'.
    const pipe = gate.pipe.bind(gate);
    gate.pipe = <T extends NodeJS.WritableStream>(dest: T, opts?: { end?: boolean }): T => {
      dataStream = dest as unknown as Writable;
      onPipe();
      return pipe(dest, opts);
    };
    let prepared = false;
    const answer = new Promise<string>((resolve, reject) => {
      conn.send(envelope, gate, (err, info) => {
        if (err) {
          this.dead.add(conn);
          this.idle.delete(conn);
          conn.close();
          // 421: the server is closing the (idle) connection; nothing of ours was taken.
          if (reused && !prepared && !dataStream && (!err.responseCode || err.responseCode === 421)) return reject(new UnsentMessage(err.message));
          // An error with a response code is the server's answer; without one, nothing was heard.
          return reject(err.responseCode ? new Refused(`SMTP: ${err.message}`) : new Error(`SMTP: ${err.message}`));
        }
        if (!this.closed && !this.dead.has(conn) && this.idle.size < this.options.keepIdle) this.idle.add(conn);
        else conn.quit();
        resolve(String(info.response ?? 'accepted').slice(0, 500));
      });
    });
    answer.catch(() => undefined); // observed by prepare's caller through complete()

    let message: Readable | undefined;
    const streamed = (async (): Promise<Handover> => {
      await Promise.race([piped, answer.then(() => Promise.reject(new Error('SMTP: answered before the message')))]);
      if (!dataStream) throw new Error('SMTP: no data stream');
      message = makeMessage();
      message.pipe(gate, { end: false });
      await Promise.race([once(message, 'end'), answer]);
      // Let the bytes flow through the gate and the data stream into the socket.
      while (gate.readableLength || gate.writableLength || dataStream.writableLength) await Promise.race([nextLoop(), answer]);
      await nextLoop();
      prepared = true;
      const data = dataStream;
      return {
        complete: (handedOver) => {
          if (data.destroyed || this.dead.has(conn)) return answer;
          data.once('end', () => {
            if (!this.dead.has(conn)) handedOver();
          });
          gate.end();
          return answer;
        },
        abandon: () => {
          this.dead.add(conn);
          this.idle.delete(conn);
          conn.close();
        },
      };
    })();
    streamed.catch(() => {
      message?.destroy();
      gate.destroy();
    });
    return streamed;
  }

  private takeIdle(): SMTPConnection | undefined {
    const [conn] = this.idle;
    if (conn) this.idle.delete(conn);
    return conn;
  }

  private async connect(): Promise<SMTPConnection> {
    const { timeoutMs } = this.options;
    const parsed = parseConnectionUrl(this.options.url);
    const conn = new SMTPConnection({ ...parsed, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs } as ConstructorParameters<
      typeof SMTPConnection
    >[0]);
    const gone = (): void => {
      this.dead.add(conn);
      this.idle.delete(conn);
    };
    conn.on('error', gone); // also surfaced through the callbacks
    conn.on('end', gone);
    await new Promise<void>((resolve, reject) => conn.connect((err) => (err ? reject(new Error(`SMTP connect: ${err.message}`)) : resolve())));
    if (parsed.auth) {
      await new Promise<void>((resolve, reject) => conn.login(parsed.auth, (err) => (err ? reject(new Error(`SMTP login: ${err.message}`)) : resolve()))).catch(
        (err) => {
          conn.close();
          throw err;
        },
      );
    }
    return conn;
  }
}

/** A reused connection failed before the message was sent: try a fresh one. */
class UnsentMessage extends Error {}
