import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { ContactLog, Target } from '@crm/pipeline';
import { factories, uniq } from '../support/factories';
import { login, newContext, shot, startBrowserEnv, type BrowserEnv } from './support';

/**
 * The promoter in a car park: a phone (390×844, touch) logs a visit from 今日待办, moves a stage
 * from the board's card action, and no promoter or leader page scrolls sideways as a whole.
 */
const STEP_TIMEOUT = 240_000;
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let env: BrowserEnv;
let ds: DataSource;

beforeAll(async () => {
  env = await startBrowserEnv();
  ds = env.api.app.get(DataSource);
}, 120_000);

afterAll(async () => {
  await env?.close();
});

async function phone(username: string, locale = 'zh-CN'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(env, { ...PHONE, locale });
  const page = await context.newPage();
  await login(page, env.baseUrl, username);
  return { context, page };
}

/**
 * Page-level horizontal overflow: how much wider than the phone the document is (a scroller inside
 * the page is fine). Measured against the device width: a mobile browser widens its layout viewport
 * (innerWidth) to fit wide content and zooms out, so innerWidth would hide the overflow.
 */
const overflow = (page: Page) => page.evaluate((w) => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - w, PHONE.viewport.width);

/** The outermost elements that stick out to the right, to say what to fix. */
const widest = (page: Page) =>
  page.evaluate((w) => {
    const out = [...document.querySelectorAll('body *')].filter(
      (e) => e.getBoundingClientRect().right > w + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1),
    );
    return out
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 3).join('.')}`)
      .join(', ');
  }, PHONE.viewport.width);

/** A follow-up due at the given offset from now, with a firm name that says what the test is. */
async function dueTarget(label: string, inMinutes: number) {
  const f = factories(ds);
  const firm = await f.firm({ name: `${label}${uniq()}` });
  return f.target({ firmId: firm.id, owner: 'promoter', nextFollowUpAt: new Date(Date.now() + inMinutes * 60_000), expectedInvestment: 12000 });
}

describe('the promoter on a phone', () => {
  it(
    'logs a visit from 今日待办 in four taps and finds it in the timeline',
    async () => {
      const target = await dueTarget('停车场走访科技', -60);
      const { context, page } = await phone('promoter');
      await page.getByTestId('phone-home').waitFor();
      await shot(page, 'phone-home-zh');
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      const firmName = (await ds.query(`SELECT f.name FROM firm f JOIN target t ON t.firm_id = f.id WHERE t.id = $1`, [target.id]))[0].name as string;
      let taps = 0;
      const tap = async (l: ReturnType<Page['locator']>) => {
        taps++;
        await l.tap();
      };
      await tap(page.getByTestId('todo-item').filter({ hasText: firmName })); // 1: the firm in 今日待办
      await page.getByTestId('log-composer').waitFor();
      await shot(page, 'phone-target-zh');
      await tap(page.getByTestId('log-summary')); // 2: the summary field
      await page.keyboard.type('走访总部，对方愿意来渝中考察');
      await tap(page.getByRole('radio', { name: '+1 周' })); // 3: next follow-up in one tap
      await tap(page.getByTestId('log-save')); // 4: save
      expect(taps).toBeLessThanOrEqual(4);
      await page.getByTestId('timeline').getByText('走访总部，对方愿意来渝中考察').waitFor();
      expect(await ds.getRepository(ContactLog).countBy({ targetId: target.id })).toBe(1);
      const after = await ds.getRepository(Target).findOneByOrFail({ id: target.id });
      expect(after.nextFollowUpAt!.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await shot(page, 'phone-target-logged-zh');
      await context.close();
    },
    STEP_TIMEOUT,
  );

  it(
    'changes a stage through the card action on the stage tabs',
    async () => {
      const target = await dueTarget('看板阶段变更', 600);
      const firmName = (await ds.query(`SELECT f.name FROM firm f JOIN target t ON t.firm_id = f.id WHERE t.id = $1`, [target.id]))[0].name as string;
      const { context, page } = await phone('promoter');
      await page.goto(`${env.baseUrl}/#/pipeline`);
      await page.getByTestId('phone-card').first().waitFor();
      const card = page.locator(`[data-testid="phone-card"][data-target-id="${target.id}"]`);
      // the lead tab lists at most a page; new targets are first by activity, else load more
      while (!(await card.count())) await page.getByRole('button', { name: '加载更多' }).tap();
      await card.scrollIntoViewIfNeeded();
      await shot(page, 'phone-board-zh');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await card.getByTestId('stage-action').tap();
      await page.getByRole('button', { name: '接洽' }).tap();
      await page.getByTestId('stage-tab-contact').tap();
      await page.locator(`[data-testid="phone-card"][data-target-id="${target.id}"]`).waitFor();
      expect((await ds.getRepository(Target).findOneByOrFail({ id: target.id })).stage).toBe('contact');
      await context.close();
      void firmName;
    },
    STEP_TIMEOUT,
  );
});

describe('the promoter on a phone, in English', () => {
  it(
    'switches language from the app bar icon; home, target page and board fit the phone',
    async () => {
      const t = await dueTarget('English check', 90);
      const { context, page } = await phone('promoter');
      await page.getByTestId('phone-locale').tap();
      await page.getByText('To do today').first().waitFor();
      await shot(page, 'phone-home-en');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.goto(`${env.baseUrl}/#/targets/${t.id}/show`);
      await page.getByRole('heading', { name: 'Log a contact' }).waitFor();
      await page.getByRole('radio', { name: '+1 month' }).waitFor();
      await shot(page, 'phone-target-en');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.goto(`${env.baseUrl}/#/pipeline`);
      await page.getByTestId('phone-card').first().waitFor();
      await shot(page, 'phone-board-en');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await context.close();
    },
    STEP_TIMEOUT,
  );
});

/** Every screen a promoter or a leader opens, at 390 px: none wider than the phone. */
describe('no page-level horizontal overflow at 390 px', () => {
  const SCREENS = [
    '/',
    '/pipeline',
    '/chain-map',
    '/targets',
    '/contact-logs',
    '/firms',
    '/chains',
    '/chain-links',
    '/plans',
    '/kpi-targets',
    '/carriers',
    '/notifications',
  ];
  it.each([
    ['promoter', ['/targets/create', '/firms/create']],
    ['leader', ['/users', '/teams']],
  ])(
    '%s',
    async (username, own) => {
      const t = await dueTarget('横向滚动检查', 120);
      const { context, page } = await phone(username as string);
      const wide: string[] = [];
      for (const path of [
        ...SCREENS,
        ...(own as string[]),
        `/targets/${t.id}/show`,
        `/firms/${t.firmId}/show`,
        ...(username === 'promoter' ? [`/targets/${t.id}`] : []),
      ]) {
        await page.goto(`${env.baseUrl}/#${path}`);
        await page.waitForLoadState('networkidle');
        await page.locator('#react-admin-title').waitFor();
        const px = await overflow(page);
        if (px > 0) wide.push(`${path} +${px}px: ${await widest(page)}`);
        await shot(page, `phone-${username}${path.replace(/[/:]+/g, '-').replace(/-$/, '') || '-home'}`);
      }
      expect(wide).toEqual([]);
      await context.close();
    },
    STEP_TIMEOUT,
  );
});
