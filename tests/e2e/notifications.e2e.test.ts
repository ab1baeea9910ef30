import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
import {
  browserForFile,
  demoAccounts,
  fetchMe,
  loginAs,
  openSession,
  phone,
  screenshot,
  settle,
  signIn,
} from './support/browser';

const browser = browserForFile();

const bell = (page: Page) => page.getByTestId('notification-bell');
const bellLabel = (page: Page) => bell(page).getAttribute('aria-label');

/** Marks everything read through the API with the page's own session, so each run starts from zero. */
async function markAllReadViaApi(page: Page, csrfToken: string) {
  const response = await page.request.post('/api/notifications/read-all', {
    headers: { 'x-csrf-token': csrfToken },
    data: {},
  });
  expect(response.status()).toBe(200);
}

/** The coach sends the employee praise: a real action that notifies its recipient. */
async function coachPraises(recipientId: string, text: string) {
  const session = await openSession(browser());
  const me = await signIn(session.page, demoAccounts.coach);
  const response = await session.page.request.post('/api/feedback', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { recipientId, kind: 'praise', body: text, visibility: 'recipient_only' },
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  await session.close();
  return me;
}

/** Someone with more notifications than one page holds: the approver, praised by the coach 21 times. */
async function fillApproverInbox(recipientId: string) {
  const session = await openSession(browser());
  const me = await signIn(session.page, demoAccounts.coach);
  for (let i = 1; i <= 21; i++) {
    const response = await session.page.request.post('/api/feedback', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { recipientId, kind: 'praise', body: `Thanks, number ${i}.`, visibility: 'recipient_only' },
    });
    expect(response.status(), await response.text()).toBeLessThan(300);
  }
  await session.close();
}

/** Makes the app believe the tab came back into view: the bell refreshes its count then. */
const returnToTab = (page: Page) =>
  page.evaluate(() => {
    window.dispatchEvent(new Event('visibilitychange'));
    document.dispatchEvent(new Event('visibilitychange'));
  });

describe('notification inbox', () => {
  test('praise shows up on the bell, in the popover and on the inbox page, and can be marked read', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await loginAs(page, demoAccounts.employee);
    const me = await fetchMe(page);
    await markAllReadViaApi(page, me.csrfToken);
    await page.reload();
    await settle(page);
    await expect.poll(() => bellLabel(page)).toBe('Notifications');

    const coach = await coachPraises(me.person!.id, 'Thank you for untangling the release checklist.');
    // No reload: the bell asks again when the tab regains focus (and every minute anyway).
    await returnToTab(page);
    await expect.poll(() => bellLabel(page)).toBe('Notifications, 1 unread');
    await screenshot(page, 'notifications-bell-unread', 'viewport');

    await bell(page).click();
    const popover = page.getByTestId('notification-popover');
    await popover.waitFor();
    const newest = popover.getByTestId('notification-row').first();
    await expect.poll(() => newest.getAttribute('data-unread')).toBe('true');
    const title = (await newest.getByRole('link').first().textContent()) ?? '';
    expect(title).toContain(coach.person?.displayName ?? 'praise');
    await screenshot(page, 'notifications-popover', 'viewport');
    await expectNoBlockingViolations(page, 'notification popover (desktop, as employee)');
    // Escape closes the popover and gives focus back to the bell.
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('notification-bell');

    await bell(page).click();
    await page.getByTestId('notification-see-all').click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    await settle(page);
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const row = page.getByTestId('notifications-list').getByTestId('notification-row').first();
    expect(await row.getAttribute('data-unread')).toBe('true');
    expect(await row.textContent()).toContain('Unread');
    await screenshot(page, 'notifications-page-unread');
    await expectNoBlockingViolations(page, 'notifications page (desktop, as employee)');

    await row.getByRole('button', { name: /^Mark “.*” as read$/ }).click();
    await expect.poll(() => row.getAttribute('data-unread')).toBe('false');
    await expect.poll(() => bellLabel(page)).toBe('Notifications');
    await screenshot(page, 'notifications-page-read');

    // With nothing unread, the unread filter explains that all is done.
    await page.getByText('Unread only').click();
    await page.getByTestId('notifications-all-read').waitFor();
    expect(await page.getByTestId('notifications-mark-all').isDisabled()).toBe(true);
    await screenshot(page, 'notifications-all-read');
    await expectNoBlockingViolations(page, 'notifications page, all read (desktop, as employee)');

    // The daily digest switch saves at once and stays as chosen.
    const digest = page.getByRole('switch', { name: 'Email me a daily summary' });
    expect(await digest.isChecked()).toBe(true);
    await digest.click({ force: true });
    await expect.poll(() => digest.isChecked()).toBe(false);
    await page.reload();
    await settle(page);
    expect(await page.getByRole('switch', { name: 'Email me a daily summary' }).isChecked()).toBe(false);
    await page.getByRole('switch', { name: 'Email me a daily summary' }).click({ force: true });
    await expect
      .poll(() => page.getByRole('switch', { name: 'Email me a daily summary' }).isChecked())
      .toBe(true);
    await session.close();
  });

  test('"Mark all as read" in the popover clears the badge, and the page works on a phone', async () => {
    const session = await openSession(browser(), phone);
    const { page } = session;
    await loginAs(page, demoAccounts.employee);
    const me = await fetchMe(page);
    await coachPraises(me.person!.id, 'Great pairing session on the flaky tests.');
    await coachPraises(me.person!.id, 'Your demo to the customer was crisp.');
    await page.reload();
    await settle(page);
    await expect.poll(async () => (await bellLabel(page)) ?? '').toMatch(/^Notifications, \d+ unread$/);

    await bell(page).click();
    const popover = page.getByTestId('notification-popover');
    await popover.getByTestId('notification-row').first().waitFor();
    await screenshot(page, 'notifications-popover-phone', 'viewport');
    await expectNoBlockingViolations(page, 'notification popover (phone, as employee)');
    await popover.getByRole('button', { name: 'Mark all as read' }).click();
    await expect.poll(() => bellLabel(page)).toBe('Notifications');
    await page.keyboard.press('Escape');

    await page.goto('/notifications');
    await settle(page);
    const rows = page.getByTestId('notifications-list').getByTestId('notification-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-testid="notification-row"][data-unread="true"]').count()).toBe(0);
    // Nothing sticks out sideways at phone width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'notifications-page-phone');
    await expectNoBlockingViolations(page, 'notifications page (phone, as employee)');
    await session.close();
  });

  test('a long inbox shows 20 at a time and loads older ones on request', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await loginAs(page, demoAccounts.approver);
    const me = await fetchMe(page);
    await fillApproverInbox(me.person!.id);
    await page.goto('/notifications');
    await settle(page);
    const rows = page.getByTestId('notifications-list').getByTestId('notification-row');
    expect(await rows.count()).toBe(20);
    const more = page.getByRole('button', { name: 'Show older notifications' });
    await more.click();
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(21);
    // The same notification never appears twice across pages.
    const ids = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-id')));
    expect(new Set(ids).size).toBe(ids.length);
    await page.getByTestId('notifications-mark-all').click();
    await expect.poll(() => bellLabel(page)).toBe('Notifications');
    await expect
      .poll(() => page.locator('[data-testid="notification-row"][data-unread="true"]').count())
      .toBe(0);
    await screenshot(page, 'notifications-page-long');
    await session.close();
  });
});
