import autocannon from 'autocannon';
import { LoadFigures, summarise } from './stats';

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

/**
 * Drives one URL with autocannon. Latencies are recorded per response (autocannon's own summary
 * has no p95); only 2xx responses count towards the percentiles, and any non-2xx is reported.
 */
export async function drive(opts: LoadOptions): Promise<LoadFigures & { firstError?: string }> {
  if (opts.warmupSeconds > 0) await run({ ...opts, seconds: opts.warmupSeconds }, () => undefined);
  const latencies: number[] = [];
  let non2xx = 0;
  const result = await run(opts, (status, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else non2xx++;
  });
  let firstError: string | undefined;
  if (non2xx > 0) {
    const res = await fetch(opts.url, { headers: opts.headers });
    firstError = `${res.status} ${(await res.text()).slice(0, 300)}`;
  }
  return { ...summarise(latencies, result.duration, result.errors + result.timeouts, non2xx), firstError };
}

function run(opts: LoadOptions, onResponse: (status: number, ms: number) => void): Promise<{ duration: number; errors: number; timeouts: number }> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: opts.url, headers: opts.headers, connections: opts.connections, duration: opts.seconds, timeout: 30 }, (err, result) =>
      // autocannon reports duration in seconds (float)
      err ? reject(err) : resolve({ duration: result.duration, errors: result.errors, timeouts: result.timeouts }),
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => onResponse(status, ms));
  });
}
