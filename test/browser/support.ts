import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { startApi, type TestApi } from '../support/api';

/** Debian's chromium, never a downloaded browser (scripts/browser-prereqs.cjs installs it). */
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

export interface BrowserEnv {
  api: TestApi;
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** The real API (serving the built backoffice) on a free port, and a headless Chromium. */
export async function startBrowserEnv(): Promise<BrowserEnv> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const api = await startApi();
  await api.app.listen(0, '127.0.0.1');
  const { port } = api.app.getHttpServer().address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    api,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await api.close();
    },
  };
}

/**
 * A fresh browser profile (cold cache, empty localStorage), Chinese, desktop-sized. Waits get 60 s:
 * the suite shares the machine with other Jest workers.
 */
export async function newContext(env: BrowserEnv, opts: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await env.browser.newContext({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 }, ...opts });
  context.setDefaultTimeout(60_000);
  return context;
}

/** Signs in through the login form and waits for the app shell. */
export async function login(page: Page, baseUrl: string, username: string, password = 'Demo@2025'): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.getByTestId('unread-badge').waitFor();
}

/** Picks an option of a react-admin AutocompleteInput by typing part of it. */
export async function pickAutocomplete(page: Page, label: string | RegExp, typed: string, option: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

export type Locale = 'zh-CN' | 'en';

/**
 * Waits until an element has finished entering: nothing in it animates (CSS transitions and
 * animations included) and each of its children is fully opaque (MUI's Fade on a dialog's backdrop
 * and container). A condition, not a sleep: a screenshot then never catches a fade halfway.
 */
export async function settled(target: Locator): Promise<void> {
  await target.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        const still = () =>
          !el.getAnimations({ subtree: true }).some((a) => a.playState === 'running' || a.pending) &&
          [...el.children].every((c) => getComputedStyle(c).opacity === '1');
        const check = () => (still() ? resolve() : requestAnimationFrame(check));
        check();
      }),
  );
}

/** A context in the given UI language (the backoffice keeps the choice in localStorage). */
export async function localeContext(e: BrowserEnv, locale: Locale, viewport = { width: 1366, height: 768 }): Promise<BrowserContext> {
  const context = await newContext(e, { viewport, locale });
  await context.addInitScript((l) => localStorage.setItem('crm.locale', l), locale);
  return context;
}

/** Signs in through the form, whatever the language, and waits for the app shell. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill('Demo@2025');
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('unread-badge').waitFor();
}

/** What fits on the screen (no scrolling): the first screen a person sees. */
export const shotScreen = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });

/** A context that opens the backoffice in English (the language choice is kept in localStorage). */
export async function englishContext(env: BrowserEnv, opts: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await newContext(env, opts);
  await context.addInitScript(() => localStorage.setItem('crm.locale', 'en'));
  return context;
}
