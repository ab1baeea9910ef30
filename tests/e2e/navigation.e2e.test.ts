import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NavigationArea } from '../../src/contracts/auth';
import {
  demoAccounts,
  fetchMe,
  launchBrowser,
  loginAs,
  mainNavigation,
  openSession,
  screenshot,
  settle,
  userMenuButton,
} from './support/browser';

/** The link text of every navigation entry. */
const navLabel: Record<NavigationArea | 'people' | 'orgChart', string> = {
  home: 'Home',
  performance: 'Performance',
  growth: 'Growth',
  team: 'Team',
  insights: 'Insights',
  admin: 'Admin',
  people: 'People',
  orgChart: 'Org chart',
};

/** What each demo login must (and must not) see, on top of what the server says. */
const personas: { email: string; sees: NavigationArea[]; doesNotSee: NavigationArea[] }[] = [
  {
    email: demoAccounts.employee,
    sees: ['home', 'performance', 'growth'],
    doesNotSee: ['team', 'insights', 'admin'],
  },
  { email: demoAccounts.manager, sees: ['home', 'team', 'insights'], doesNotSee: ['admin'] },
  { email: demoAccounts.hr, sees: ['home', 'insights', 'admin'], doesNotSee: [] },
  { email: demoAccounts.approver, sees: ['home', 'insights'], doesNotSee: ['admin'] },
  { email: demoAccounts.coach, sees: ['home'], doesNotSee: ['admin', 'insights'] },
  { email: demoAccounts.admin, sees: ['admin'], doesNotSee: [] },
];

async function navigationLinks(page: Page): Promise<string[]> {
  const texts = await mainNavigation(page).getByRole('link').allTextContents();
  return texts.map((text) => text.trim()).sort();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every demo role signs in and sees its navigation', () => {
  for (const persona of personas) {
    test(persona.email, async () => {
      const session = await openSession(browser);
      const { page } = session;
      await loginAs(page, persona.email);
      const me = await fetchMe(page);
      expect(me.account.email).toBe(persona.email);
      for (const area of persona.sees) expect(me.navigation, `server grants ${area}`).toContain(area);
      for (const area of persona.doesNotSee)
        expect(me.navigation, `server withholds ${area}`).not.toContain(area);

      const expected = [
        ...me.navigation.map((area) => navLabel[area]),
        navLabel.people,
        navLabel.orgChart,
      ].sort();
      await mainNavigation(page).getByRole('link', { name: navLabel.people }).waitFor();
      expect(await navigationLinks(page)).toEqual(expected);
      for (const area of persona.doesNotSee) {
        expect(
          await mainNavigation(page).getByRole('link', { name: navLabel[area], exact: true }).count(),
        ).toBe(0);
      }
      await settle(page);
      await screenshot(page, `nav-${persona.email.split('@')[0]}-desktop`);
      await session.close();
    });
  }
});

test('the employee cannot open Admin by typing its address', async () => {
  const session = await openSession(browser);
  const { page } = session;
  await loginAs(page, demoAccounts.employee);
  await page.goto('/admin/people');
  await page.getByRole('heading', { level: 1, name: /not found/i }).waitFor();
  await session.close();
});

test('logging out ends the session and returns to the login page', async () => {
  const session = await openSession(browser);
  const { page } = session;
  await loginAs(page, demoAccounts.manager);
  await userMenuButton(page).click();
  await page.getByRole('menuitem', { name: 'Log out', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByRole('button', { name: 'Sign in' }).waitFor();

  const status = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
  expect(status).toBe(401);
  // A signed-out visit to a signed-in page goes back to the login form.
  await page.goto('/team');
  await page.waitForURL((url) => url.pathname === '/login');
  await session.close();
});
