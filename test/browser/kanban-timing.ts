import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Request } from 'playwright-core';
import { ARTIFACTS, newContext, startBrowserEnv, type BrowserEnv } from './support';

/**
 * Cold-load timing of the pipeline board (not part of the suite: its name matches no testMatch).
 *
 *   npx vite build --config apps/admin/vite.config.ts
 *   npx jest --runInBand --testMatch '<rootDir>/test/browser/kanban-timing.ts'
 *
 * Signs in (token and user in localStorage, as the login form leaves them), then opens /#/pipeline in a
 * fresh browser profile RUNS times (default 3) and records, per run: time to the first kanban card
 * (from navigation start, by the page's own clock), every request with its start/end and size, and
 * long tasks. Medians go to stdout and everything to test-artifacts/kanban-timing.json.
 * KANBAN_USER picks the user (default promoter); ADMIN_DIST_DIR serves another build of the backoffice;
 * KANBAN_TRACE=1 saves a Chromium performance trace of the last run (test-artifacts/kanban-trace.json).
 */
const RUNS = Number(process.env.KANBAN_RUNS ?? 3);
const USER = process.env.KANBAN_USER ?? 'promoter';

interface Row {
  url: string;
  type: string;
  start: number;
  end: number;
  bytes: number;
  gzip?: number;
}

interface Run {
  firstCard: number;
  wall: number;
  domContentLoaded: number;
  requests: Row[];
  longTasks: { start: number; duration: number }[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const short = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
}, 120_000);
afterAll(() => env?.close());

describe('kanban cold load timing', () => {
  it(`opens the board ${RUNS} times on a cold cache`, async () => {
    const api = await env.api.as(USER);
    const token = await env.api.token(USER);
    const me = (await api.get('/api/auth/me').expect(200)).body;
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await newContext(env);
      await context.addInitScript(
        ([t, u]) => {
          localStorage.setItem('crm.token', t);
          localStorage.setItem('crm.user', u);
          const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __firstCard?: number };
          w.__longTasks = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
          }).observe({ type: 'longtask', buffered: true });
          new MutationObserver((_, obs) => {
            if (document.querySelector('[data-testid^="kanban-card-"]')) {
              w.__firstCard = Math.round(performance.now());
              obs.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
        },
        [token, JSON.stringify(me)],
      );
      const page = await context.newPage();
      // The API runs in this process: bodies are read and gzipped only after the first card is up.
      const finished: Request[] = [];
      const row = async (r: Request): Promise<Row> => {
        const t = r.timing();
        const res = await r.response();
        const body = res && r.resourceType() === 'script' ? await res.body().catch(() => null) : null;
        const sizes = await r.sizes().catch(() => ({ responseBodySize: 0 }));
        return {
          url: short(r.url()),
          type: r.resourceType(),
          start: t.startTime,
          end: t.startTime + t.responseEnd,
          bytes: sizes.responseBodySize,
          gzip: body ? gzipSync(body).length : undefined,
        };
      };
      page.on('requestfinished', (r) => finished.push(r));
      const trace = process.env.KANBAN_TRACE && i === RUNS - 1;
      if (trace) await env.browser.startTracing(page, { path: join(ARTIFACTS, 'kanban-trace.json'), screenshots: false });
      const started = Date.now();
      await page.goto(`${env.baseUrl}/#/pipeline`);
      await page.locator('[data-testid^="kanban-card-"]').first().waitFor();
      const wall = Date.now() - started;
      if (trace) await env.browser.stopTracing();
      const nav = await page.evaluate(() => {
        const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __firstCard: number };
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { origin: performance.timeOrigin, firstCard: w.__firstCard, longTasks: w.__longTasks, dcl: Math.round(n.domContentLoadedEventEnd) };
      });
      const requests = (await Promise.all(finished.map(row)))
        .map((r) => ({ ...r, start: Math.round(r.start - nav.origin), end: Math.round(r.end - nav.origin) }))
        .sort((a, b) => a.start - b.start);
      runs.push({ firstCard: nav.firstCard, wall, domContentLoaded: nav.dcl, requests, longTasks: nav.longTasks });
      await context.close();
    }

    const last = runs[runs.length - 1];
    const js = last.requests.filter((r) => r.type === 'script');
    const summary = {
      user: USER,
      firstCard: runs.map((r) => r.firstCard),
      firstCardMedian: median(runs.map((r) => r.firstCard)),
      wallMedian: median(runs.map((r) => r.wall)),
      domContentLoadedMedian: median(runs.map((r) => r.domContentLoaded)),
      longTaskMsMedian: median(runs.map((r) => r.longTasks.reduce((s, t) => s + t.duration, 0))),
      jsGzip: js.reduce((s, r) => s + (r.gzip ?? 0), 0),
      scripts: js.length,
    };
    writeFileSync(join(ARTIFACTS, 'kanban-timing.json'), JSON.stringify({ summary, runs }, null, 2));
    const waterfall = last.requests.map(
      (r) => `${String(r.start).padStart(5)} → ${String(r.end).padStart(5)} ms ${String(r.gzip ?? r.bytes).padStart(7)} B  ${r.type.padEnd(6)} ${r.url}`,
    );
    const tasks = last.longTasks.map((t) => `${t.start} ms +${t.duration}`).join(', ');
    process.stdout.write(`\n${JSON.stringify(summary)}\nlast run waterfall (script sizes gzip):\n${waterfall.join('\n')}\nlong tasks: ${tasks}\n`);
    expect(runs.every((r) => r.firstCard > 0)).toBe(true);
  }, 300_000);
});
