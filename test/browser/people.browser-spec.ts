import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { factories } from '../support/factories';
import { login, newContext, shot, startBrowserEnv, type BrowserEnv } from './support';

/**
 * 联系人 and files in a real Chromium: the firm and target pages list persons and files, a log
 * picks its participants (one added on the spot), another team sees no numbers, and on a phone a
 * promoter attaches a photo to a visit through the camera input.
 */
const STEP_TIMEOUT = 240_000;
let env: BrowserEnv;
let firmId: number;
let targetId: number;
let logId: number;

// A tiny valid JPEG (1×1, grey): what the phone's camera hands the input, in miniature.
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
);
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

beforeAll(async () => {
  env = await startBrowserEnv();
  const f = factories(env.api.app.get(DataSource));
  const firm = await f.firm({ name: `重庆云和数智科技${Math.random().toString(36).slice(2, 6)}` });
  const target = await f.target({ owner: 'promoter', firmId: firm.id, stage: 'contact' });
  firmId = firm.id;
  targetId = target.id;
  const promoter = await env.api.as('promoter');
  const li = await promoter
    .post('/api/contact-persons')
    .send({ firmId, name: '李建国', title: '董事长', phone: '138 2345 6789', wechat: 'li_jianguo', email: 'li.jg@example.com', notes: '周三上午在重庆' })
    .expect(201);
  await promoter.post('/api/contact-persons').send({ firmId, name: '陈晓雯', title: '董事会秘书', phone: '023-6378 2201' }).expect(201);
  const log = await promoter
    .post('/api/contact-logs')
    .send({
      targetId,
      kind: 'visit',
      at: new Date(Date.now() - 3_600_000).toISOString(),
      summary: '走访总部，董事长介绍西南布局',
      contactPersonIds: [li.body.id],
    })
    .expect(201);
  logId = log.body.id;
  await promoter.post(`/api/targets/${targetId}/files`).attach('file', PDF, { filename: '投资协议（草案）.pdf' }).expect(201);
  await promoter.post(`/api/targets/${targetId}/files`).attach('file', JPEG, { filename: '名片-李建国.jpg' }).expect(201);
}, STEP_TIMEOUT);

afterAll(async () => {
  await env?.close();
});

