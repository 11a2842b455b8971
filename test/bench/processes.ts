import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A child Node process (API, worker, floor server) whose output is kept for SQL capture and errors. */
export interface Child {
  proc: ChildProcess;
  output: () => string;
  /** Peak resident memory so far (VmHWM), in MB; undefined when /proc is unavailable. */
  peakRssMb: () => number | undefined;
  stop: () => Promise<void>;
}

export function startChild(script: string, env: Record<string, string>, label: string, args: string[] = []): Child {
  let out = '';
  const proc = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  proc.on('exit', (code, signal) => {
    if (code && code !== 0) process.stderr.write(`[${label}] exited with ${code ?? signal}\n${out.slice(-2000)}\n`);
  });
  return {
    proc,
    output: () => out,
    peakRssMb: () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
        return m ? Math.round(Number(m[1]) / 1024) : undefined;
      } catch {
        return undefined;
      }
    },
    stop: () =>
      new Promise<void>((res) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return res();
        const t = setTimeout(() => proc.kill('SIGKILL'), 8000);
        proc.once('exit', () => {
          clearTimeout(t);
          res();
        });
        proc.kill('SIGTERM');
      }),
  };
}

/** Polls a URL until it answers 200, or fails with the child's output. */
export async function waitForHttp(url: string, child: Child, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 5; i++) {
    if (child.proc.exitCode !== null) throw new Error(`process exited before ${url} answered:\n${child.output().slice(-3000)}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${seconds} s:\n${child.output().slice(-3000)}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
