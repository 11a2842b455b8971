import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { localeContext, signIn, startBrowserEnv, type BrowserEnv, type Locale } from './support';

/**
 * Every menu page of every role at 1366×768, in Chinese and in English. A page fails on:
 * page-level horizontal overflow, a console error, a failed request, Han characters in the
 * English UI's chrome (menus, headers, buttons, labels, tabs, titles, chips) or English words in the
 * Chinese chrome. Data is not chrome: table cells (td), inputs and anything marked [data-value]
 * are skipped. Each problem names the role, locale, page and the offending text.
 */
const ROLES = ['admin', 'leader', 'chain', 'promoter'] as const;
type Role = (typeof ROLES)[number];
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
  'nav, header, th, button, label, legend, [role="tab"], [role="menuitem"], h1, h2, h3, h4, h5, h6, .MuiTypography-h5, .MuiTypography-h6, .MuiTypography-subtitle1, .MuiTypography-subtitle2, .MuiAlert-message, .MuiFormHelperText-root, .MuiChip-label';
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

/** The innermost elements that reach past the window's right edge, so an overflow names its cause. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const past = Array.from(document.body.querySelectorAll('*')).filter((el) => el.getBoundingClientRect().right > width + 0.5);
    return past
      .filter((el) => !past.some((other) => other !== el && el.contains(other)))
      .slice(0, 3)
      .map((el) => {
        const id = el.getAttribute('data-testid') ?? String(el.className).split(' ')[0];
        return `${el.tagName.toLowerCase()}${id ? `.${id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" right ${Math.round(el.getBoundingClientRect().right)}`;
      })
      .join('; ');
  });

/** A list page has rows, or says it is empty. */
const LIST = ['.RaDatagrid-row, .RaEmpty-message, .RaList-noResults, .RaList-content .MuiCardContent-root'];
/** A chart is drawn (useECharts marks it once ECharts has finished, animations included). */
const CHARTS = '[data-testid="cockpit-chart"][data-rendered="true"]';
/**
 * What each page shows once its code and its data are in: every selector must match. A menu page
 * missing here fails the test, so a new page brings its marker with it.
 */
const MARKERS: Record<string, string[]> = {
  '#/cockpit': [CHARTS],
  '#/pipeline': ['[data-testid="kanban-column-lost"]'],
  '#/chain-map': ['[data-testid="chain-map"] .MuiAlert-root, [data-testid="chain-summary"]'],
  '#/gaps': ['[data-testid="gap-count"]'],
  '#/kpis': ['[data-testid="kpi-table"]'],
  '#/import': ['[data-testid="import-file"]'],
  '#/registry-import': ['[data-testid="registry-file"]'],
  '#/firm-duplicates': ['[data-testid="duplicate-group"], [data-testid="duplicates-none"]'],
  '#/fit-weights': ['[data-testid="plan-weights"]'],
};
const HOME: Record<Role, string[]> = {
  admin: ['[data-testid="admin-home"] [data-testid^="admin-"]'],
  leader: [CHARTS],
  chain: ['[data-testid="chain-home"]', '[data-testid="todo-overdue"]'],
  promoter: ['[data-testid="todo-overdue"]', CHARTS],
};
/** Still loading: skeletons, indeterminate progress, react-admin's page spinner and app-bar loader, a chart still drawing. */
const BUSY =
  '.MuiSkeleton-root, .MuiLinearProgress-indeterminate, .MuiLinearProgress-query, .MuiCircularProgress-indeterminate, .RaLoading-root, .RaLoadingIndicator-loader, [data-rendered="false"]';

const markerFor = (role: Role, href: string): string[] | undefined =>
  href === '#/' ? HOME[role] : (MARKERS[href.split('?')[0]] ?? (/^#\/[a-z-]+$/.test(href) ? LIST : undefined));

/** Requests the page has started and not yet finished (API calls and lazy chunks alike). */
function inFlight(page: Page) {
  let open = 0;
  let started = 0;
  let waiters: (() => void)[] = [];
  page.on('request', () => {
    open++;
    started++;
  });
  const done = () => {
    if (--open > 0) return;
    for (const w of waiters) w();
    waiters = [];
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    started: () => started,
    idle: (): Promise<void> => (open <= 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}
type Network = ReturnType<typeof inFlight>;

const PAGE_TIMEOUT = 30_000;

/**
 * Waits until the page shows its own content, nothing on it is still loading and no request is
 * open; a request started meanwhile (a reference field's lookup, a lazy chart chunk) sends it
 * round again. A page that never gets there is reported, not waited for.
 */
async function settle(page: Page, marker: string[], net: Network): Promise<string | null> {
  const deadline = Date.now() + PAGE_TIMEOUT;
  for (;;) {
    const before = net.started();
    try {
      await page.waitForFunction(
        ([all, busy]) => {
          const shown = (el: Element) => el instanceof HTMLInputElement || (el as HTMLElement).checkVisibility();
          const ready = (sel: string) => Array.from(document.querySelectorAll(sel)).some(shown);
          return all.every(ready) && !ready(busy);
        },
        [marker, BUSY] as const,
        { timeout: Math.max(1, deadline - Date.now()) },
      );
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([net.idle(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('requests still open')), deadline - Date.now())))]);
      clearTimeout(timer);
      // React starts a rendered component's queries in its effects, just after the frame it drew.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    } catch {
      const missing = await page.evaluate(
        ([all, busy]) => [
          ...all.filter((sel) => !document.querySelector(sel)),
          ...Array.from(document.querySelectorAll(busy)).map((b) => `busy: ${b.className}`),
        ],
        [marker, BUSY] as const,
      );
      return `never finished loading in ${PAGE_TIMEOUT / 1000} s (${missing.join('; ') || 'requests still open'})`;
    }
    if (net.started() === before) return null;
  }
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
      const net = inFlight(page);
      await signIn(page, env.baseUrl, role);
      const hrefs = await page
        .locator('.RaSidebar-fixed a[href^="#/"], nav a[href^="#/"]')
        .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
      expect(hrefs.length).toBeGreaterThan(3);
      for (const href of hrefs) {
        where = href;
        await page.goto(`${env.baseUrl}/${href}`);
        const marker = markerFor(role, href);
        if (!marker) {
          problems.push(`${role} ${locale} ${href}: no content marker known for this page (add it to MARKERS)`);
          continue;
        }
        const unfinished = await settle(page, marker, net);
        if (unfinished) {
          problems.push(`${role} ${locale} ${href}: ${unfinished}`);
          continue;
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${role} ${locale} ${href}: page scrolls sideways by ${overflow}px (${await overflowing(page)})`);
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
