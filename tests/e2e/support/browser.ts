import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, onTestFinished } from 'vitest';
import type { Me } from '../../../src/contracts/auth';
import { demoAccounts, demoPassword } from '../../../src/server/org/seed/demoRoster';
import { chromiumPath, screenshotDir } from './paths';

export { demoAccounts, demoPassword };
export type DemoEmail = (typeof demoAccounts)[keyof typeof demoAccounts];

export const desktop = { width: 1280, height: 800 } as const;
export const phone = { width: 390, height: 844 } as const;
/** The wide desktop the product walk-throughs are judged at. */
export const wide = { width: 1440, height: 900 } as const;
export type Viewport = { readonly width: number; readonly height: number };

/** Headless Debian Chromium, driven by playwright-core (no downloaded browsers). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * One browser for the whole test file: launched before its first test, closed after its last.
 * Returns a getter, since the browser exists only once `beforeAll` has run.
 */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet: call it inside a test');
    return browser;
  };
}

export function baseURL(): string {
  return inject('baseURL');
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions thrown in the page. */
  pageErrors: string[];
  /** Fails the test if the page threw, then closes the context. */
  close(): Promise<void>;
}

/** A fresh browser context (own cookies and storage) with one page, in English. */
export async function openSession(browser: Browser, viewport: Viewport = desktop): Promise<Session> {
  const isPhone = viewport.width < 600;
  const context = await browser.newContext({
    baseURL: baseURL(),
    viewport,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    isMobile: isPhone,
    hasTouch: isPhone,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`));
  // Whatever happens, the context goes; a failed test leaves a screenshot of where it stopped.
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail' && !page.isClosed()) {
      const name = `FAILED ${task.name}`.replace(/[^a-z0-9@.-]+/gi, '-').slice(0, 120);
      await page
        .screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true })
        .catch(() => undefined);
    }
    await context.close();
  });
  return {
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      expect(pageErrors, `uncaught errors in the page:\n${pageErrors.join('\n')}`).toEqual([]);
    },
  };
}

/** The main navigation landmark (the app shell's side bar). */
export const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });
/** The button in the header that opens the account menu. */
export const userMenuButton = (page: Page) => page.getByRole('button', { name: /account menu/i });

/** Signs in through the login form, as a person would, and waits for the signed-in shell. */
export async function loginAs(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  await userMenuButton(page).waitFor();
}

/**
 * Signs in through the API inside the page's context (the session cookie lands in the context):
 * quicker than the form, for tests whose subject is another page.
 */
export async function signIn(page: Page, email: string): Promise<Me> {
  const response = await page.request.post('/api/auth/login', { data: { email, password: demoPassword } });
  expect(response.status(), `login of ${email}: ${await response.text()}`).toBe(200);
  return (await response.json()) as Me;
}

/** `GET /api/auth/me` from inside the page, with the page's cookies. */
export async function fetchMe(page: Page): Promise<Me> {
  const result = await page.evaluate(async () => {
    const response = await fetch('/api/auth/me', { credentials: 'same-origin' });
    return { status: response.status, body: await response.text() };
  });
  expect(result.status, `GET /api/auth/me: ${result.body}`).toBe(200);
  return JSON.parse(result.body) as Me;
}

/** Opens a path and waits until the page has loaded its data (no skeletons or spinners left). */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await settle(page);
}

export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.mantine-Skeleton-root, .mantine-Loader-root, [aria-busy="true"]')
    .first()
    .waitFor({ state: 'hidden' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * A screenshot in test-results/screenshots/<name>.png: the whole page from the top, or with
 * `viewport`, what is on screen now (for a scrolled-to spot, or an open overlay).
 */
export async function screenshot(
  page: Page,
  name: string,
  area: 'page' | 'viewport' = 'page',
): Promise<string> {
  const path = join(screenshotDir, `${name}.png`);
  // The header and side bar are fixed: a full-page capture of a scrolled page draws them mid-page.
  if (area === 'page') await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: area === 'page', animations: 'disabled', caret: 'hide' });
  return path;
}
