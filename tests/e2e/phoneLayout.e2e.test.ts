import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
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
  wide,
} from './support/browser';
import { type AppPage, appPages, openAppPage } from './support/pages';

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

  describe('screenshots of every page: nothing wider than the phone, no badge cut short', () => {
    for (const target of appPages) {
      test(`${target.name} as ${target.as ?? 'signed out'}`, async () => {
        const session = await openSession(browser, phone);
        await openAppPage(session.page, target);
        await screenshot(session.page, `${target.name}-phone`, target.screenshot);
        const width = await session.page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
        expect(width, 'the page scrolls sideways at phone width').toBeLessThanOrEqual(phone.width);
        expect(await truncatedBadges(session.page), 'badges that do not show their whole label').toEqual([]);
        await session.close();
      });
    }
  });

  test('Home shows Now and Next as tabs that work with the keyboard', async () => {
    const session = await openSession(browser, phone);
    const { page } = session;
    await openAppPage(page, home);
    const tablist = page.getByRole('tablist', { name: 'Now and Next' });
    const now = tablist.getByRole('tab', { name: 'Now' });
    const next = tablist.getByRole('tab', { name: 'Next' });
    expect(await now.getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('half-now').isVisible()).toBe(true);
    expect(await page.getByTestId('half-next').isVisible()).toBe(false);
    // The Next half starts right under the tabs, not below everything the Now half holds.
    const tabsBottom = (await tablist.boundingBox())!.y;
    expect(tabsBottom).toBeLessThan(phone.height);

    await now.focus();
    await page.keyboard.press('ArrowRight');
    expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => next.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByTestId('half-next').isVisible()).toBe(true);
    expect(await page.getByTestId('half-now').isVisible()).toBe(false);
    const panel = page.getByRole('tabpanel', { name: 'Next' });
    await panel.waitFor();
    await settle(page);
    await screenshot(page, 'home-next-tab-phone', 'viewport');
    await expectNoBlockingViolations(page, 'home, Next tab (phone)');
    await session.close();
  });

  test('at desktop size Home shows the two halves side by side, without tabs', async () => {
    const session = await openSession(browser, wide);
    const { page } = session;
    await openAppPage(page, home);
    expect(await page.getByRole('tablist', { name: 'Now and Next' }).count()).toBe(0);
    const nowBox = (await page.getByTestId('half-now').boundingBox())!;
    const nextBox = (await page.getByTestId('half-next').boundingBox())!;
    expect(nextBox.x).toBeGreaterThan(nowBox.x + nowBox.width - 1);
    expect(Math.abs(nextBox.y - nowBox.y)).toBeLessThan(2);
    await session.close();
  });
});

const home = pageNamed('home');
const profileAsHr = pageNamed('profile-as-hr');
const goals = pageNamed('performance-goals');

function pageNamed(name: string): AppPage {
  const found = appPages.find((target) => target.name === name);
  if (!found) throw new Error(`no app page ${name}`);
  return found;
}

/**
 * Badges whose label does not fit (ends in "…" or is clipped): a badge shows its whole label,
 * wrapping inside the badge if it must. Badges scrolled out of sight in a scroll container count too.
 */
function truncatedBadges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.mantine-Badge-root')]
      .filter((badge) => badge.getClientRects().length > 0)
      .flatMap((badge) => {
        const label = badge.querySelector<HTMLElement>('.mantine-Badge-label') ?? badge;
        const cut =
          label.scrollWidth > label.clientWidth + 1 ||
          badge.scrollWidth > badge.clientWidth + 1 ||
          getComputedStyle(label).textOverflow === 'ellipsis';
        return cut ? [`"${badge.textContent?.trim()}" (${label.scrollWidth} > ${label.clientWidth} px)`] : [];
      }),
  );
}

describe('the profile page asks only for what exists for the viewer', () => {
  const viewers: AppPage[] = [
    profileAsHr,
    pageNamed('profile-own'),
    { name: 'profile-as-manager', as: 'manager', path: profileAsHr.path },
    { name: 'profile-as-coach', as: 'coach', path: profileAsHr.path },
  ];
  for (const target of viewers) {
    test(`${target.name}: no request answers 404`, async () => {
      const session = await openSession(browser, desktop);
      const notFound: string[] = [];
      session.page.on('response', (response) => {
        if (response.status() === 404) notFound.push(new URL(response.url()).pathname);
      });
      await openAppPage(session.page, target);
      await session.page.waitForTimeout(300);
      await settle(session.page);
      expect(notFound, 'requests that answered 404').toEqual([]);
      await session.close();
    });
  }

  test('HR reads who can see feedback from where HR stands, and that growth records are private', async () => {
    const session = await openSession(browser, desktop);
    const { page } = session;
    await openAppPage(page, profileAsHr);
    const seenBy = await page.getByTestId('feedback-seen-by').allTextContents();
    expect(seenBy.length).toBeGreaterThan(0);
    for (const text of seenBy) expect(text).not.toMatch(/the recipient and their managers/i);
    expect(seenBy.some((text) => /their managers and HR/.test(text))).toBe(true);
    expect(await page.getByTestId('growth-private').isVisible()).toBe(true);
    await session.close();
  });
});

describe('Home, Goals and a profile at phone (390) and wide (1440)', () => {
  for (const [size, viewport] of [
    ['phone', phone],
    ['wide', wide],
  ] as const) {
    for (const target of [home, goals, profileAsHr]) {
      test(`${target.name} (${size}): screenshot, no sideways scroll, no cut badges, axe clean`, async () => {
        const session = await openSession(browser, viewport);
        await openAppPage(session.page, target);
        await screenshot(session.page, `${target.name}-${size}`);
        const width = await session.page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
        expect(width).toBeLessThanOrEqual(viewport.width);
        expect(await truncatedBadges(session.page)).toEqual([]);
        await expectNoBlockingViolations(session.page, `${target.name} (${size})`);
        await session.close();
      });
    }
  }
});