async function openAs(username: string, opts: Parameters<typeof newContext>[1] = {}, locale?: 'en'): Promise<Page> {
  const context = await newContext(env, { viewport: { width: 1366, height: 768 }, ...opts });
  if (locale) await context.addInitScript(() => localStorage.setItem('crm.locale', 'en'));
  const page = await context.newPage();
  if (locale) {
    await page.goto(`${env.baseUrl}/#/login`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill('Demo@2025');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('unread-badge').waitFor();
  } else {
    await login(page, env.baseUrl, username);
  }
  return page;
}

describe('contact persons and files in the backoffice', () => {
  it(
    'the firm page lists its persons with their numbers for the pursuing team',
    async () => {
      const page = await openAs('promoter');
      await page.goto(`${env.baseUrl}/#/firms/${firmId}/show`);
      const persons = page.getByTestId('contact-persons');
      await persons.getByText('李建国').waitFor();
      await persons.getByText('138 2345 6789').waitFor();
      await expect(persons.getByTestId('contact-person').count()).resolves.toBe(2);
      await page.getByTestId('files-firm').waitFor();
      await shot(page, 'people-firm-zh-1366');
      await page.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    'the target page shows persons and files; a log picks participants, one added on the spot',
    async () => {
      const page = await openAs('promoter');
      await page.goto(`${env.baseUrl}/#/targets/${targetId}/show`);
      const files = page.getByTestId('files-target');
      await files.getByText('投资协议（草案）.pdf').waitFor();
      await expect(files.getByTestId('stored-file').count()).resolves.toBe(2);
      await page.getByTestId('contact-persons').getByText('陈晓雯').waitFor();

      // preview the business card photo
      await files.getByText('名片-李建国.jpg').click();
      await page.getByTestId('file-preview').locator('img').waitFor();
      await page.getByRole('button', { name: '关闭' }).click();

      // the quick log: pick 陈晓雯, add 周助理 on the spot
      const form = page.getByTestId('contact-quick-form');
      const picker = form.getByRole('combobox', { name: '参与人（联系人）' });
      await picker.click();
      await picker.fill('陈');
      await page.getByRole('option', { name: /陈晓雯/ }).click();
      await picker.fill('周助理');
      await page.getByRole('option', { name: '添加联系人“周助理”' }).click();
      await form.getByRole('button', { name: '周助理' }).or(form.getByText('周助理')).first().waitFor();
      await form.locator('textarea[name="summary"]').fill('电话确认考察行程，董秘和助理对接');
      await shot(page, 'people-target-zh-1366');
      await form.getByRole('button', { name: '保存' }).click();
      // saved: the quick form starts afresh
      await page.waitForFunction(
        () => (document.querySelector('[data-testid="contact-quick-form"] textarea[name="summary"]') as HTMLTextAreaElement | null)?.value === '',
      );

      const logs = (await (await env.api.as('promoter')).get(`/api/contact-logs?filter=${encodeURIComponent(JSON.stringify({ targetId }))}`).expect(200)).body;
      const newest = logs.find((l: { summary: string }) => l.summary.startsWith('电话确认'));
      expect(newest.contactPersonIds).toHaveLength(2);
      await page.getByTestId('contact-persons').getByText('周助理').waitFor();
      await page.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    'in English, and for a promoter of another team: persons without numbers',
    async () => {
      const page = await openAs('promoter', {}, 'en');
      await page.goto(`${env.baseUrl}/#/targets/${targetId}/show`);
      await page.getByTestId('contact-persons').getByText('Contact persons').waitFor();
      await page.getByTestId('files-target').getByText('Take photo').waitFor();
      await shot(page, 'people-target-en-1366');
      await page.context().close();

      const other = await openAs('promoter2');
      await other.goto(`${env.baseUrl}/#/firms/${firmId}/show`);
      const persons = other.getByTestId('contact-persons');
      await persons.getByText('李建国').waitFor();
      await expect(persons.getByText('联系方式仅对跟进该企业的团队可见').count()).resolves.toBeGreaterThan(0);
      expect(await persons.innerText()).not.toMatch(/138 2345|023-6378|li_jianguo/);
      await expect(persons.getByRole('button', { name: '添加联系人' }).count()).resolves.toBe(0);
      await shot(other, 'people-firm-other-team-zh-1366');
      await other.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    'on a phone, a promoter attaches a photo to a visit with the camera',
    async () => {
      const page = await openAs('promoter', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      await page.goto(`${env.baseUrl}/#/contact-logs/${logId}/show`);
      const panel = page.getByTestId('files-contact-log');
      await panel.getByText('拍照').waitFor();
      await expect(panel.getByTestId('camera-input').getAttribute('capture')).resolves.toBe('environment');
      await expect(panel.getByTestId('camera-input').getAttribute('accept')).resolves.toBe('image/*');
      // what the camera hands back: a JPEG named by the phone
      await panel.getByTestId('camera-input').setInputFiles({ name: 'image.jpg', mimeType: 'image/jpeg', buffer: JPEG });
      await panel.getByTestId('stored-file').getByText('image.jpg').waitFor();
      await page.getByText('已上传：image.jpg').waitFor({ state: 'hidden' });
      const stored = (await (await env.api.as('promoter')).get(`/api/contact-logs/${logId}/files`).expect(200)).body;
      expect(stored).toMatchObject([{ fileName: 'image.jpg', contentType: 'image/jpeg', size: JPEG.length }]);
      await page
        .getByTestId('log-participants')
        .getByText(/李建国/)
        .waitFor();
      await shot(page, 'people-phone-attach-zh-390');

      // the phone's target page carries the firm's persons (tap to call) and the target's files too
      await page.goto(`${env.baseUrl}/#/targets/${targetId}/show`);
      await page.getByTestId('phone-target-page').waitFor();
      await page.getByTestId('contact-persons').getByRole('link', { name: '138 2345 6789' }).waitFor();
      await expect(page.getByTestId('contact-persons').getByRole('link', { name: '138 2345 6789' }).getAttribute('href')).resolves.toBe('tel:13823456789');
      await page.getByTestId('files-target').getByText('拍照').waitFor();
      await shot(page, 'people-phone-target-zh-390');
      await page.context().close();
    },
    STEP_TIMEOUT,
  );
});
