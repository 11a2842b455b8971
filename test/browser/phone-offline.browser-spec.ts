import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { DataSource } from 'typeorm';
import { ContactLog } from '@crm/pipeline';
import { factories, uniq } from '../support/factories';
import { login, newContext, shot, startBrowserEnv, type BrowserEnv } from './support';

/**
 * A visit logged in a car park with no signal is never lost nor doubled: kept on the phone
 * (IndexedDB, 待同步), sent with its Idempotency-Key when the network returns — also when the
 * first answer is lost, and when two tabs send it at once. The app shell opens offline.
 */
const STEP_TIMEOUT = 240_000;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let env: BrowserEnv;
let ds: DataSource;

beforeAll(async () => {
  env = await startBrowserEnv();
  ds = env.api.app.get(DataSource);
}, 120_000);

afterAll(async () => {
  await env?.close();
});

async function target(label: string) {
  const f = factories(ds);
  const firm = await f.firm({ name: `${label}${uniq()}` });
  return f.target({ firmId: firm.id, owner: 'promoter', nextFollowUpAt: new Date(Date.now() - 3_600_000) });
}

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(env, PHONE);
  const page = await context.newPage();
  await login(page, env.baseUrl, 'promoter');
  await page.getByTestId('phone-home').waitFor();
  return { context, page };
}

/** Writes a visit on the target page's 记一笔 composer and saves it. */
async function logVisit(page: Page, summary: string) {
  await page.getByTestId('log-summary').tap();
  await page.keyboard.type(summary);
  await page.getByRole('radio', { name: '+3 天' }).tap();
  await page.getByTestId('log-save').tap();
}

const logs = (targetId: number, summary: string) => ds.getRepository(ContactLog).countBy({ targetId, summary });

