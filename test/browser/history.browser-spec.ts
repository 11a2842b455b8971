import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { login, newContext, shot, startBrowserEnv, type BrowserEnv } from './support';

/** History in a real Chromium, as an admin: a firm's 变更记录 panel and the 审计日志 page filtered to that firm. */
const STEP_TIMEOUT = 240_000;
let env: BrowserEnv;
let page: Page;
let firmId: number;
const city = `变更城市${Math.random().toString(36).slice(2, 6)}`;

beforeAll(async () => {
  env = await startBrowserEnv();
  const admin = await env.api.as('admin');
  const firm = (
    await admin
      .post('/api/firms')
      .send({ name: `历史企业${city}`, hqCity: '重庆' })
      .expect(201)
  ).body;
  firmId = firm.id;
  await admin.put(`/api/firms/${firm.id}`).send({ version: firm.version, hqCity: city }).expect(200);
  const context = await newContext(env, { viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
  await login(page, env.baseUrl, 'admin');
}, STEP_TIMEOUT);

afterAll(async () => {
  await env?.close();
});

describe('an admin reads who changed what', () => {
  it(
    'the firm page’s 变更记录 shows the field, old and new value, and who',
    async () => {
      await page.goto(`${env.baseUrl}/#/firms/${firmId}/show`);
      const panel = page.getByTestId('change-history');
      const row = panel.locator('tr', { hasText: city }).filter({ hasText: '总部城市' });
      await row.waitFor();
      await expect(row.getByText('总部城市').count()).resolves.toBe(1);
      await expect(row.getByText('重庆', { exact: true }).count()).resolves.toBe(1);
      await shot(page, 'firm-change-history-zh-1366');
    },
    STEP_TIMEOUT,
  );

  it(
    '审计日志 filtered to that record lists the change',
    async () => {
      await page.goto(`${env.baseUrl}/#/audit-logs?filter=${encodeURIComponent(JSON.stringify({ entity: 'firm', entityId: String(firmId) }))}`);
      await page.getByText(`总部城市：重庆 → ${city}`).waitFor();
      await shot(page, 'audit-logs-zh-1366');
    },
    STEP_TIMEOUT,
  );

  it(
    'a promoter sees no 变更记录 panel and no 审计日志 menu',
    async () => {
      const context = await newContext(env, { viewport: { width: 1366, height: 768 } });
      const p = await context.newPage();
      await login(p, env.baseUrl, 'promoter');
      await expect(p.getByRole('menuitem', { name: '审计日志' }).count()).resolves.toBe(0);
      await context.close();
    },
    STEP_TIMEOUT,
  );
});
