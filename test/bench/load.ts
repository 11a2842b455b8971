import autocannon from 'autocannon';
import { LoadFigures, summarise } from './stats';

/** A request slower than this counts as a timeout (an error), not a latency sample. */
export const TIMEOUT_SECONDS = 15;

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** Wait for one more round when the window got under `connections` answers (off when time is short). */
  extraRound?: boolean;
}

/**
 * Drives one URL with autocannon. Latencies are recorded per response (autocannon's own summary
 * has no p95); only 2xx responses count towards the percentiles, and any non-2xx is reported.
 * A path too slow to answer even once per connection in the window gets one more round of
 * `connections` requests that is waited for, so it reports its (slow) latency rather than none.
 */
export async function drive(opts: LoadOptions): Promise<LoadFigures & { timeouts: number; firstError?: string; extraRound?: boolean }> {
  if (opts.warmupSeconds > 0) await run({ ...opts, seconds: opts.warmupSeconds }, () => undefined);
  const latencies: number[] = [];
  let non2xx = 0;
  const statuses: Record<string, number> = {};
  const record = (status: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else {
      non2xx++;
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  const result = await run(opts, record);
  let extraRound = false;
  if (opts.extraRound !== false && latencies.length + non2xx < opts.connections) {
    extraRound = true;
    const extra = await run({ ...opts, amount: opts.connections }, record);
    result.duration += extra.duration;
    result.errors += extra.errors;
    result.timeouts += extra.timeouts;
  }
  let firstError: string | undefined;
  if (non2xx > 0) firstError = `statuses ${JSON.stringify(statuses)}`;
  return {
    ...summarise(latencies, result.duration, result.errors + result.timeouts, non2xx),
    timeouts: result.timeouts,
    firstError,
    ...(extraRound ? { extraRound } : {}),
  };
}

function run(
  opts: LoadOptions & { amount?: number },
  onResponse: (status: number, ms: number) => void,
): Promise<{ duration: number; errors: number; timeouts: number }> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        headers: opts.headers,
        connections: opts.connections,
        ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds }),
        timeout: TIMEOUT_SECONDS,
      },
      (err, result) =>
        // autocannon reports duration in seconds (float)
        err ? reject(err) : resolve({ duration: result.duration, errors: result.errors, timeouts: result.timeouts }),
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => onResponse(status, ms));
  });
}
