import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  demoAccounts,
  launchBrowser,
  loginAs,
  mainNavigation,
  openSession,
  screenshot,
  settle,
} from './support/browser';
import { demoPersonName } from './support/pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A tree item's accessible name starts with the person's name ("Ada Lovelace, Engineer, …"). */
const treeItemName = (name: string) => new RegExp(`^${escapeRegExp(name)}(,|$)`);

/** Letters only, so the name reads like a name and is unique per run. */
function uniqueSurname(): string {
  const letters = Date.now()
    .toString(26)
    .split('')
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 26)))
    .join('');
  return `Quill${letters}`;
}

/** Picks an option of a Mantine select by typing (when searchable) or opening it, then clicking the option. */
async function choose(page: Page, label: string, option: string | RegExp, typed?: string) {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  if (typed) await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

test('HR adds a person who then appears in the directory and under their manager in the org chart', async () => {
  const managerName = demoPersonName('manager');
  const givenName = 'Avery';
  const familyName = uniqueSurname();
  const displayName = `${givenName} ${familyName}`;
  const email = `${familyName.toLowerCase()}@demo.test`;
  const jobTitle = 'Platform Engineer';
  const hireDate = new Date();
  hireDate.setUTCDate(1);
  const hireDateLabel = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(hireDate);

  const session = await openSession(browser);
  const { page } = session;
  await loginAs(page, demoAccounts.hr);

  // Administration → People
  await mainNavigation(page).getByRole('link', { name: 'Admin' }).click();
  await page.waitForURL((url) => url.pathname === '/admin');
  await page.getByRole('main').getByRole('link', { name: 'Add people' }).click();
  await page.waitForURL((url) => url.pathname === '/admin/people');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await settle(page);

  await page.getByRole('textbox', { name: 'Given name' }).fill(givenName);
  await page.getByRole('textbox', { name: 'Family name' }).fill(familyName);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Job title' }).fill(jobTitle);
  await choose(page, 'Department', 'Engineering', 'Engineering');
  await choose(page, 'Level', /^IC2\b/);
  await page.getByRole('button', { name: 'Hire date' }).click();
  await page.getByRole('button', { name: hireDateLabel, exact: true }).click();
  await choose(page, 'Manager', managerName, managerName);
  await expect
    .poll(() => page.getByRole('combobox', { name: 'Manager', exact: true }).inputValue())
    .toBe(managerName);
  await screenshot(page, 'add-person-filled-desktop');

  await page.getByRole('button', { name: 'Add person' }).click();
  const created = page.getByRole('status').filter({ hasText: displayName });
  await created.waitFor();
  await screenshot(page, 'add-person-created-desktop');

  // The directory search finds the new person.
  await mainNavigation(page).getByRole('link', { name: 'People' }).click();
  await page.waitForURL((url) => url.pathname === '/people');
  await page.getByRole('searchbox', { name: 'Search people' }).fill(familyName);
  const row = page.getByRole('row').filter({ hasText: displayName });
  await row.waitFor();
  expect(await row.textContent()).toContain(jobTitle);
  expect(await row.textContent()).toContain('Engineering');
  expect(await page.getByRole('main').getByRole('row').count(), 'header row and exactly one match').toBe(2);
  await settle(page);
  await screenshot(page, 'add-person-directory-desktop');

  // The profile shows the manager and links to the org chart.
  await row.getByRole('link', { name: displayName }).click();
  await page.getByRole('heading', { level: 1, name: displayName }).waitFor();
  expect(await page.getByRole('main').textContent()).toContain(managerName);
  await page.getByRole('link', { name: 'Show in org chart' }).click();
  await page.waitForURL((url) => url.pathname === '/org-chart' && url.searchParams.has('focus'));

  // The chart opens down to the manager, with the new person in the manager's team.
  const managerItem = page.getByRole('treeitem', { name: treeItemName(managerName) });
  await managerItem.waitFor();
  expect(await managerItem.getAttribute('aria-expanded')).toBe('true');
  const personItem = managerItem.getByRole('treeitem', { name: treeItemName(displayName) });
  await personItem.waitFor();
  const managerLevel = Number(await managerItem.getAttribute('aria-level'));
  expect(Number(await personItem.getAttribute('aria-level'))).toBe(managerLevel + 1);
  expect(await personItem.getAttribute('aria-selected')).toBe('true');
  await settle(page);
  await screenshot(page, 'add-person-org-chart-desktop', 'viewport');
  await session.close();
});
