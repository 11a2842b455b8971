/** Latency statistics for the bench report. Pure functions; latencies are in milliseconds. */

export interface LoadFigures {
  requests: number;
  errors: number;
  non2xx: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

/** Nearest-rank percentile of an ascending array (p in 0..100); NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Figures of one load run from the per-request latencies of the successful responses. */
export function summarise(latencies: readonly number[], seconds: number, errors: number, non2xx: number): LoadFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    non2xx,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    rps: seconds > 0 ? round(sorted.length / seconds) : NaN,
  };
}

/** p50 of the API over p50 of the floor; undefined when there is no floor figure to compare with. */
export function floorRatio(api: number, floor: number | undefined): number | undefined {
  if (floor === undefined || !Number.isFinite(floor) || floor <= 0 || !Number.isFinite(api)) return undefined;
  return round(api / floor);
}

export const round = (n: number, digits = 2): number => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);
