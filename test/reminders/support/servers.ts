import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer as createHttpServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo, createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import type { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { waitFor } from '../../support/wait';

const root = join(__dirname, '..', '..', '..');

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One waitFor for every test (test/support/wait.ts); re-exported for the reminder suites that import it from here. */
export { waitFor };

/**
 * Waits until `count` reminder sweeps have started after `since` and finished: the workers have
 * looked at the whole backlog again, so a delivery they would wrongly repeat has been repeated by
 * then. Counted from the queue's completed sweep jobs (the scheduler keeps the last 100).
 */
export async function waitForSweeps(queue: Queue, count = 2, since = Date.now(), timeoutMs = 60_000): Promise<void> {
  await waitFor(
    `${count} reminder sweeps started after ${new Date(since).toISOString()}`,
    async () => (await queue.getJobs(['completed'], 0, 200)).filter((j) => j.name === 'reminder.sweep' && (j.processedOn ?? 0) > since).length >= count,
    timeoutMs,
    100,
  );
}

export async function freePort(): Promise<number> {
  const srv = createNetServer().listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address() as AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

export interface Mail {
  to: string[];
  messageId: string;
  subject: string;
  raw: string;
}

/**
 * A real SMTP server (the smtp-server package) that keeps every message it accepts. `closed()`
 * counts the client connections it has seen end, so a test can wait until a killed client's
 * connection is gone instead of sleeping.
 */
export async function startSmtp(
  options: Partial<SMTPServerOptions> = {},
): Promise<{ url: string; mails: Mail[]; closed: () => number; close: () => Promise<void> }> {
  const mails: Mail[] = [];
  let closed = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    ...options,
    onClose() {
      closed++;
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(raw)?.[1]?.trim() ?? '';
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), messageId: header('Message-ID'), subject: header('Subject'), raw });
        callback();
      });
    },
  });
  // A client killed mid-conversation resets its socket; that is the test's point, not an error.
  server.on('error', () => undefined);
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${port}`, mails, closed: () => closed, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export interface Hit {
  body: unknown;
  reminderId: string | undefined;
  status: number;
}

/** A chat-robot endpoint; `answer(n)` picks the status of the n-th request (1-based). `closed()` counts connections that ended. */
export async function startWebhook(
  answer: (n: number) => number = () => 200,
): Promise<{ url: string; hits: Hit[]; closed: () => number; close: () => Promise<void> }> {
  const hits: Hit[] = [];
  let closed = 0;
  const server = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    // A client killed before its last byte leaves an incomplete request: not a hit (no 'end').
    req.on('error', () => undefined);
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (!req.complete) return;
      const status = answer(hits.length + 1);
      hits.push({
        body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'),
        reminderId: req.headers['x-crm-reminder'] as string | undefined,
        status,
      });
      res
        .writeHead(status, { 'Content-Type': 'application/json' })
        .end(JSON.stringify(status === 200 ? { errcode: 0, errmsg: 'ok' } : { errcode: 500, errmsg: 'down' }));
    });
  });
  server.on('connection', (socket) => socket.on('close', () => closed++));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/robot/send?key=test`, hits, closed: () => closed, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** A Redis server of the test's own (never the shared one: tests FLUSHALL it). */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  const probe = new IORedis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  await waitFor(
    'redis-server to start',
    async () =>
      probe.connect().then(
        () => true,
        () => false,
      ),
    5000,
    50,
  );
  probe.disconnect();
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    },
  };
}

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves when the worker logs that its queues are being processed. */
  ready: Promise<void>;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
}

/** The real worker (apps/worker/src/main.ts) as a child process, compiled on the fly by @swc/core. */
export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['-r', join(root, 'test/reminders/support/ts-register.cjs'), join(root, 'apps/worker/src/main.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (c: Buffer) => {
      out += c.toString();
      if (out.includes('processing queues')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => reject(new Error(`worker exited (${signal ?? code}) before it was ready:\n${out.slice(-3000)}`)));
  });
  ready.catch(() => undefined);
  return {
    child,
    output: () => out,
    ready,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}
