import { describe, expect, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
import {
  browserForFile,
  demoAccounts,
  loginAs,
  openSession,
  phone,
  screenshot,
  settle,
  visit,
  wide,
} from './support/browser';

const browser = browserForFile();

describe('cycle wizard', () => {
  test('Next names what is missing; dates read like the app; people can be left out; a summary comes before saving', async () => {
    const session = await openSession(browser(), wide);
    const { page } = session;
    await loginAs(page, demoAccounts.hr);
    await visit(page, '/performance/cycles');
    await page.getByTestId('cycle-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();

    // An empty first step does not move on, and each message names its field.
    await page.getByTestId('cycle-next').click();
    await expect.poll(() => dialog.getByText('Give the cycle a name').count()).toBe(1);
    expect(await dialog.getByText('Choose a date for “Period starts”').count()).toBe(1);
    expect(await dialog.getByText('Choose the template the reviews use').count()).toBe(1);
    expect(await page.getByTestId('cycle-name').count()).toBe(1);
    await expectNoBlockingViolations(page, 'cycle wizard: refused Next');
    await screenshot(page, 'cycle-wizard-basics-refused-wide', 'viewport');

    // Dates are typed and shown as the app shows them ("31 Dec 2026"), not mm/dd/yyyy.
    await page.getByTestId('cycle-name').fill('Wizard walk-through');
    await page.getByTestId('cycle-periodStart').fill('1 Jul 2026');
    await page.getByTestId('cycle-periodEnd').fill('2026-12-31');
    await page.getByTestId('cycle-name').click();
    await expect.poll(() => page.getByTestId('cycle-periodEnd').inputValue()).toBe('31 Dec 2026');
    expect(await page.getByTestId('cycle-periodStart').inputValue()).toBe('1 Jul 2026');
    await page.getByTestId('cycle-template').click();
    await page.getByRole('option').first().click();
    await page.getByTestId('cycle-next').click();

    // Who takes part: a list to search, and one person left out by name.
    await expect
      .poll(() => page.getByTestId('cycle-preview-count').textContent())
      .toMatch(/^\d+ people take part$/);
    await expect.poll(() => page.getByTestId('cycle-person').count()).toBeGreaterThan(0);
    const first = page.getByTestId('cycle-person').first();
    const name = (await first.locator('td').nth(1).locator('p').first().textContent()) ?? '';
    await page.getByTestId('cycle-people-search').fill(name);
    await expect.poll(() => page.getByTestId('cycle-person').first().textContent()).toContain(name);
    await page.getByRole('checkbox', { name: `${name} takes part` }).uncheck();
    await expect.poll(() => page.getByTestId('cycle-preview-count').textContent()).toContain('(1 left out)');
    await expectNoBlockingViolations(page, 'cycle wizard: participants');
    await screenshot(page, 'cycle-wizard-participants-wide', 'viewport');
    await page.getByTestId('cycle-next').click();

    // Deadlines come suggested from the period's end: the self review a week later.
    await expect.poll(() => page.getByTestId('cycle-selfReviewDue').inputValue()).toBe('7 Jan 2027');
    expect(await page.getByTestId('cycle-managerReviewDue').inputValue()).toBe('14 Jan 2027');
    expect(await page.getByTestId('cycle-calibrationDue').inputValue()).toBe('21 Jan 2027');
    await page.getByTestId('cycle-next').click();
    await page.getByTestId('cycle-next').click();

    const summary = page.getByTestId('cycle-summary');
    await summary.waitFor();
    await expect.poll(() => summary.textContent()).toContain('1 left out by name');
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Wizard walk-through');
    expect(text).toContain('1 Jul 2026 – 31 Dec 2026');
    expect(text).toContain('7 Jan 2027');
    expect(await page.getByTestId('cycle-create').count()).toBe(1);
    await expectNoBlockingViolations(page, 'cycle wizard: summary');
    await screenshot(page, 'cycle-wizard-summary-wide', 'viewport');

    await page.setViewportSize(phone);
    await settle(page);
    await expectNoBlockingViolations(page, 'cycle wizard: summary (phone)');
    await screenshot(page, 'cycle-wizard-summary-phone', 'viewport');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await screenshot(page, 'cycle-wizard-participants-phone', 'viewport');
    await session.close();
  }, 120_000);
});
