import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { localeContext, signIn, startBrowserEnv, type BrowserEnv, type Locale } from './support';

/**
 * Every menu page of every role at 1366×768, in Chinese and in English. A page fails on:
 * page-level horizontal overflow, a console error, a failed request, Han characters in the
 * English UI's chrome (menus, headers, buttons, labels, tabs, titles) or English words in the
 * Chinese chrome. Data is not chrome: table cells (td), inputs and anything marked [data-value]
 * are skipped. Each problem names the role, locale, page and the offending text.
 */
const ROLES = ['admin', 'leader', 'chain', 'promoter'] as const;
const LOCALES: Locale[] = ['zh-CN', 'en'];
/** Codes and names that stay as they are in Chinese mode. Keep this short. */
const ALLOWED_LATIN = new Set([
  'CAD',
  'CAE',
  'CAT',
  'EDA',
  'MES',
  'CRM',
  'KPI',
  'ID',
  'PDF',
  'Excel',
  'CSV',
  'English',
  'P90',
  'URL',
  'WeChat',
  'Webhook',
  'SMTP',
  'HQ',
]);
const CHROME =
  'nav, header, th, button, label, legend, [role="tab"], [role="menuitem"], h1, h2, h3, h4, h5, h6, .MuiTypography-h5, .MuiTypography-h6, .MuiTypography-subtitle1, .MuiTypography-subtitle2, .MuiAlert-message, .MuiFormHelperText-root';
const DATA = '[data-value], td, input, textarea, .RaUserMenu-userButton, .MuiSelect-select, [role="combobox"]';

/** Language names are shown in their own script in the switcher, whatever the UI language. */
const LANGUAGE_NAMES = new Set(['简体中文', 'English']);
let env: BrowserEnv;

/** The chrome's text, data excepted, as one string per element. */
const chromeTexts = (page: Page) =>
  page.evaluate(
    ([chrome, data]) => {
      const out: string[] = [];
      for (const el of Array.from(document.querySelectorAll(chrome))) {
        if (el.closest(data) && !el.matches('th')) continue;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const parent = n.parentElement;
          if (!parent || parent.closest(data) || !parent.checkVisibility?.()) continue;
          parts.push(n.textContent ?? '');
        }
        const text = parts.join(' ').replace(/\s+/g, ' ').trim();
        if (text) out.push(text);
      }
      return [...new Set(out)];
    },
    [CHROME, DATA] as const,
  );

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.MuiCircularProgress-root, .RaLoading-root')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined);
}

describe('every menu page of every role', () => {
  beforeAll(async () => {
    env = await startBrowserEnv();
  }, 180_000);
  afterAll(async () => {
    await env?.close();
  });

  it.each(ROLES.flatMap((role) => LOCALES.map((locale) => [role, locale] as const)))(
    '%s in %s',
    async (role, locale) => {
      const context = await localeContext(env, locale);
      const page = await context.newPage();
      const problems: string[] = [];
      let where = 'login';
      page.on('console', (m) => m.type() === 'error' && problems.push(`${role} ${locale} ${where}: console error: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`${role} ${locale} ${where}: page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`${role} ${locale} ${where}: request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`${role} ${locale} ${where}: ${r.status()} ${r.request().method()} ${r.url()}`));
      await signIn(page, env.baseUrl, role);
      const hrefs = await page
        .locator('.RaSidebar-fixed a[href^="#/"], nav a[href^="#/"]')
        .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
      expect(hrefs.length).toBeGreaterThan(3);
      for (const href of hrefs) {
        where = href;
        await page.goto(`${env.baseUrl}/${href}`);
        await settle(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${role} ${locale} ${href}: page scrolls sideways by ${overflow}px`);
        for (const text of (await chromeTexts(page)).filter((t) => !LANGUAGE_NAMES.has(t))) {
          if (locale === 'en' && /\p{Script=Han}/u.test(text)) problems.push(`${role} ${locale} ${href}: Chinese in English UI: "${text}"`);
          if (locale === 'zh-CN') {
            const words = (text.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).filter((w) => !ALLOWED_LATIN.has(w));
            if (words.length) problems.push(`${role} ${locale} ${href}: English in Chinese UI: "${text}" (${words.join(', ')})`);
          }
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    },
    600_000,
  );
});
