import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  demoAccounts,
  desktop,
  launchBrowser,
  loginAs,
  mainNavigation,
  openSession,
  phone,
  screenshot,
  settle,
} from './support/browser';
import { appPages, openAppPage } from './support/pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether any part of the element lies inside the viewport (the collapsed navbar is moved off-screen). */
async function onScreen(locator: Locator, page: Page): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.x + box.width > 1 && box.x < viewport.width && box.y < viewport.height && box.y + box.height > 0;
}

const openButton = (page: Page) => page.getByRole('button', { name: 'Open navigation' });
const closeButton = (page: Page) => page.getByRole('button', { name: 'Close navigation' });

describe('phone layout (390×844)', () => {
  test('the navigation collapses behind a burger button that opens and closes it', async () => {
    const session = await openSession(browser, phone);
    const { page } = session;
    await loginAs(page, demoAccounts.manager);
    await settle(page);
    const nav = mainNavigation(page);

    await openButton(page).waitFor();
    expect(await openButton(page).getAttribute('aria-expanded')).toBe('false');
    expect(await onScreen(nav, page), 'navigation hidden until the burger is pressed').toBe(false);
    await screenshot(page, 'phone-navigation-closed', 'viewport');

    await openButton(page).click();
    await closeButton(page).waitFor();
    expect(await closeButton(page).getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => onScreen(nav, page)).toBe(true);
    await nav.getByRole('link', { name: 'Team' }).waitFor();
    await screenshot(page, 'phone-navigation-open', 'viewport');

    // Choosing an area navigates and folds the menu away again.
    await nav.getByRole('link', { name: 'People' }).click();
    await page.waitForURL((url) => url.pathname === '/people');
    await expect.poll(() => onScreen(nav, page)).toBe(false);
    expect(await openButton(page).getAttribute('aria-expanded')).toBe('false');
    await session.close();
  });

  test('the collapsed navigation is not in the keyboard tab order', async () => {
    const session = await openSession(browser, phone);
    const { page } = session;
    await loginAs(page, demoAccounts.employee);
    await settle(page);
    await openButton(page).waitFor();
    // Tab from the top of the page through the header into the content.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const focusedInNav: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const inNav = await page.evaluate(() => {
        const active = document.activeElement;
        return active?.closest('#app-navigation') ? (active.textContent ?? active.tagName).trim() : null;
      });
      if (inNav) focusedInNav.push(inNav);
    }
    expect(focusedInNav, 'links of the hidden, off-screen navigation received keyboard focus').toEqual([]);
    await session.close();
  });

  test('at desktop size the navigation is always shown and there is no burger', async () => {
    const session = await openSession(browser, desktop);
    const { page } = session;
    await loginAs(page, demoAccounts.employee);
    expect(await onScreen(mainNavigation(page), page)).toBe(true);
    expect(await openButton(page).isVisible()).toBe(false);
    await session.close();
  });

  describe('screenshots of every page', () => {
    for (const target of appPages) {
      test(`${target.name} as ${target.as ?? 'signed out'}`, async () => {
        const session = await openSession(browser, phone);
        await openAppPage(session.page, target);
        await screenshot(session.page, `${target.name}-phone`, target.screenshot);
        const width = await session.page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, 'the page scrolls sideways at phone width').toBeLessThanOrEqual(phone.width);
        await session.close();
      });
    }
  });
});
