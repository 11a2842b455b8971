import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { login, newContext, shot, startBrowserEnv, type BrowserEnv } from './support';

/**
 * 我的账户 in a real Chromium: a promoter opens it from the user menu, renames themselves, points
 * reminders at a robot and sends a test message through it, then changes the password — the token
 * the browser held before is refused by the API on its next request, and the new password logs in.
 */
const STEP_TIMEOUT = 240_000;
let env: BrowserEnv;
let robot: Server;
let robotUrl: string;
const robotBodies: string[] = [];
const username = `acct_${Math.random().toString(36).slice(2, 7)}`;

beforeAll(async () => {
  env = await startBrowserEnv();
  robot = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      robotBodies.push(body);
      res.end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((resolve) => robot.listen(0, '127.0.0.1', resolve));
  robotUrl = `http://127.0.0.1:${(robot.address() as AddressInfo).port}/cgi-bin/webhook/send?key=test`;
  await (await env.api.as('admin')).post('/api/users').send({ username, displayName: '王专员', role: 'promoter', password: 'Browser2026x' }).expect(201);
}, STEP_TIMEOUT);

afterAll(async () => {
  await env?.close();
  await new Promise((resolve) => robot?.close(resolve));
});

describe('a promoter’s own account', () => {
  let page: Page;
  const token = () => page.evaluate(() => localStorage.getItem('crm.token'));

  beforeAll(async () => {
    const context = await newContext(env, { viewport: { width: 1366, height: 768 } });
    page = await context.newPage();
    await login(page, env.baseUrl, username, 'Browser2026x');
  }, STEP_TIMEOUT);

  it(
    'opens 我的账户 from the user menu, renames, chooses the robot and sends a test message',
    async () => {
      await page.getByRole('button', { name: '个人设置' }).click();
      await page.getByRole('menuitem', { name: '我的账户' }).click();
      await page.getByRole('heading', { name: '提醒渠道' }).waitFor();
      await page.locator('input[name="displayName"]').fill('王小明');
      await page.locator('input[name="webhookUrl"]').fill(robotUrl);
      await page.locator('input[name="dailyDigest"]').uncheck();
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('已保存').waitFor();
      const saved = (await (await env.api.as('admin')).get(`/api/users?filter=${encodeURIComponent(JSON.stringify({ q: username }))}`)).body[0];
      expect(saved).toMatchObject({ displayName: '王小明', webhookUrl: robotUrl, dailyDigest: false });

      await page.getByRole('button', { name: '发送测试消息' }).click();
      await page.locator('tr[data-channel="webhook"]').getByText('已送达').waitFor();
      await expect(page.locator('tr[data-channel="in_app"]').getByText('已送达').count()).resolves.toBe(1);
      await expect(page.locator('tr[data-channel="email"]').getByText('系统未配置邮件服务器').count()).resolves.toBe(1);
      expect(robotBodies.at(-1)).toContain('测试消息');
      await shot(page, 'account-zh-1366');
    },
    STEP_TIMEOUT,
  );

  it(
    'changes the password: the old token is refused at once, the page keeps working, the new password logs in',
    async () => {
      const before = await token();
      await env.api.http.get('/api/auth/me').set('Authorization', `Bearer ${before}`).expect(200);
      await page.locator('input[name="currentPassword"]').fill('Browser2026x');
      await page.locator('input[name="newPassword"]').fill('short1');
      await page.locator('input[name="confirmPassword"]').fill('short1');
      await page.getByRole('button', { name: '修改密码' }).last().click();
      await page.getByText('密码至少 8 位').first().waitFor(); // the API's refusal under the input
      await page.locator('input[name="newPassword"]').fill('Changed2026yz');
      await page.locator('input[name="confirmPassword"]').fill('Changed2026yz');
      await page.getByRole('button', { name: '修改密码' }).last().click();
      await page.getByText(/密码已修改/).waitFor();
      expect((await env.api.http.get('/api/auth/me').set('Authorization', `Bearer ${before}`)).status).toBe(401);
      const after = await token();
      expect(after).not.toBe(before);
      await env.api.http.get('/api/auth/me').set('Authorization', `Bearer ${after}`).expect(200);
      await env.api.http.post('/api/auth/login').send({ username, password: 'Changed2026yz' }).expect(200);
      await env.api.http.post('/api/auth/login').send({ username, password: 'Browser2026x' }).expect(401);
    },
    STEP_TIMEOUT,
  );

  it(
    'reads in English too',
    async () => {
      await page.evaluate(() => localStorage.setItem('crm.locale', 'en'));
      await page.reload();
      await page.getByRole('heading', { name: 'Reminder channels' }).waitFor();
      await shot(page, 'account-en-1366');
    },
    STEP_TIMEOUT,
  );
});
