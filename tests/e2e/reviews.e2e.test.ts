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
  visit,
} from './support/browser';

const browser = browserForFile();

const stamp = Date.now().toString(36);
const templateName = `E2E review template ${stamp}`;
const cycleName = `E2E cycle ${stamp}`;

async function chooseOption(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('review cycles', () => {
  test('HR builds a template with a rating scale and questions', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await loginAs(page, demoAccounts.hr);
    await visit(page, '/performance/review-templates');
    await expectNoBlockingViolations(page, 'review templates');
    await page.getByTestId('template-new').click();
    await settle(page);
    await page.getByTestId('template-name').fill(templateName);
    await page.getByTestId('template-scale-size').fill('4');
    await page.getByTestId('template-label-4').fill('Outstanding');
    await page.getByTestId('builder-section-title-1').fill('Results');
    await page.getByTestId('builder-prompt-1').fill('How well did the work meet its goals?');
    await page.getByTestId('builder-add-question-1').click();
    await chooseOption(page, 'builder-kind-2', 'Written answer');
    await page.getByTestId('builder-prompt-2').fill('What are you proudest of this half?');
    await expectNoBlockingViolations(page, 'template builder');
    await page.getByTestId('template-save').click();
    await page.waitForURL((url) => /\/performance\/review-templates\/[0-9a-f-]{36}$/.test(url.pathname));
    await settle(page);
    expect(await page.getByTestId('template-label-4').inputValue()).toBe('Outstanding');
    await screenshot(page, 'reviews-template-builder');
    await session.close();
  });

  test('HR creates a cycle with the wizard, previews the participants and launches it', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await loginAs(page, demoAccounts.hr);
    await visit(page, '/performance/cycles');
    await expectNoBlockingViolations(page, 'review cycles');
    await page.getByTestId('cycle-new').click();
    await page.getByTestId('cycle-name').fill(cycleName);
    await page.getByTestId('cycle-periodStart').fill('2026-07-01');
    await page.getByTestId('cycle-periodEnd').fill('2026-12-31');
    await chooseOption(page, 'cycle-template', templateName);
    await page.getByTestId('cycle-next').click();
    await expect
      .poll(() => page.getByTestId('cycle-preview-count').textContent())
      .toMatch(/^\d+ people take part$/);
    await expectNoBlockingViolations(page, 'cycle wizard: participants');
    await screenshot(page, 'reviews-cycle-wizard-participants', 'viewport');
    await page.getByTestId('cycle-next').click();
    const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    await page.getByTestId('cycle-selfReviewDue').fill(future(14));
    await page.getByTestId('cycle-managerReviewDue').fill(future(28));
    await page.getByTestId('cycle-calibrationDue').fill(future(35));
    await page.getByTestId('cycle-releaseDue').fill(future(42));
    await page.getByTestId('cycle-acknowledgeDue').fill(future(49));
    await page.getByTestId('cycle-next').click();
    await page.getByTestId('cycle-create').click();
    await page.waitForURL((url) => /\/performance\/cycles\/[0-9a-f-]{36}$/.test(url.pathname));
    await settle(page);
    await expectNoBlockingViolations(page, 'draft cycle');
    await page.getByTestId('cycle-launch').click();
    await page.getByTestId('cycle-launch-confirm').click();
    await page.getByTestId('cycle-send-reminders').waitFor();
    await settle(page);
    await expect.poll(() => page.getByTestId('cycle-reviews').locator('tbody tr').count()).toBeGreaterThan(0);
    await expectNoBlockingViolations(page, 'cycle dashboard');
    await screenshot(page, 'reviews-cycle-dashboard');
    await session.close();
  });

  test('the employee autosaves and submits their self review, which then locks', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await loginAs(page, demoAccounts.employee);
    await visit(page, '/performance/reviews');
    await expectNoBlockingViolations(page, 'my reviews');
    await screenshot(page, 'reviews-my-tasks');
    const task = page.getByTestId('review-tasks').locator('li', { hasText: cycleName });
    await task.getByTestId('review-task-self').click();
    await page.waitForURL((url) => /\/performance\/reviews\/[0-9a-f-]{36}$/.test(url.pathname));
    await settle(page);
    await expect.poll(() => page.getByTestId('review-deadline').isVisible()).toBe(true);

    const form = page.getByTestId('review-form-self');
    await form.getByRole('radio', { name: /^3 · / }).check();
    await expect.poll(() => page.getByTestId('review-save-state').getAttribute('data-state')).toBe('saved');
    const text = form.locator('textarea[data-testid^="review-answer-"]').first();
    await text.fill('Moved the onboarding flow to the new design system and halved support tickets.');
    await expect.poll(() => page.getByTestId('review-save-state').textContent()).toContain('Saving');
    await expect.poll(() => page.getByTestId('review-save-state').getAttribute('data-state')).toBe('saved');
    await expect.poll(() => page.getByTestId('review-save-state').textContent()).toBe('Saved');
    await expectNoBlockingViolations(page, 'self review form');
    await screenshot(page, 'reviews-self-review-saved');

    // The answers survive a reload: they are on the server, not in the page.
    await page.reload();
    await settle(page);
    const reloaded = page
      .getByTestId('review-form-self')
      .locator('textarea[data-testid^="review-answer-"]')
      .first();
    expect(await reloaded.inputValue()).toContain('halved support tickets');

    await page.getByTestId('review-submit').click();
    await page.getByTestId('review-submit-confirm').click();
    await expect.poll(() => page.getByTestId('review-state').textContent()).toBe('Manager review');
    await expect.poll(() => page.getByTestId('review-submit').count()).toBe(0);
    expect(await page.getByTestId('review-form-self').textContent()).toContain('halved support tickets');
    await expectNoBlockingViolations(page, 'submitted self review');
    await screenshot(page, 'reviews-self-review-submitted');
    await page.setViewportSize(phone);
    await visit(page, '/performance/reviews');
    await expectNoBlockingViolations(page, 'my reviews (phone)');
    await screenshot(page, 'reviews-my-tasks-phone');
    await session.close();
  });
});