describe('offline logging on a phone', () => {
  it(
    'a visit logged offline shows 待同步 and is stored once when the network returns',
    async () => {
      const t = await target('离线走访');
      const { context, page } = await phone();
      await page.goto(`${env.baseUrl}/#/targets/${t.id}/show`);
      await page.getByTestId('log-composer').waitFor();
      await context.setOffline(true);
      await logVisit(page, '地下车库没信号，先记下');
      const pending = page.getByTestId('pending-log');
      await pending.waitFor();
      expect(await pending.getAttribute('data-state')).toBe('pending');
      await page.getByText('待同步').first().waitFor();
      await shot(page, 'phone-offline-pending-zh');
      expect(await logs(t.id, '地下车库没信号，先记下')).toBe(0);

      await context.setOffline(false);
      await pending.waitFor({ state: 'detached' });
      await page.getByTestId('timeline').getByText('地下车库没信号，先记下').waitFor();
      expect(await logs(t.id, '地下车库没信号，先记下')).toBe(1);
      await context.close();
    },
    STEP_TIMEOUT,
  );

  it(
    'the first POST reaches the server but its answer is dropped: the retry answers the first result, one log',
    async () => {
      const t = await target('回执丢失');
      const { context, page } = await phone();
      await page.goto(`${env.baseUrl}/#/targets/${t.id}/show`);
      await page.getByTestId('log-composer').waitFor();
      const keys: string[] = [];
      let dropped!: (status: number) => void;
      const handled = new Promise<number>((r) => (dropped = r));
      await context.route('**/api/contact-logs', async (route: Route) => {
        keys.push(route.request().headers()['idempotency-key']);
        const res = await route.fetch(); // the server handles it …
        await route.abort('connectionreset'); // … and the phone never hears back
        dropped(res.status());
      });
      await logVisit(page, '回执在路上丢了');
      expect(await handled).toBe(201);
      await page.locator('[data-testid="pending-log"][data-state="pending"]').waitFor();
      expect(await logs(t.id, '回执在路上丢了')).toBe(1);
      await context.unroute('**/api/contact-logs');
      const resent = page.waitForResponse((r) => r.url().endsWith('/api/contact-logs') && r.request().method() === 'POST');
      await page.getByRole('button', { name: '立即上传' }).tap();
      const res = await resent;
      expect(res.status()).toBe(201);
      expect(res.request().headers()['idempotency-key']).toBe(keys[0]);
      await page.getByTestId('pending-log').waitFor({ state: 'detached' });
      expect(await logs(t.id, '回执在路上丢了')).toBe(1);
      await context.close();
    },
    STEP_TIMEOUT,
  );

  it(
    'two tabs send the same queued log at once: one log',
    async () => {
      const t = await target('两个标签页');
      const { context, page } = await phone();
      const other = await context.newPage();
      await other.goto(`${env.baseUrl}/#/`);
      await other.getByTestId('phone-home').waitFor();
      await page.goto(`${env.baseUrl}/#/targets/${t.id}/show`);
      await page.getByTestId('log-composer').waitFor();
      await context.setOffline(true);
      await logVisit(page, '两个页面同时上传');
      await page.getByTestId('pending-log').waitFor();
      // Hold the POSTs until both tabs have sent theirs, then let both through together.
      const held: Route[] = [];
      let release!: () => void;
      const both = new Promise<void>((r) => (release = r));
      await context.route('**/api/contact-logs', async (route) => {
        held.push(route);
        if (held.length === 2) release();
        await both;
        await route.continue();
      });
      const posted = (p: Page) => p.waitForResponse((r) => r.url().endsWith('/api/contact-logs') && r.request().method() === 'POST');
      const answers = Promise.all([posted(page), posted(other)]);
      await context.setOffline(false); // both tabs get "online" and flush the queue
      await both;
      expect(new Set(held.map((r) => r.request().headers()['idempotency-key'])).size).toBe(1);
      expect((await answers).map((r) => r.status())).toEqual([201, 201]);
      await page.getByTestId('pending-log').waitFor({ state: 'detached' });
      expect(await logs(t.id, '两个页面同时上传')).toBe(1);
      await context.close();
    },
    STEP_TIMEOUT,
  );

  it(
    'a target changed meanwhile: the log stays on the phone as a conflict until the user saves it anyway',
    async () => {
      const t = await target('离线期间被改');
      const { context, page } = await phone();
      await page.goto(`${env.baseUrl}/#/targets/${t.id}/show`);
      await page.getByTestId('log-composer').waitFor();
      await context.setOffline(true);
      await logVisit(page, '离线时别人改了阶段');
      await page.getByTestId('pending-log').waitFor();
      await ds.query(`UPDATE target SET version = version + 1, notes = '同事修改' WHERE id = $1`, [t.id]);
      await context.setOffline(false);
      await page.locator('[data-testid="pending-log"][data-state="conflict"]').waitFor();
      await page.getByText('目标已被他人修改').first().waitFor();
      await shot(page, 'phone-offline-conflict-zh');
      expect(await logs(t.id, '离线时别人改了阶段')).toBe(0);
      await page.getByRole('button', { name: '仍然保存' }).tap();
      await page.getByTestId('pending-log').waitFor({ state: 'detached' });
      expect(await logs(t.id, '离线时别人改了阶段')).toBe(1);
      await context.close();
    },
    STEP_TIMEOUT,
  );

  it(
    'after one visit the app shell, 今日待办 and the target page open with the network off',
    async () => {
      const t = await target('离线打开');
      const { context, page } = await phone();
      await page.goto(`${env.baseUrl}/#/targets/${t.id}/show`);
      await page.getByTestId('timeline').waitFor();
      await page.goto(`${env.baseUrl}/#/`);
      await page.getByTestId('todo-item').first().waitFor();
      // the worker controls the page and holds every asset this visit loaded
      await page.waitForFunction(async () => {
        if (!navigator.serviceWorker.controller) return false;
        const cached = new Set((await (await caches.open('crm-shell-v1')).keys()).map((r) => new URL(r.url).pathname));
        return performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.startsWith('/assets/'))
          .every((p) => cached.has(p));
      });
      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('phone-home').waitFor();
      await page.getByTestId('todo-item').first().waitFor();
      await shot(page, 'phone-offline-home-zh');
      await page.goto(`${env.baseUrl}/#/targets/${t.id}/show`);
      await page.getByTestId('timeline').waitFor();
      await context.setOffline(false);
      await context.close();
    },
    STEP_TIMEOUT,
  );
});
