import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { login, newContext, startBrowserEnv, type BrowserEnv } from './support';

/** Every list screen against the real API: no column offers a sort, and no search box a filter, the API refuses. */
const RESOURCES = [
  'targets',
  'contact-logs',
  'firms',
  'chains',
  'chain-links',
  'plans',
  'kpi-targets',
  'carriers',
  'notifications',
  'reminders',
  'reminder-rules',
  'users',
  'teams',
];

let env: BrowserEnv;

beforeAll(async () => {
  env = await startBrowserEnv();
  // An empty list shows react-admin's empty page instead of a table; the admin's inbox must not
  // depend on what other files in this Jest worker delivered before.
  await env.api.app
    .get(DataSource)
    .query(`INSERT INTO notification (user_id, title, body) SELECT id, '列表测试通知', '用于列表排序测试' FROM app_user WHERE username = 'admin'`);
}, 120_000);

afterAll(async () => {
  await env?.close();
});

describe('every list in Chromium', () => {
  it('sorts by each sortable column and filters by its search box without a failed request', async () => {
    const context = await newContext(env);
    const page = await context.newPage();
    await login(page, env.baseUrl, 'admin');
    const failed: string[] = [];
    page.on('response', (r) => r.url().includes('/api/') && r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    for (const resource of RESOURCES) {
      await page.goto(`${env.baseUrl}/#/${resource}`);
      await page.locator('.RaList-main').waitFor();
      await page.waitForLoadState('networkidle');
      const headers = page.locator('thead .MuiTableSortLabel-root');
      for (let i = 0; i < (await headers.count()); i++) {
        await headers.nth(i).click();
        await page.waitForLoadState('networkidle');
      }
      const search = page.getByPlaceholder('搜索');
      if (await search.count()) {
        await search.fill('工业');
        await page.waitForURL(/filter=/);
        await page.waitForLoadState('networkidle');
      }
    }
    expect(failed).toEqual([]);
    await context.close();
  }, 300_000);
});
