import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { factories, uniq } from '../support/factories';
import { reminderWithDeliveries } from '../support/reminder-factory';
import { login, newContext, shot, startBrowserEnv, type BrowserEnv } from './support';

/**
 * Reminder monitoring and reminder rules in a real Chromium: an admin finds a reminder whose
 * e-mail failed twice, reads the errors, retries it, and changes a plan's stale threshold (the
 * API's per-field refusal shows under the input first); a promoter never sees these screens.
 */
const STEP_TIMEOUT = 240_000;
const SMTP_ERROR = '535 5.7.8 Authentication credentials invalid';
const CONNECT_ERROR = 'connect ECONNREFUSED 127.0.0.1:2525';

let env: BrowserEnv;
let ds: DataSource;
let reminderId: number;
let title: string;

const menu = (page: Page) => page.locator('.RaSidebar-fixed, .MuiDrawer-root').first();

beforeAll(async () => {
  env = await startBrowserEnv();
  ds = env.api.app.get(DataSource);
  const f = factories(ds);
  const target = await f.target({ owner: 'promoter' });
  title = `跟进到期：发送失败测试${uniq()}`;
  // Due a minute ago, so it heads the list (newest due first) whatever else the database holds.
  ({ id: reminderId } = await reminderWithDeliveries(ds, {
    recipientId: (await f.user('promoter')).id,
    targetId: target.id,
    title,
    dueMinutesAgo: 1,
    deliveries: [
      { channel: 'in_app', state: 'sent', attempts: [{ attempt: 1, minutesAgo: 1, ok: true }] },
      {
        channel: 'email',
        state: 'failed',
        lastError: SMTP_ERROR,
        attempts: [
          { attempt: 1, minutesAgo: 1, ok: false, error: CONNECT_ERROR },
          { attempt: 2, minutesAgo: 0, ok: false, error: 'SMTP refused the message', answer: SMTP_ERROR },
        ],
      },
      // Handed over to the robot; the worker stopped before its answer was heard.
      { channel: 'webhook', state: 'sent', attempts: [{ attempt: 1, minutesAgo: 0, ok: null }] },
    ],
  }));
}, STEP_TIMEOUT);

afterAll(async () => {
  await env?.close();
});

