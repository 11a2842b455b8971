import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { englishContext, login, newContext, shot, startBrowserEnv, type BrowserEnv } from './support';

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

  it('pages through a search with more matches than the API counts (1,010 firms): "1-25，超过 25 条", then on to the next page', async () => {
    const frag = `千家分页${Date.now() % 100000}`;
    await env.api.app.get(DataSource).query(`INSERT INTO firm (name) SELECT $1 || '-' || lpad(g::text, 4, '0') FROM generate_series(1, 1010) g`, [frag]);
    for (const [lang, context, first, second] of [
      ['zh', await newContext(env), '1-25，超过 25 条', '26-50，超过 50 条'],
      ['en', await englishContext(env), '1-25 of more than 25', '26-50 of more than 50'],
    ] as const) {
      const page = await context.newPage();
      const failed: string[] = [];
      page.on('response', (r) => r.url().includes('/api/') && r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      await login(page, env.baseUrl, 'admin');
      const filter = encodeURIComponent(JSON.stringify({ q: frag }));
      await page.goto(`${env.baseUrl}/#/firms?filter=${filter}&order=ASC&page=1&perPage=25&sort=name`);
      await page.getByText(first, { exact: true }).waitFor();
      await page.getByRole('cell', { name: `${frag}-0001`, exact: true }).waitFor();
      await shot(page, `firms-more-than-counted-${lang}-1366`);
      // Export stays on: the rows on the page show there is something to export.
      expect(await page.getByRole('button', { name: lang === 'zh' ? '导出' : 'Export', exact: true }).isEnabled()).toBe(true);
      await page.getByRole('button', { name: lang === 'zh' ? '下一页' : 'Go to next page' }).click();
      await page.getByText(second, { exact: true }).waitFor();
      await page.getByRole('cell', { name: `${frag}-0026`, exact: true }).waitFor();
      expect(failed).toEqual([]);
      await context.close();
    }
  }, 120_000);
});
