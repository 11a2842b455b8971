import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Target } from '@crm/pipeline';
import { factories, uniq, type Factories } from '../support/factories';
import { login, newContext, shot, startBrowserEnv, type BrowserEnv } from './support';

/**
 * A promoter's day in Chromium at 1366×768 (issue 14): the timeline is what happened, with the
 * open follow-up shown apart at the top.
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

  it('logs a visit with a follow-up in a week: no reminder on the timeline, the date at the top', async () => {
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
    await page.getByTestId('next-follow-up').filter({ hasText: shanghaiText(next) }).waitFor();
    await expect(page.getByTestId('next-follow-up').textContent()).resolves.toBe(`下次跟进 ${shanghaiText(next)}`);
    // The follow-up's reminders exist, scheduled; none of them has happened, so none is on the timeline.
    const scheduled: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM reminder WHERE target_id = $1 AND state = 'scheduled'`, [target.id]);
    expect(scheduled[0].n).toBeGreaterThan(0);
    await expect(page.getByTestId('timeline').locator('[data-kind="reminder"]').count()).resolves.toBe(0);
    expect((await ds.getRepository(Target).findOneByOrFail({ id: target.id })).nextFollowUpAt?.getTime()).toBe(next.getTime());
    await shot(page, 'home-timeline-follow-up');
  }, STEP_TIMEOUT);
});