describe('an admin in Chromium', () => {
  let page: Page;

  beforeAll(async () => {
    const context = await newContext(env, { timezoneId: 'America/New_York' });
    page = await context.newPage();
    await login(page, env.baseUrl, 'admin');
  }, STEP_TIMEOUT);

  it(
    'finds the failed reminder with the 发送失败 quick filter and reads each attempt’s error',
    async () => {
      await menu(page).getByText('提醒', { exact: true }).click();
      await page.locator('.RaList-main').waitFor();
      await page.getByRole('button', { name: '发送失败', exact: true }).click();
      await page.waitForURL(/filter=.*failed/);
      const row = page.locator('tbody tr', { hasText: title });
      await row.waitFor();
      // The URL changes before the filtered page replaces the one shown (react-admin keeps the
      // previous rows while it loads): wait until the table no longer holds rows of another state.
      await page.waitForFunction(
        () => {
          const states = [...document.querySelectorAll('tbody [data-reminder-state]')].map((e) => e.getAttribute('data-reminder-state'));
          return states.length > 0 && states.every((s) => s === 'failed');
        },
        undefined,
        { timeout: 30_000 },
      );
      // Every reminder the quick filter leaves is a failed one.
      const states = await page.locator('tbody [data-reminder-state]').evaluateAll((els) => els.map((e) => e.getAttribute('data-reminder-state')));
      expect(new Set(states)).toEqual(new Set(['failed']));
      await expect(row.getByTestId('channel-email').locator('[data-state]').getAttribute('data-state')).resolves.toBe('failed');
      await expect(row.getByTestId('channel-in_app').locator('[data-state]').getAttribute('data-state')).resolves.toBe('sent');
      await expect(row.getByTestId('channel-webhook').textContent()).resolves.toBe('机器人 · 已发送');
      await expect(row.getByTestId('channel-email').textContent()).resolves.toBe('邮件 · 失败');
      await shot(page, 'reminders-failed');

      await row.getByText(title).click();
      await page.waitForURL(new RegExp(`#/reminders/${reminderId}/show`));
      const attempts = page.getByTestId('reminder-attempts');
      await attempts.waitFor();
      const email = attempts.locator('tr[data-channel="email"]');
      await expect(email.count()).resolves.toBe(2);
      await expect(email.nth(0).textContent()).resolves.toContain(CONNECT_ERROR);
      await expect(email.nth(1).textContent()).resolves.toContain(`SMTP refused the message · ${SMTP_ERROR}`); // the error, then the server's answer
      await expect(email.locator('[data-outcome="failed"]').count()).resolves.toBe(2);
      await expect(attempts.locator('tr[data-channel="in_app"] [data-outcome="accepted"]').textContent()).resolves.toBe('成功');
      await expect(attempts.locator('tr[data-channel="webhook"] [data-outcome="unconfirmed"]').textContent()).resolves.toBe('已交付未确认');
      await expect(page.getByTestId('reminder-deliveries').locator('tr[data-channel="email"]').textContent()).resolves.toContain(SMTP_ERROR);
      await shot(page, 'reminder-show');
    },
    STEP_TIMEOUT,
  );

  it(
    'retries the failed channel: the e-mail is pending again',
    async () => {
      await page.getByRole('button', { name: '重试失败渠道' }).click();
      await page.getByText('已重新安排 1 个渠道发送').waitFor();
      await page.getByTestId('reminder-deliveries').locator('tr[data-channel="email"][data-state="pending"]').waitFor();
      await page.getByRole('button', { name: '重试失败渠道' }).waitFor({ state: 'detached' });
      await expect(page.locator('[data-reminder-state]').first().textContent()).resolves.toBe('待发送');
      const [email] = await ds.query(`SELECT state FROM delivery WHERE reminder_id = $1 AND channel = 'email'`, [reminderId]);
      const [reminder] = await ds.query('SELECT state FROM reminder WHERE id = $1', [reminderId]);
      expect({ email: email.state, reminder: reminder.state }).toEqual({ email: 'pending', reminder: 'scheduled' });
    },
    STEP_TIMEOUT,
  );

  it(
    'gives a plan its own stale threshold: a refused value shows under its input, a good one is kept, 恢复默认 drops it',
    async () => {
      const plan = await factories(ds).plan({ title: `提醒规则测试规划${uniq()}` });
      await menu(page).getByText('提醒规则', { exact: true }).click();
      await page.locator('.RaList-main').waitFor();
      await expect(page.locator('tbody tr').first().locator('[data-override]').getAttribute('data-override')).resolves.toBe('is_defaults');
      await shot(page, 'reminder-rules');
      // Newest plan first: the one just created.
      await page.goto(`${env.baseUrl}/#/reminder-rules?sort=planId&order=DESC`);
      const row = page.locator('tbody tr', { hasText: plan.title });
      await expect(row.locator('[data-override]').textContent()).resolves.toBe('沿用默认');
      await row.getByText(plan.title).click();
      await page.waitForURL(new RegExp(`#/reminder-rules/plan-${plan.id}$`));
      await page.getByTestId('rule-inherits').waitFor();

      // Red must come after yellow (14 days): only the API checks, and says so under the red input.
      const red = page.getByLabel('接洽·红色预警（天）');
      await red.fill('10');
      await page.getByRole('button', { name: '保存' }).click();
      const helper = page.locator('.MuiFormControl-root', { has: red }).locator('.MuiFormHelperText-root.Mui-error');
      await helper.waitFor();
      await expect(helper.textContent()).resolves.toContain('红色阈值天数必须大于黄色阈值天数');
      expect((await ds.query('SELECT count(*)::int AS n FROM reminder_rule WHERE plan_id = $1', [plan.id]))[0].n).toBe(0);

      await red.fill('45');
      await page.getByRole('button', { name: '保存' }).click();
      await page.waitForURL(/#\/reminder-rules(\?|$)/);
      const [saved] = await ds.query('SELECT contact_yellow_days, contact_red_days, version FROM reminder_rule WHERE plan_id = $1', [plan.id]);
      expect(saved).toEqual({ contact_yellow_days: 14, contact_red_days: 45, version: 1 });

      await page.goto(`${env.baseUrl}/#/reminder-rules/plan-${plan.id}`);
      await expect(page.getByLabel('接洽·红色预警（天）').inputValue()).resolves.toBe('45');
      await expect(page.getByTestId('rule-inherits').count()).resolves.toBe(0);
      await shot(page, 'reminder-rule-edit');

      // 恢复默认, confirmed: the plan follows the defaults again and the form says so.
      await page.getByRole('button', { name: '恢复默认' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.textContent()).resolves.toContain(plan.title);
      await dialog.getByRole('button', { name: '确认' }).click();
      await page.getByText('已恢复默认规则').waitFor();
      await page.getByTestId('rule-inherits').waitFor();
      await expect(page.getByLabel('接洽·红色预警（天）').inputValue()).resolves.toBe('30');
      await expect(page.getByRole('button', { name: '恢复默认' }).count()).resolves.toBe(0);
      expect((await ds.query('SELECT count(*)::int AS n FROM reminder_rule WHERE plan_id = $1', [plan.id]))[0].n).toBe(0);
    },
    STEP_TIMEOUT,
  );

  it(
    'shows the digest time on the defaults only, and reads in English too',
    async () => {
      await page.goto(`${env.baseUrl}/#/reminder-rules/defaults`);
      await page.getByText('提醒规则：默认规则').waitFor();
      await expect(page.getByLabel('每日摘要时间').inputValue()).resolves.toBe('08:30');
      await page.getByRole('button', { name: /简体中文/ }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByText('Reminder rule: Defaults').waitFor();
      await page.goto(`${env.baseUrl}/#/reminders/${reminderId}/show`);
      await page.getByTestId('reminder-attempts').getByText('Failed').first().waitFor();
      await expect(page.getByTestId('reminder-deliveries').locator('tr[data-channel="email"]').textContent()).resolves.toContain('Pending');
      await page.getByRole('button', { name: /English/ }).click();
      await page.getByRole('menuitem', { name: '简体中文' }).click();
      await page.getByText('发送记录').waitFor();
    },
    STEP_TIMEOUT,
  );
});

describe('a promoter in Chromium', () => {
  it(
    'has no reminder monitoring or rules in the menu, and cannot open them by address',
    async () => {
      const context = await newContext(env);
      const page = await context.newPage();
      await login(page, env.baseUrl, 'promoter');
      await expect(menu(page).getByText('招商目标', { exact: true }).count()).resolves.toBe(1);
      await expect(menu(page).getByText('提醒', { exact: true }).count()).resolves.toBe(0);
      await expect(menu(page).getByText('提醒规则', { exact: true }).count()).resolves.toBe(0);
      for (const path of ['/#/reminders', `/#/reminders/${reminderId}/show`, '/#/reminder-rules']) {
        await page.goto(`${env.baseUrl}${path}`);
        await page.getByText('您没有访问此页面的权限').waitFor();
      }
      await context.close();
    },
    STEP_TIMEOUT,
  );
});
