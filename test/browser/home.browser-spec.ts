import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Target } from '@crm/pipeline';
import { factories, uniq, type Factories } from '../support/factories';
import { deliveredMessage } from '../support/reminder-factory';
import { englishContext, login, newContext, shot, shotScreen, startBrowserEnv, type BrowserEnv } from './support';

/**
 * A home per role and a promoter's day in Chromium at 1366×768 (issue 14): the promoter's
 * overdue follow-ups are in the first screen with 记一笔 on each; a message opens its target and is read
 * (inbox row, bell), 全部已读, a cleared alert shows 已解除; the timeline is what happened, with
 * the open follow-up shown apart at the top.
 */
const STEP_TIMEOUT = 240_000;
const DAY_MS = 86_400_000;

let env: BrowserEnv;
let ds: DataSource;
let f: Factories;

beforeAll(async () => {
  env = await startBrowserEnv();
  ds = env.api.app.get(DataSource);
  f = factories(ds);
}, STEP_TIMEOUT);

afterAll(async () => {
  await env?.close();
});

/**
 * The home is drawn: nothing still loading (skeletons, spinners, the lazy chart chunk) and every
 * chart on it finished drawing (useECharts marks it), so a screenshot shows what a person sees.
 */
async function homeDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const charts = Array.from(document.querySelectorAll('[data-testid="cockpit-chart"]'));
    const cockpit = document.querySelector('[data-testid="cockpit"]');
    const busy = document.querySelector('.MuiSkeleton-root, .MuiCircularProgress-indeterminate, .MuiLinearProgress-indeterminate, .RaLoading-root');
    return !busy && (!cockpit || charts.length > 0) && charts.every((c) => c.getAttribute('data-rendered') === 'true');
  });
}

/** `2026-12-10T10:00` for a datetime-local input, Shanghai wall time. */
const shanghaiInput = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
const shanghaiText = (at: Date) => shanghaiInput(at).replace('T', ' ');

