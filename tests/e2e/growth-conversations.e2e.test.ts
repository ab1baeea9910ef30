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
  wide,
} from './support/browser';
import { choose, openPage as open } from './support/forms';
import { demoPersonName } from './support/pages';

const browser = browserForFile();
const managerName = demoPersonName('manager');
const stamp = Date.now().toString(36);
const sharedAnswer = `Quiet mornings and a clear problem, pairing with Kenji (${stamp})`;
const privateAnswer = `Being trusted to decide things (${stamp})`;
const newAspiration = `Lead the search squad within two years (${stamp})`;

/** A local `datetime-local` value a few weeks out, on a weekday morning. */
function inThreeWeeks(): string {
  const d = new Date(Date.now() + 21 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:30`;
}

/** A day `daysFromToday` away as the app shows it in English ("7 Dec 2026"). */
function displayDate(daysFromToday: number): string {
  const d = new Date(Date.now() + daysFromToday * 86_400_000);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
}

describe('career conversations and aspirations', () => {
  test('employee and manager hold a career conversation; the outcome updates the aspirations', async () => {
    const employeeSession = await openSession(browser());
    const employee = employeeSession.page;
    await loginAs(employee, demoAccounts.employee);

    // The demo employee's aspirations: some shared, some private.
    await open(employee, '/growth/aspirations', 'Aspirations');
    await employee.getByTestId('aspirations-list').waitFor();
    expect(await employee.getByTestId('aspiration-card').count()).toBeGreaterThanOrEqual(5);
    expect(await employee.getByText('Shared with your manager').count()).toBeGreaterThanOrEqual(3);
    expect(await employee.getByText('Private', { exact: true }).count()).toBeGreaterThanOrEqual(2);
    await screenshot(employee, 'conversations-aspirations-desktop');
    await expectNoBlockingViolations(employee, 'aspirations');

    // Schedule a conversation with the manager.
    await open(employee, '/growth/conversations', 'Career conversations');
    await employee.getByTestId('conversation-row').first().waitFor();
    await screenshot(employee, 'conversations-list-employee');
    await expectNoBlockingViolations(employee, 'career conversations, employee');
    await employee.getByTestId('conversation-start').click();
    const dialog = employee.getByRole('dialog', { name: 'Schedule a career conversation' });
    await choose(dialog, employee, 'With', new RegExp(managerName));
    await dialog.getByLabel('Date and time').fill(inThreeWeeks());
    await dialog.getByRole('textbox', { name: 'Where' }).fill('Lisbon office, garden room');
    await screenshot(employee, 'conversations-schedule-dialog', 'viewport');
    await expectNoBlockingViolations(employee, 'schedule dialog');
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await employee.waitForURL(/\/growth\/conversations\/[0-9a-f-]{36}$/);
    const conversationUrl = new URL(employee.url()).pathname;
    await employee.getByTestId('conversation-status').getByText('Scheduled').waitFor();
    await employee.getByTestId('guided-question').first().waitFor();

    // The calendar invite downloads as iCalendar with the place in it.
    const href = await employee.getByTestId('conversation-ics').getAttribute('href');
    const ics = await employee.request.get(href!);
    expect(ics.headers()['content-type']).toContain('text/calendar');
    const icsText = await ics.text();
    expect(icsText).toContain('BEGIN:VEVENT');
    expect(icsText).toContain('garden room');

    // No ratings or review content on the conversation screen.
    const main = (await employee.getByRole('main').textContent()) ?? '';
    expect(main).toContain('No ratings or review content appear here');
    expect(main).not.toMatch(/rating:|calibrat/i);

    // Answer two guided questions: one shared with the manager, one kept private.
    const first = employee.getByTestId('guided-question').nth(0);
    await first.getByTestId('note-add').click();
    await first.getByTestId('note-text').fill(sharedAnswer);
    await first.getByRole('switch', { name: 'Share with my manager' }).check();
    await first.getByTestId('note-save').click();
    await first.getByText(sharedAnswer).waitFor();
    const second = employee.getByTestId('guided-question').nth(1);
    await second.getByTestId('note-add').click();
    await second.getByTestId('note-text').fill(privateAnswer);
    await second.getByTestId('note-save').click();
    await second.getByText(privateAnswer).waitFor();
    await settle(employee);
    await screenshot(employee, 'conversations-detail-employee');
    await expectNoBlockingViolations(employee, 'career conversation, employee');

    // The manager sees the shared answer only, adds a note of their own, and sees who is overdue.
    const managerSession = await openSession(browser());
    const manager = managerSession.page;
    await signIn(manager, demoAccounts.manager);
    await open(manager, '/growth/conversations', 'Career conversations');
    await manager.getByTestId('reports-cadence').waitFor();
    await manager.getByTestId('overdue-count').waitFor();
    expect(
      await manager.locator('[data-testid="cadence-row"][data-overdue="true"]').count(),
    ).toBeGreaterThanOrEqual(2);
    await screenshot(manager, 'conversations-list-manager');
    await expectNoBlockingViolations(manager, 'career conversations, manager');
    await open(manager, conversationUrl, /Career conversation with/);
    await manager.getByText(sharedAnswer).waitFor();
    expect(await manager.getByText(privateAnswer).count()).toBe(0);
    const managerNote = manager.getByTestId('guided-question').nth(2);
    await managerNote.getByTestId('note-add').click();
    await managerNote.getByTestId('note-text').fill('Happy to find you a first design lead piece.');
    await managerNote.getByTestId('note-save').click();
    await managerNote.getByText('Happy to find you a first design lead piece.').waitFor();
    // The manager writes down what they agreed; both of them see it.
    const agreed = manager.getByTestId('agreed-actions');
    await agreed.getByTestId('agreed-action-text').fill(`Pair on the search API design (${stamp})`);
    await agreed.getByTestId('agreed-action-add').click();
    await agreed.getByText(`Pair on the search API design (${stamp})`).waitFor();
    await settle(manager);
    await screenshot(manager, 'conversations-detail-manager');
    await expectNoBlockingViolations(manager, 'career conversation, manager');
    await managerSession.close();

    // The employee records the outcome: a new aspiration and a draft plan.
    await employee.reload();
    await employee.getByText('Happy to find you a first design lead piece.').waitFor();
    await employee
      .getByTestId('agreed-action')
      .getByText(`Pair on the search API design (${stamp})`)
      .waitFor();
    await employee.getByTestId('conversation-complete').click();
    // One action for both sides, "Mark as held", which asks for the day it was held.
    const outcome = employee.getByRole('dialog', { name: 'Mark as held' });
    const heldOn = outcome.getByTestId('conversation-held-on');
    // Planned three weeks out, so it suggests today; a future day is refused with the reason.
    await expect.poll(() => heldOn.inputValue()).toBe(displayDate(0));
    await heldOn.fill(displayDate(1));
    await outcome.getByText('Mark as held', { exact: true }).first().click();
    await outcome.getByText('The day it was held cannot be after today.').waitFor();
    await outcome.getByTestId('outcome-submit').click();
    expect(await outcome.isVisible()).toBe(true);
    await heldOn.fill(displayDate(0));
    await outcome
      .getByTestId('outcome-summary')
      .fill('Aim for leading the search squad; start with one design lead piece.');
    await outcome.getByTestId('outcome-aspiration-text-0').fill(newAspiration);
    await outcome.getByRole('checkbox', { name: /Draft a development plan/ }).check();
    await outcome.getByTestId('outcome-goal-0').fill('Lead the design of one cross-team API');
    await settle(employee);
    await screenshot(employee, 'conversations-outcome-dialog', 'viewport');
    await expectNoBlockingViolations(employee, 'outcome dialog');
    await outcome.getByTestId('outcome-submit').click();
    await outcome.waitFor({ state: 'hidden' });
    await employee.getByTestId('conversation-status').getByText('Held').waitFor();
    await employee.getByTestId('conversation-outcome').getByText('A development plan was drafted').waitFor();
    await employee.getByText(`Held on ${displayDate(0)}`).waitFor();
    await employee.setViewportSize(wide);
    await settle(employee);
    await screenshot(employee, 'conversations-held-wide');
    await expectNoBlockingViolations(employee, 'held conversation (wide)');

    await open(employee, '/growth/aspirations', 'Aspirations');
    const created = employee.getByTestId('aspiration-card').filter({ hasText: newAspiration });
    await created.waitFor();
    expect(await created.textContent()).toContain('From a career conversation');
    await screenshot(employee, 'conversations-aspirations-after');
    await employeeSession.close();
  }, 240_000);

  test('HR sees coverage counts, sets the rhythm and edits the question bank', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await signIn(page, demoAccounts.hr);
    await open(page, '/growth/conversations', 'Career conversations');
    await page.getByTestId('conversation-coverage').locator('.recharts-surface').first().waitFor();
    const coverage = (await page.getByTestId('conversation-coverage').textContent()) ?? '';
    expect(coverage).toContain('Across the organisation');
    expect(coverage).not.toContain(sharedAnswer);
    await screenshot(page, 'conversations-hr');
    await expectNoBlockingViolations(page, 'career conversations, HR');

    await page.getByRole('link', { name: 'Edit the question bank' }).click();
    await page.getByRole('heading', { level: 1, name: 'Career conversation questions' }).waitFor();
    await page.getByTestId('question-row').first().waitFor();
    const before = await page.getByTestId('question-row').count();
    await page.getByTestId('question-add').click();
    const dialog = page.getByRole('dialog', { name: 'Add a question' });
    await dialog.getByTestId('question-prompt').fill(`Who would you like to learn from next? (${stamp})`);
    await dialog.getByTestId('question-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByTestId('question-list')
      .getByText(`Who would you like to learn from next? (${stamp})`)
      .waitFor();
    expect(await page.getByTestId('question-row').count()).toBe(before + 1);
    await settle(page);
    await screenshot(page, 'conversations-question-bank');
    await expectNoBlockingViolations(page, 'question bank');
    await session.close();
  }, 120_000);

  test('conversations and aspirations work on a phone', async () => {
    const session = await openSession(browser(), phone);
    const { page } = session;
    await signIn(page, demoAccounts.employee);
    for (const [path, heading, name] of [
      ['/growth/aspirations', 'Aspirations', 'aspirations'],
      ['/growth/conversations', 'Career conversations', 'list'],
    ] as const) {
      await open(page, path, heading);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `no horizontal scrolling at 390 px on ${path}`).toBeLessThanOrEqual(390);
      await screenshot(page, `conversations-${name}-phone`);
      await expectNoBlockingViolations(page, `${name} on a phone`);
    }
    await page.getByTestId('conversation-row').first().getByRole('link').click();
    await page.getByTestId('guided-question').first().waitFor();
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect((await page.getByRole('main').textContent()) ?? '').toContain(managerName);
    await screenshot(page, 'conversations-detail-phone');
    await expectNoBlockingViolations(page, 'conversation on a phone');
    await session.close();
  }, 120_000);
});
