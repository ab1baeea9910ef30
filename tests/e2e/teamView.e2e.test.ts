import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
import {
  browserForFile,
  demoAccounts,
  mainNavigation,
  openSession,
  phone,
  screenshot,
  settle,
  signIn,
  wide,
} from './support/browser';
import { demoPersonName } from './support/pages';

const browser = browserForFile();
const employeeName = demoPersonName('employee');

const rows = (page: Page) => page.getByTestId('team-member');
const rowOf = (page: Page, name: string) => rows(page).filter({ hasText: name });

/** The page may not scroll sideways: nothing wider than the window. */
async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe('the manager’s team view', () => {
  test('the demo manager sees each report’s real status, switches to the whole team and follows an action', async () => {
    const session = await openSession(browser(), wide);
    const { page } = session;
    await signIn(page, demoAccounts.manager);
    // Reachable from the main navigation, as before.
    await page.goto('/');
    await mainNavigation(page).getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    await page.getByTestId('team-table').waitFor();
    await settle(page);

    // Five direct reports, each with a next step; the demo employee's row shows real data.
    await expect.poll(() => rows(page).count()).toBe(5);
    expect(await page.getByTestId('team-next-action').count()).toBe(5);
    await expect.poll(() => page.getByTestId('team-count').textContent()).toBe('5 people');
    const sofia = rowOf(page, employeeName);
    // Her development plans are shared with her manager: the most recently active one's status and
    // actions show, never a title (other browser flows may have shared a newer plan than the demo's).
    await sofia.getByTestId('team-plan').waitFor();
    expect(await sofia.getByTestId('team-plan').textContent()).toMatch(/actions done/);
    expect(await sofia.textContent()).not.toContain('Towards senior engineer');
    // Goals, 1:1s and a career conversation from the demo.
    expect(await sofia.getByTestId('team-goals').locator('[data-goal-health]').count()).toBeGreaterThan(0);
    expect(await sofia.getByTestId('team-one-on-one').textContent()).toMatch(/Last: .*Next: /);
    expect(await sofia.getByTestId('team-conversation').textContent()).toMatch(/Last held/);
    // Someone never had a conversation, or is overdue: the column says so.
    expect(await page.getByTestId('team-conversation').count()).toBe(5);
    await screenshot(page, 'team-view-wide');
    await expectNoBlockingViolations(page, 'team view, wide');

    // The whole team: the demo manager's reports have no reports of their own, so the same people.
    await page.getByTestId('team-scope').getByText('Whole team').click();
    await settle(page);
    await page.getByRole('region', { name: 'Whole team' }).getByTestId('team-table').waitFor();
    await expect.poll(() => rows(page).count()).toBe(5);
    await expectNoBlockingViolations(page, 'team view, whole team');

    // Follow the plan link in Sofia's row: it opens the plan she shared.
    await rowOf(page, employeeName)
      .getByRole('link', { name: `Open the plan ${employeeName} shared with you` })
      .click();
    await page.waitForURL(/\/growth\/plans\/[0-9a-f-]{36}$/);
    await page.getByText(`because ${employeeName} shared it with you`).first().waitFor();

    // Back on the team page, the row's next step is a working link too.
    await page.goBack();
    await page.getByTestId('team-table').waitFor();
    await settle(page);
    const next = rowOf(page, employeeName).getByTestId('team-next-action');
    const kind = await next.getAttribute('data-action');
    expect(kind).toBeTruthy();
    const href = await next.getAttribute('href');
    await next.click();
    await page.waitForURL((url) => url.pathname === href?.split('?')[0]);
    await session.close();
  });

  test('on a phone the team is a list of cards, nothing clipped sideways', async () => {
    const session = await openSession(browser(), phone);
    const { page } = session;
    await signIn(page, demoAccounts.manager);
    await page.goto('/team');
    await page.getByTestId('team-cards').waitFor();
    await settle(page);
    expect(await page.getByTestId('team-table').count()).toBe(0);
    await expect.poll(() => rows(page).count()).toBe(5);
    const sofia = rowOf(page, employeeName);
    for (const column of [
      'Goals',
      'Review',
      '1:1s',
      'Career conversation',
      'Development plan',
      'Feedback requests',
    ])
      expect(await sofia.textContent()).toContain(column);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'team-view-phone');
    await screenshot(page, 'team-view-phone-top', 'viewport');
    await expectNoBlockingViolations(page, 'team view, phone');
    await session.close();
  });

  test('someone without reports gets an empty state that says what will appear', async () => {
    const session = await openSession(browser(), wide);
    const { page } = session;
    await signIn(page, demoAccounts.employee);
    await page.goto('/team');
    await page.getByTestId('team-empty').waitFor();
    await settle(page);
    expect(await page.getByTestId('team-empty').textContent()).toContain('No one reports to you');
    await expectNoBlockingViolations(page, 'team view, empty');
    await session.close();
  });
});
