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

/** Saves the open draft cycle through the API, as another HR person would, bumping its version. */
async function changeCycleBehindTheWizard(page: Page, name: string) {
  const me = await (await page.request.get('/api/auth/me')).json();
  const cycleId = new URL(page.url()).pathname.split('/').pop();
  const cycle = await (await page.request.get(`/api/review-cycles/${cycleId}`)).json();
  const response = await page.request.put(`/api/review-cycles/${cycleId}`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      name,
      periodStart: cycle.periodStart,
      periodEnd: cycle.periodEnd,
      templateId: cycle.templateId,
      participantFilter: cycle.participantFilter,
      selfReviewDue: cycle.selfReviewDue,
      peerInputDue: cycle.peerInputDue,
      managerReviewDue: cycle.managerReviewDue,
      calibrationDue: cycle.calibrationDue,
      releaseDue: cycle.releaseDue,
      acknowledgeDue: cycle.acknowledgeDue,
      managerSeesSelfReview: cycle.managerSeesSelfReview,
      reminderDaysBefore: cycle.reminderDaysBefore,
      version: cycle.version,
    },
  });
  expect(response.status(), await response.text()).toBe(200);
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
    // Optional German texts beside the template's own, for people who use Trellis in German.
    await page.getByTestId('template-label-de-4').fill('Herausragend');
    await page.getByTestId('builder-section-title-1').fill('Results');
    await page.getByTestId('builder-prompt-1').fill('How well did the work meet its goals?');
    await page.getByTestId('builder-prompt-de-1').fill('Wie gut hat die Arbeit ihre Ziele erreicht?');
    await page.getByTestId('builder-add-question-1').click();
    await chooseOption(page, 'builder-kind-2', 'Written answer');
    await page.getByTestId('builder-prompt-2').fill('What are you proudest of this half?');
    await expectNoBlockingViolations(page, 'template builder');
    await page.getByTestId('template-save').click();
    await page.waitForURL((url) => /\/performance\/review-templates\/[0-9a-f-]{36}$/.test(url.pathname));
    await settle(page);
    expect(await page.getByTestId('template-label-4').inputValue()).toBe('Outstanding');
    expect(await page.getByTestId('template-label-de-4').inputValue()).toBe('Herausragend');
    expect(await page.getByTestId('builder-prompt-de-1').inputValue()).toBe(
      'Wie gut hat die Arbeit ihre Ziele erreicht?',
    );
    await screenshot(page, 'reviews-template-builder');
    await session.close();
  });

  test('HR creates a cycle with the wizard, edits the draft, previews the participants and launches it', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await loginAs(page, demoAccounts.hr);
    await visit(page, '/performance/cycles');
    await expectNoBlockingViolations(page, 'review cycles');
    await page.getByTestId('cycle-new').click();
    await page.getByTestId('cycle-name').fill(`${cycleName} (working title)`);
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
    // Settings, then the summary the cycle is created from.
    await page.getByTestId('cycle-next').click();
    await page.getByTestId('cycle-summary').waitFor();
    await page.getByTestId('cycle-create').click();
    await page.waitForURL((url) => /\/performance\/cycles\/[0-9a-f-]{36}$/.test(url.pathname));
    // The wizard fades out after the navigation: scanning it mid-fade reports washed-out contrast.
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await settle(page);
    await expectNoBlockingViolations(page, 'draft cycle');

    // Edit the draft: the wizard opens prefilled, and the save carries the version it started from.
    await page.getByTestId('cycle-edit').click();
    const name = page.getByTestId('cycle-name');
    expect(await name.inputValue()).toBe(`${cycleName} (working title)`);
    await name.fill(cycleName);
    await page.getByRole('dialog').getByText('Settings', { exact: true }).click();
    const reminderDays = page.getByLabel(/Send reminders this many days/);
    expect(await reminderDays.inputValue()).toBe('3');
    await reminderDays.fill('5');
    await expectNoBlockingViolations(page, 'edit draft cycle');
    await screenshot(page, 'reviews-cycle-edit-draft', 'viewport');

    // Meanwhile a colleague saves the draft: this save is refused, and the wizard says so and reloads.
    await changeCycleBehindTheWizard(page, `${cycleName} (colleague)`);
    await page.getByTestId('cycle-save').click();
    await page.getByTestId('cycle-reload').waitFor();
    await expectNoBlockingViolations(page, 'edit draft cycle: conflict');
    await screenshot(page, 'reviews-cycle-edit-conflict', 'viewport');
    await page.getByTestId('cycle-reload').click();
    await expect.poll(() => page.getByTestId('cycle-name').inputValue()).toBe(`${cycleName} (colleague)`);
    await page.getByTestId('cycle-name').fill(cycleName);
    await page.getByRole('dialog').getByText('Settings', { exact: true }).click();
    await reminderDays.fill('5');
    await page.getByTestId('cycle-save').click();
    // The save, then the dashboard's refetch: a server round trip or two.
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
      .toBe(cycleName);
    await expect.poll(() => page.getByText(/Send reminders this many days.*: 5/).count()).toBe(1);

    await page.getByTestId('cycle-launch').click();
    await page.getByTestId('cycle-launch-confirm').click();
    await page.getByTestId('cycle-send-reminders').waitFor();
    await settle(page);
    await expect.poll(() => page.getByTestId('cycle-reviews').locator('tbody tr').count()).toBeGreaterThan(0);
    await expectNoBlockingViolations(page, 'cycle dashboard');
    await screenshot(page, 'reviews-cycle-dashboard');
    await session.close();
  }, 120_000);

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
    // Autosave collects the form's changes and sends them ~0.8 s after the last one.
    const saved = { timeout: 5000 };
    await form.getByRole('radio', { name: /^3 · / }).check();
    await expect
      .poll(() => page.getByTestId('review-save-state').getAttribute('data-state'), saved)
      .toBe('saved');
    const text = form.locator('textarea[data-testid^="review-answer-"]').first();
    await text.fill('Moved the onboarding flow to the new design system and halved support tickets.');
    await expect.poll(() => page.getByTestId('review-save-state').textContent()).toContain('Saving');
    await expect
      .poll(() => page.getByTestId('review-save-state').getAttribute('data-state'), saved)
      .toBe('saved');
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

  test('HR closes the cycle with reviews still open, giving a reason; it shows as closed', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await loginAs(page, demoAccounts.hr);
    await visit(page, '/performance/cycles');
    await page.getByTestId('cycles-table').getByRole('link', { name: cycleName, exact: true }).click();
    await page.waitForURL((url) => /\/performance\/cycles\/[0-9a-f-]{36}$/.test(url.pathname));
    await settle(page);
    await page.getByTestId('cycle-close').click();
    const dialog = page.getByTestId('cycle-close-dialog');
    await dialog.waitFor();
    // Nothing has been released yet: closing needs a written reason.
    await expect.poll(() => dialog.textContent()).toMatch(/\d+ reviews are not released yet/);
    await page.getByTestId('cycle-close-confirm').click();
    await expect.poll(() => dialog.textContent()).toContain('Write why the cycle closes early.');
    await page
      .getByTestId('cycle-close-reason')
      .fill('The team was reorganised; a new cycle starts next month.');
    await expectNoBlockingViolations(page, 'close cycle dialog');
    await screenshot(page, 'reviews-cycle-close-dialog', 'viewport');
    await page.getByTestId('cycle-close-confirm').click();
    // Closing writes every open review's state: more than a moment on a busy machine.
    await expect
      .poll(() => page.getByTestId('cycle-status').textContent(), { timeout: 10_000 })
      .toBe('Closed');
    await expect.poll(() => page.getByTestId('cycle-close').count()).toBe(0);
    await expect.poll(() => page.getByTestId('cycle-send-reminders').count()).toBe(0);
    await expect.poll(() => page.getByText(/This cycle was closed on/).count()).toBe(1);
    await expectNoBlockingViolations(page, 'closed cycle');
    await screenshot(page, 'reviews-cycle-closed');
    await visit(page, '/performance/cycles');
    const row = page.getByTestId('cycles-table').locator('tr', { hasText: cycleName });
    expect(await row.textContent()).toContain('Closed');
    await screenshot(page, 'reviews-cycles-list-closed');
    await session.close();
  });
});