describe('a promoter in Chromium at 1366×768', () => {
  let page: Page;

  beforeAll(async () => {
    const context = await newContext(env, { viewport: { width: 1366, height: 768 }, timezoneId: 'America/New_York' });
    page = await context.newPage();
    await login(page, env.baseUrl, 'promoter');
  }, STEP_TIMEOUT);

  it(
    'shows the overdue follow-ups in the first screen of home, and 记一笔 logs one without leaving it',
    async () => {
      const firm = await f.firm({ name: `逾期跟进测试科技${uniq()}`, demo: true });
      // The most overdue of the promoter's follow-ups, so it heads the list whatever else is overdue.
      const target = await f.target({ firmId: firm.id, owner: 'promoter', stage: 'contact', nextFollowUpAt: new Date(Date.now() - 90 * DAY_MS) });
      await page.goto(`${env.baseUrl}/#/`);
      await page.reload(); // the home read its to-do at sign-in, before this target existed
      const item = page.getByTestId('todo-overdue').getByTestId(`todo-item-${target.id}`);
      await item.waitFor();
      const box = (await item.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(768); // in the first screen, without scrolling
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await shotScreen(page, 'home-promoter');

      await page.getByTestId(`quick-log-${target.id}`).click();
      const dialog = page.getByTestId('quick-log-dialog');
      await dialog.getByLabel('内容').fill('电话沟通，对方确认下周来访（演示）');
      const next = new Date(Math.floor((Date.now() + 7 * DAY_MS) / 60_000) * 60_000);
      await dialog.getByLabel('下次跟进').fill(shanghaiInput(next));
      await dialog.getByRole('button', { name: '保存' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('todo-overdue').getByTestId(`todo-item-${target.id}`).waitFor({ state: 'detached' });
      expect((await ds.getRepository(Target).findOneByOrFail({ id: target.id })).nextFollowUpAt?.getTime()).toBe(next.getTime());
    },
    STEP_TIMEOUT,
  );

  it(
    'logs a visit with a follow-up in a week: no reminder on the timeline, the date at the top',
    async () => {
      const firm = await f.firm({ name: `时间线测试科技${uniq()}`, demo: true });
      const target = await f.target({ firmId: firm.id, owner: 'promoter', stage: 'contact' });
      await page.goto(`${env.baseUrl}/#/targets/${target.id}/show`);
      const form = page.getByTestId('contact-quick-form');
      await form.waitFor();
      // A week ahead, on the minute (the input has no seconds).
      const next = new Date(Math.floor((Date.now() + 7 * DAY_MS) / 60_000) * 60_000);
      await form.getByLabel('内容').fill('走访企业总部，约定一周后再谈（演示）');
      await form.getByLabel('下次跟进').fill(shanghaiInput(next));
      await form.getByRole('button', { name: '保存' }).click();
      await page.getByTestId('timeline').locator('[data-kind="contact_log"]').first().waitFor();
      await page
        .getByTestId('next-follow-up')
        .filter({ hasText: shanghaiText(next) })
        .waitFor();
      await expect(page.getByTestId('next-follow-up').textContent()).resolves.toBe(`下次跟进 ${shanghaiText(next)}`);
      // The follow-up's reminders exist, scheduled; none of them has happened, so none is on the timeline.
      const scheduled: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM reminder WHERE target_id = $1 AND state = 'scheduled'`, [target.id]);
      expect(scheduled[0].n).toBeGreaterThan(0);
      await expect(page.getByTestId('timeline').locator('[data-kind="reminder"]').count()).resolves.toBe(0);
      expect((await ds.getRepository(Target).findOneByOrFail({ id: target.id })).nextFollowUpAt?.getTime()).toBe(next.getTime());
      await shot(page, 'home-timeline-follow-up');
    },
    STEP_TIMEOUT,
  );

  const readAt = async (id: number): Promise<Date | null> => (await ds.query('SELECT read_at FROM notification WHERE id = $1', [id]))[0].read_at;
  const message = async (title: string) => {
    const firm = await f.firm({ name: `消息测试科技${uniq()}`, demo: true });
    const target = await f.target({ firmId: firm.id, owner: 'promoter', stage: 'contact' });
    const promoter = await f.user('promoter');
    return { target, firm, ...(await deliveredMessage(ds, { recipientId: promoter.id, targetId: target.id, title: `${title} ${uniq()}` })) };
  };

  it(
    'clicking an inbox row opens the target and the message is read',
    async () => {
      const m = await message('跟进到期：收件箱测试');
      await page.goto(`${env.baseUrl}/#/notifications?filter=${encodeURIComponent('{"unread":true}')}`);
      await page.locator('[data-testid="unread-switch"] input:checked').waitFor();
      const row = page.locator('tbody tr', { hasText: m.title });
      await row.waitFor();
      await expect(row.locator('[data-state]').getAttribute('data-state')).resolves.toBe('unread');
      await shot(page, 'home-inbox');
      await row.getByText(m.title).click();
      await page.waitForURL(new RegExp(`#/targets/${m.target.id}/show$`));
      await page.getByTestId('target-page').getByText(m.firm.name).first().waitFor();
      expect(await readAt(m.id)).not.toBeNull();
      // Back in the inbox with only unread shown, it is gone.
      await page.goBack();
      await page.locator('.RaList-main, .RaList-noResults, [class*="RaEmpty"]').first().waitFor();
      await page.waitForLoadState('networkidle');
      await expect(page.locator('tbody tr', { hasText: m.title }).count()).resolves.toBe(0);
    },
    STEP_TIMEOUT,
  );

  it(
    'the bell lists the latest messages; one opens its target and is read; 全部已读 reads the rest',
    async () => {
      const first = await message('跟进提醒：铃铛测试');
      const bell = page.getByTestId('unread-badge');
      // The bell asks every 30 s; opening it shows what is there now.
      await page.goto(`${env.baseUrl}/#/`);
      await bell.click();
      const panel = page.getByTestId('bell-panel');
      await panel.getByText(first.title).waitFor();
      await shot(page, 'home-bell');
      await panel.getByText(first.title).click();
      await page.waitForURL(new RegExp(`#/targets/${first.target.id}/show$`));
      expect(await readAt(first.id)).not.toBeNull();

      const others = [await message('跟进到期：全部已读测试'), await message('跟进到期：全部已读测试')];
      await bell.click();
      await panel.getByText(others[1].title).waitFor();
      await panel.getByRole('button', { name: '全部已读', exact: true }).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="unread-badge"]')?.getAttribute('data-count') === '0');
      for (const o of others) expect(await readAt(o.id)).not.toBeNull();
      await page.keyboard.press('Escape');
      await page.getByTestId('bell-panel').waitFor({ state: 'detached' });
    },
    STEP_TIMEOUT,
  );

  it(
    'shows a message whose follow-up was done as 已解除, not unread',
    async () => {
      const m = await message('跟进到期：自动解除测试');
      const http = await env.api.as('promoter');
      // The message is about the target's open follow-up; a log that sets the next one closes it.
      const version = (await ds.getRepository(Target).findOneByOrFail({ id: m.target.id })).version;
      const set = await http
        .put(`/api/targets/${m.target.id}/follow-up`)
        .send({ at: new Date(Date.now() + DAY_MS).toISOString(), version })
        .expect(200);
      const [{ id: followUpId }] = await ds.query(`SELECT id FROM follow_up WHERE target_id = $1 AND state = 'open'`, [m.target.id]);
      await ds.query('UPDATE reminder SET follow_up_id = $2 WHERE id = $1', [m.reminderId, followUpId]);
      await http
        .post('/api/contact-logs')
        .send({ targetId: m.target.id, kind: 'visit', at: new Date().toISOString(), summary: '已按约走访（演示）' })
        .expect(201);
      await http.put(`/api/targets/${m.target.id}/follow-up`).send({ at: null, version: set.body.version }).expect(200);
      // Everything, not only unread (the list remembers the switch from the first test).
      await page.goto(`${env.baseUrl}/#/notifications?filter=${encodeURIComponent('{}')}`);
      const row = page.locator('tbody tr', { hasText: m.title });
      await row.waitFor();
      await expect(row.locator('[data-state]').getAttribute('data-state')).resolves.toBe('resolved');
      await expect(row.locator('[data-state]').textContent()).resolves.toBe('已解除');
    },
    STEP_TIMEOUT,
  );

  it(
    'the board fits 1366×768 with every column reachable',
    async () => {
      await page.goto(`${env.baseUrl}/#/pipeline`);
      await page.getByTestId('kanban-column-lost').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      for (const stage of ['lead', 'contact', 'signed', 'landed', 'paused', 'lost']) {
        const box = (await page.getByTestId(`kanban-column-${stage}`).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(1366);
      }
      await shot(page, 'home-board');
    },
    STEP_TIMEOUT,
  );

  it(
    'signing from the card menu shows the signed amount and changes the column total; 撤销 puts it back',
    async () => {
      const firm = await f.firm({ name: `中科海微看板测试${uniq()}`, demo: true });
      const target = await f.target({ firmId: firm.id, owner: 'promoter', stage: 'contact', expectedInvestment: 2000 });
      await page.goto(`${env.baseUrl}/#/pipeline`);
      await page.getByLabel('企业名称').fill(firm.name);
      await page
        .getByTestId('kanban-count-contact')
        .filter({ hasText: /^1 个$/ })
        .waitFor();
      await expect(page.getByTestId('kanban-total-signed').textContent()).resolves.toBe('合计 0 万元');
      await expect(page.getByTestId(`kanban-investment-${target.id}`).textContent()).resolves.toBe('预计 2,000 万元');

      await page.getByTestId(`kanban-menu-${target.id}`).click();
      await page.getByRole('menuitem', { name: /变更阶段/ }).click();
      await page.getByRole('menuitem', { name: '签约', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('签约投资额（万元）').fill('3000');
      await dialog.getByRole('button', { name: '确认' }).click();
      const signedCard = page.getByTestId('kanban-column-signed').getByTestId(`kanban-card-${target.id}`);
      await signedCard.waitFor();
      await expect(page.getByTestId(`kanban-investment-${target.id}`).textContent()).resolves.toBe('签约 3,000 万元');
      await page.getByTestId('kanban-total-signed').filter({ hasText: '合计 3,000 万元' }).waitFor();
      await page.getByTestId('undo-bar').waitFor();
      await shot(page, 'home-board-signed');

      await page.getByTestId('undo-move').click();
      await page.getByTestId('kanban-column-contact').getByTestId(`kanban-card-${target.id}`).waitFor();
      await page.getByTestId('kanban-total-signed').filter({ hasText: '合计 0 万元' }).waitFor();
      const saved = await ds.getRepository(Target).findOneByOrFail({ id: target.id });
      expect(saved).toMatchObject({ stage: 'contact', signedInvestment: null });
      const [last] = await ds.query('SELECT from_stage, to_stage, reason FROM stage_change WHERE target_id = $1 ORDER BY at DESC, id DESC LIMIT 1', [
        target.id,
      ]);
      expect(last).toEqual({ from_stage: 'signed', to_stage: 'contact', reason: '撤销' });
    },
    STEP_TIMEOUT,
  );
});

describe('each role’s home at 1366×768, in Chinese and English', () => {
  it.each([
    ['leader', 'cockpit'],
    ['chain', 'chain-home'],
    ['admin', 'admin-home'],
    ['promoter', 'my-todo'],
  ])(
    '%s opens on their own home (%s), the cockpit one menu entry away',
    async (user, testId) => {
      if (user === 'chain') {
        const chain = await f.chain({ name: `首页测试产业链${uniq()}` });
        await f.chainLink({ chainId: chain.id, name: `缺口环节${uniq()}` });
        await f.manageChain('chain', chain.id);
      }
      for (const [lang, context] of [
        ['zh', await newContext(env, { viewport: { width: 1366, height: 768 } })],
        ['en', await englishContext(env, { viewport: { width: 1366, height: 768 } })],
      ] as const) {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('response', (r) => r.url().includes('/api/') && r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
        await login(page, env.baseUrl, user);
        await page.getByTestId(testId).waitFor();
        await homeDrawn(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        if (user === 'leader') {
          // The heading keeps one line beside the period select, in both languages.
          const heading = page.getByTestId('cockpit-heading');
          const lineHeight = await heading.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
          expect((await heading.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
        }
        await expect(
          page
            .locator('header')
            .getByText(lang === 'zh' ? '工作台' : 'Workbench', { exact: true })
            .count(),
        ).resolves.toBe(1);
        await shotScreen(page, `home-${user}-${lang}`);
        await page
          .locator('.RaSidebar-fixed, .MuiDrawer-root')
          .first()
          .getByText(lang === 'zh' ? '驾驶舱' : 'Cockpit', { exact: true })
          .click();
        await page.getByTestId('cockpit').waitFor();
        expect(errors).toEqual([]);
        await context.close();
      }
    },
    STEP_TIMEOUT,
  );

  it(
    'promoter on a phone (390×844) gets 今日待办',
    async () => {
      const context = await newContext(env, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await login(page, env.baseUrl, 'promoter');
      await page.getByTestId('phone-home').waitFor();
      await homeDrawn(page);
      await shotScreen(page, 'home-promoter-phone');
      await context.close();
    },
    STEP_TIMEOUT,
  );
});
