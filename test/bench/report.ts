import type { LoadFigures } from './stats';
import { floorRatio } from './stats';

export type PathGroup = 'list' | 'search' | 'timeline' | 'map' | 'cockpit' | 'candidates';

/** The issues' goals: list and search p95 ≤ 50 ms and p50 within 2× the floor; cockpit p95 ≤ 150 ms; candidates (issue 18) p95 ≤ 200 ms at 4 connections. */
export const P95_GOAL_MS: Partial<Record<PathGroup, number>> = { list: 50, search: 50, cockpit: 150, candidates: 200 };
export const FLOOR_RATIO_GOAL: Partial<Record<PathGroup, number>> = { list: 2, search: 2 };

export interface PathResult {
  name: string;
  user: string;
  group: PathGroup;
  url: string;
  /** Connections it was driven with. */
  connections?: number;
  api?: LoadFigures;
  floor?: LoadFigures;
  note?: string;
}

export interface Verdict {
  goal: string;
  met: boolean | undefined;
}

/** Which of the path's goals hold; `met` is undefined when a figure is missing. */
export function verdicts(r: PathResult): Verdict[] {
  const out: Verdict[] = [];
  const p95Goal = P95_GOAL_MS[r.group];
  if (p95Goal !== undefined)
    out.push({ goal: `p95 ≤ ${p95Goal} ms`, met: r.api && r.api.requests > 0 && r.api.non2xx === 0 ? r.api.p95 <= p95Goal : undefined });
  const ratioGoal = FLOOR_RATIO_GOAL[r.group];
  if (ratioGoal !== undefined) {
    const ratio = r.api && floorRatio(r.api.p50, r.floor?.p50);
    out.push({ goal: `p50 ≤ ${ratioGoal}× floor`, met: ratio === undefined ? undefined : ratio <= ratioGoal });
  }
  return out;
}

const fmt = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '–' : String(n));
const mark = (v: Verdict) => `${v.goal}: ${v.met === undefined ? 'n/a' : v.met ? 'met' : 'NOT met'}`;

/** A fixed-width text table of the path results (latencies in ms). */
export function formatPathTable(results: readonly PathResult[]): string {
  const header = ['path', 'user', 'conn', 'p50', 'p95', 'p99', 'req/s', 'floor p50', 'floor p95', 'floor req/s', 'p50/floor', 'goals'];
  const rows = results.map((r) =>
    r.api
      ? [
          r.name,
          r.user,
          fmt(r.connections),
          fmt(r.api.p50),
          fmt(r.api.p95),
          fmt(r.api.p99),
          fmt(r.api.rps),
          fmt(r.floor?.p50),
          fmt(r.floor?.p95),
          fmt(r.floor?.rps),
          fmt(floorRatio(r.api.p50, r.floor?.p50)),
          [...verdicts(r).map(mark), r.api.non2xx ? `${r.api.non2xx} non-2xx` : '', r.note ?? ''].filter(Boolean).join('; '),
        ]
      : [r.name, r.user, '–', '–', '–', '–', '–', '–', '–', '–', '–', `skipped: ${r.note ?? 'no figure'}`],
  );
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** Display width: CJK characters take two columns in a terminal. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
