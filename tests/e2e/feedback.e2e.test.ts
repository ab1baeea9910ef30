import type { Page } from 'playwright-core';
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
  signIn,
} from './support/browser';
import { demoPersonName } from './support/pages';

const browser = browserForFile();

const employeeName = demoPersonName('employee');

async function openFeedback(page: Page, tab?: string) {
  await page.goto(tab ? `/performance/feedback?tab=${tab}` : '/performance/feedback');
  await page.getByRole('heading', { level: 1, name: 'Feedback' }).waitFor();
  await settle(page);
}

describe('feedback', () => {
  test('the employee reads feedback, praises a colleague in public and answers a request', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await loginAs(page, demoAccounts.employee);
    await openFeedback(page);
    await page.getByTestId('feedback-received').waitFor();
    expect(await page.getByTestId('feedback-card').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'feedback-received-desktop');
    await expectNoBlockingViolations(page, 'feedback, received');

    // Public praise to a colleague.
    const words = `Thanks for the calm incident call ${Date.now()}`;
    await page.getByRole('button', { name: 'Give feedback' }).click();
    const dialog = page.getByRole('dialog', { name: 'Give feedback or praise' });
    const picker = dialog.getByRole('combobox', { name: 'To' });
    await picker.click();
    await picker.fill('Kenji');
    await page.getByRole('option', { name: 'Kenji Watanabe' }).click();
    // Public is for praise only: offered once "Praise" is chosen.
    expect(await dialog.getByRole('radio', { name: 'Everyone (public praise)' }).isDisabled()).toBe(true);
    await dialog.getByText('Praise', { exact: true }).click();
    await dialog.getByRole('radio', { name: 'Everyone (public praise)' }).check();
    await dialog.getByRole('textbox', { name: 'Your words' }).fill(words);
    await screenshot(page, 'feedback-give-dialog', 'viewport');
    await expectNoBlockingViolations(page, 'give feedback dialog');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: 'Praise feed' }).click();
    await page.getByTestId('feedback-praise').getByText(words).waitFor();
    await settle(page);
    await screenshot(page, 'feedback-praise-feed-desktop');
    await expectNoBlockingViolations(page, 'praise feed');

    // Answer the open request from Kenji.
    await page.getByRole('tab', { name: 'Requests' }).click();
    const request = page
      .getByTestId('request-incoming')
      .filter({ hasText: 'Kenji Watanabe asks for feedback' });
    await request.waitFor();
    await settle(page);
    await screenshot(page, 'feedback-requests-desktop');
    await expectNoBlockingViolations(page, 'feedback requests');
    await request.getByRole('button', { name: 'Answer' }).click();
    const answer = page.getByRole('dialog', { name: 'Feedback for Kenji Watanabe' });
    await answer
      .getByRole('textbox', { name: 'Your words' })
      .fill('Useful and kind. The naming comments were the most helpful.');
    await answer.getByRole('button', { name: 'Send' }).click();
    await answer.waitFor({ state: 'hidden' });
    await request.getByText('Answered').waitFor();
    await session.close();
  });

  test('the manager sees the request addressed to them and what the employee asked', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await signIn(page, demoAccounts.manager);
    await openFeedback(page, 'requests');
    const request = page
      .getByTestId('request-incoming')
      .filter({ hasText: `${employeeName} asks for feedback` });
    await request.waitFor();
    expect(await request.textContent()).toContain('senior role');
    await session.close();
  });

  test('empty lists explain what to do', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await signIn(page, demoAccounts.admin);
    await openFeedback(page, 'requests');
    await page.getByTestId('requests-incoming-empty').waitFor();
    await page.getByTestId('requests-outgoing-empty').waitFor();
    await screenshot(page, 'feedback-requests-empty');
    await expectNoBlockingViolations(page, 'feedback requests, empty');
    await session.close();
  });

  test('the feedback page works on a phone', async () => {
    const session = await openSession(browser(), phone);
    const { page } = session;
    await signIn(page, demoAccounts.manager);
    await openFeedback(page, 'received');
    await page.getByTestId('feedback-received').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no horizontal scrolling at 390 px').toBeLessThanOrEqual(390);
    expect(await page.getByRole('main').textContent()).toContain(employeeName);
    await screenshot(page, 'feedback-received-phone');
    await expectNoBlockingViolations(page, 'feedback on a phone');
    await session.close();
  });
});
