import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Target } from '@crm/pipeline';
import { factories } from '../support/factories';
import { login, newContext, shot, shotScreen, startBrowserEnv, type BrowserEnv } from './support';

/** 首报首谈 in the backoffice: a second team sees only the 首报 date, asks for a transfer; the chain office grants it. */
describe('first claim in the backoffice', () => {
  let env: BrowserEnv;
  let firmId: number;
  let targetId: number;
  let firmName: string;

  beforeAll(async () => {
    env = await startBrowserEnv();
    const ds = env.api.app.get(DataSource);
    const f = factories(ds);
    const link = await f.chainLink();
    await f.manageChain('chain', link.chainId);
    const firm = await f.firm();
    firmId = firm.id;
    firmName = firm.name;
    const res = await (await env.api.as('promoter')).post('/api/targets').send({ firmId, chainLinkId: link.id });
    expect(res.status).toBe(201);
    targetId = res.body.id;
  });
  afterAll(() => env?.close());

  const page = async (user: string, locale = 'zh-CN'): Promise<Page> => {
    const p = await (await newContext(env, { locale, viewport: { width: 1366, height: 768 } })).newPage();
    await login(p, env.baseUrl, user);
    if (locale === 'en') {
      // the language choice is kept in localStorage and read at start
      await p.evaluate(() => localStorage.setItem('crm.locale', 'en'));
      await p.reload();
    }
    return p;
  };

  it('promoter2 asks for a transfer from the firm page; the chain manager grants it from 转交申请; the target moves', async () => {
    const p2 = await page('promoter2');
    await p2.goto(`${env.baseUrl}/#/firms/${firmId}/show`);
    const panel = p2.getByTestId('firm-claim');
    await expect(panel.getByText(/已由其他小组跟进（首报 \d{4}-\d{2}-\d{2}）/).waitFor()).resolves.toBeUndefined();
    await panel.getByRole('button', { name: '申请转交' }).click();
    await p2.getByLabel('理由（将提交给链长办或管理员）').fill('对方已三个月未接洽，我方与董事长已建立联系');
    await p2.getByRole('button', { name: '提交申请' }).click();
    await panel.getByText('您的申请正在等待处理').waitFor();
    await shot(p2, 'claims-firm-theirs-1366');
    await p2.context().close();

    const chain = await page('chain');
    await chain.goto(`${env.baseUrl}/#/claim-requests`);
    const row = chain.locator('tr', { hasText: firmName });
    await row.getByRole('button', { name: '处理' }).click();
    await chain.getByText(/当前首报方：/).waitFor();
    await shot(chain, 'claims-decide-1366');
    await chain.getByRole('button', { name: '同意' }).click();
    await chain.getByText('已同意该申请').waitFor();
    await chain.context().close();

    const ds = env.api.app.get(DataSource);
    const promoter2 = (await ds.query(`SELECT id FROM app_user WHERE username = 'promoter2'`))[0].id;
    expect((await ds.getRepository(Target).findOneByOrFail({ id: targetId })).ownerId).toBe(promoter2);
  });

  /** A phone held upright: nothing runs off the side of the page. */
  const phone = async (user: string, locale: 'zh-CN' | 'en'): Promise<Page> => {
    const context = await newContext(env, { locale, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await context.addInitScript((l) => localStorage.setItem('crm.locale', l), locale);
    const p = await context.newPage();
    await login(p, env.baseUrl, user);
    return p;
  };
  const sideways = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it.each([
    ['zh-CN', 'zh'],
    ['en', 'en'],
  ] as const)(
    'on a phone (390×844, %s): the firm panel, 转交申请 with its decision, all within the screen',
    async (locale, lang) => {
      // A fresh firm held by promoter, asked for by promoter2 (the first test decided the other one).
      const ds = env.api.app.get(DataSource);
      const f = factories(ds);
      const link = await f.chainLink();
      await f.manageChain('chain', link.chainId);
      const firm = await f.firm();
      await (await env.api.as('promoter')).post('/api/targets').send({ firmId: firm.id, chainLinkId: link.id }).expect(201);

      const p2 = await phone('promoter2', locale);
      await p2.goto(`${env.baseUrl}/#/firms/${firm.id}/show`);
      const panel = p2.getByTestId('firm-claim');
      await panel.getByRole('button', { name: lang === 'zh' ? '申请转交' : /transfer/i }).click();
      const ask = p2.getByRole('dialog');
      await ask
        .getByRole('textbox')
        .fill(lang === 'zh' ? '对方三个月未接洽，我方已与董事长建立联系（演示）' : 'No contact for three months; we know the chairman (demo)');
      await shotScreen(p2, `claims-ask-${lang}-390`);
      const askBox = (await ask.boundingBox())!; // the dialog role is on MUI's paper
      expect(askBox.x).toBeGreaterThanOrEqual(0);
      expect(askBox.x + askBox.width).toBeLessThanOrEqual(390);
      await ask.getByRole('button', { name: lang === 'zh' ? '提交申请' : /send request/i }).click();
      await panel.getByRole('alert').waitFor();
      await panel.scrollIntoViewIfNeeded();
      expect(await sideways(p2)).toBeLessThanOrEqual(0);
      await shotScreen(p2, `claims-firm-${lang}-390`);
      await p2.context().close();

      const chain = await phone('chain', locale);
      await chain.goto(`${env.baseUrl}/#/claim-requests`);
      const item = chain.getByTestId('claim-request').filter({ hasText: firm.name });
      await item.waitFor();
      expect(await sideways(chain)).toBeLessThanOrEqual(0);
      const decide = item.getByRole('button', { name: lang === 'zh' ? '处理' : /decide/i });
      const box = (await decide.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390); // reachable without scrolling sideways
      expect(box.height).toBeGreaterThanOrEqual(40); // a thumb's target
      await shotScreen(chain, `claims-list-${lang}-390`);
      await decide.click();
      const dialog = chain.getByRole('dialog');
      await dialog.getByRole('button', { name: lang === 'zh' ? '同意' : /grant/i }).waitFor();
      await shotScreen(chain, `claims-decide-${lang}-390`);
      for (const b of await dialog.getByRole('button').all()) {
        const bb = (await b.boundingBox())!;
        expect(bb.x + bb.width).toBeLessThanOrEqual(390);
      }
      await dialog.getByRole('button', { name: lang === 'zh' ? '拒绝' : /refuse/i }).click();
      await dialog.waitFor({ state: 'detached' });
      await chain.context().close();
    },
    240_000,
  );

  it('reads in English too', async () => {
    const p = await page('promoter', 'en');
    await p.goto(`${env.baseUrl}/#/firms/${firmId}/show`);
    await p
      .getByTestId('firm-claim')
      .getByText(/Another team pursues this firm \(first registered \d{4}-\d{2}-\d{2}\)/)
      .waitFor();
    await shot(p, 'claims-firm-en-1366');
    await p.context().close();
  });
});
