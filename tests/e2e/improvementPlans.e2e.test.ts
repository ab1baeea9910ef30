import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
import {
  browserForFile,
  demoAccounts,
  openSession,
  phone,
  screenshot,
  settle,
  signIn,
  visit,
  wide,
} from './support/browser';
import { choose } from './support/forms';
import { demoPersonName } from './support/pages';

const browser = browserForFile();

/** `YYYY-MM-DD`, `days` from today (London: the demo organisation's zone is close enough for a due date weeks ahead). */
function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The plan's state badge on its page, once it reads `state`. */
async function stateIs(page: Page, state: string) {
  await expect.poll(() => page.getByTestId('pip-state').first().textContent()).toBe(state);
}

test('improvement plan: HR publishes, the employee finds it on Home and acknowledges with a response, the manager reads it', async () => {
  const employeeName = demoPersonName('employee');
  const stamp = Date.now().toString(36);
  const reason = `Missed the agreed review turnaround several times (${stamp}).`;
  const response = `I have read the plan. The turnaround slipped while I covered on-call (${stamp}).`;

  // HR drafts the plan for the demo employee, looks at the fairness check and publishes.
  const hr = await openSession(browser(), wide);
  await signIn(hr.page, demoAccounts.hr);
  await visit(hr.page, '/performance/improvement-plans');
  await hr.page.getByTestId('pip-row').first().waitFor();
  await screenshot(hr.page, 'pip-list-hr');
  await expectNoBlockingViolations(hr.page, 'improvement plans: list (HR)');

  await hr.page.getByTestId('new-plan').click();
  await hr.page.getByRole('heading', { level: 1, name: 'New improvement plan' }).waitFor();
  const employeeField = hr.page.getByTestId('pip-employee');
  await employeeField.fill(employeeName.split(' ')[0] ?? employeeName);
  await hr.page.getByRole('option', { name: employeeName }).click();
  await hr.page.getByRole('textbox', { name: 'Why a plan is needed' }).fill(reason);
  const expectation = hr.page.getByTestId('pip-expectation').first();
  await expectation
    .getByRole('textbox', { name: 'Expectation' })
    .fill('Review every pull request assigned to you within one working day');
  await expectation.getByRole('textbox', { name: 'Measure' }).fill('Review turnaround in the team dashboard');
  const due = expectation.getByRole('textbox', { name: 'Due' });
  await due.fill(isoDay(28));
  // Typing the date is enough; Escape closes the calendar the field opened, as a keyboard user would.
  await due.press('Escape');
  await hr.page.locator('.mantine-DateInput-dropdown').waitFor({ state: 'hidden' });
  await screenshot(hr.page, 'pip-editor-new-hr');
  await expectNoBlockingViolations(hr.page, 'improvement plans: new plan (HR)');
  await hr.page.getByTestId('pip-save').click();

  await hr.page.waitForURL(/\/performance\/improvement-plans\/[0-9a-f-]{36}$/);
  const planPath = new URL(hr.page.url()).pathname;
  await stateIs(hr.page, 'Draft');
  await hr.page.getByTestId('pip-fairness').waitFor();
  await expect.poll(() => hr.page.getByText('The plan passes the fairness check.').count()).toBe(1);
  await settle(hr.page);
  await screenshot(hr.page, 'pip-draft-fairness-hr');
  await expectNoBlockingViolations(hr.page, 'improvement plans: draft with fairness check (HR)');
  await hr.page.getByTestId('pip-publish').click();
  await stateIs(hr.page, 'Awaiting acknowledgement');

  // The employee, signed in on a phone, finds the plan on Home and acknowledges it with a response.
  const employee = await openSession(browser(), phone);
  await signIn(employee.page, demoAccounts.employee);
  await visit(employee.page, '/');
  const nowPanel = employee.page.getByTestId('pip-now-panel');
  await nowPanel.waitFor();
  await expect
    .poll(() => nowPanel.getByText('Please read the plan and acknowledge it', { exact: false }).count())
    .toBe(1);
  await nowPanel.scrollIntoViewIfNeeded();
  await screenshot(employee.page, 'pip-home-now-panel-employee-phone', 'viewport');
  await expectNoBlockingViolations(employee.page, 'Home with the improvement plan panel (employee, phone)');
  await nowPanel.getByRole('link', { name: 'Open the plan' }).click();
  await employee.page.waitForURL((url) => url.pathname === planPath);
  // The plan comes first and the acknowledgement after it; a note at the top says so.
  await employee.page.getByTestId('pip-read-first').waitFor();
  await employee.page.getByTestId('pip-acknowledge').waitFor();
  await settle(employee.page);
  // The reason stays with HR and the chain unless HR shows it; the employee reads the expectations.
  expect(await employee.page.getByText(reason).count()).toBe(0);
  await employee.page
    .getByText('Review every pull request assigned to you within one working day')
    .first()
    .waitFor();
  await screenshot(employee.page, 'pip-plan-employee-phone');
  await expectNoBlockingViolations(employee.page, 'improvement plan to acknowledge (employee, phone)');

  await employee.page.getByRole('textbox', { name: 'Your response (optional)' }).fill(response);
  await employee.page.getByRole('button', { name: 'Acknowledge' }).click();
  await stateIs(employee.page, 'Acknowledged');
  await employee.page.getByTestId('pip-responses').getByText(response).waitFor();
  expect(await employee.page.getByTestId('pip-acknowledge').count()).toBe(0);
  await settle(employee.page);
  await screenshot(employee.page, 'pip-plan-acknowledged-employee-phone');
  await expectNoBlockingViolations(employee.page, 'acknowledged improvement plan (employee, phone)');
  await employee.close();

  // The manager sees the acknowledgement and the response, which nobody but the employee writes.
  const manager = await openSession(browser(), wide);
  await signIn(manager.page, demoAccounts.manager);
  // The team view flags the report whose plan is under way, and the flag leads to the plan.
  await visit(manager.page, '/team');
  const flag = manager.page.getByRole('link', { name: `Improvement plan of ${employeeName}` });
  await flag.waitFor();
  await screenshot(manager.page, 'pip-team-flag-manager');
  await expectNoBlockingViolations(manager.page, 'team view with an improvement plan flag (manager)');
  await flag.click();
  await manager.page.waitForURL((url) => url.pathname === planPath);
  await stateIs(manager.page, 'Acknowledged');
  await manager.page.getByTestId('pip-responses').getByText(response).waitFor();
  expect(await manager.page.getByTestId('pip-response-body').count()).toBe(0);
  expect(await manager.page.getByTestId('pip-acknowledge').count()).toBe(0);
  await manager.page
    .getByTestId('pip-history')
    .getByText(/Acknowledged \d/)
    .first()
    .waitFor();
  await screenshot(manager.page, 'pip-plan-acknowledged-manager');
  await expectNoBlockingViolations(manager.page, 'acknowledged improvement plan (manager)');
  // The PDF is a plain link carrying the session cookie.
  const pdfHref = await manager.page.getByTestId('pip-pdf').getAttribute('href');
  const pdf = await manager.page.request.get(pdfHref ?? '');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  await manager.close();

  // HR reads the same, then closes the plan (cancelled) so the demo employee's Home is as it was.
  await visit(hr.page, planPath);
  await hr.page.getByTestId('pip-responses').getByText(response).waitFor();
  expect(await hr.page.getByTestId('pip-response-body').count()).toBe(0);
  await hr.page.getByTestId('pip-close').click();
  const dialog = hr.page.getByRole('dialog', { name: 'Close the plan' });
  await choose(dialog, hr.page, 'Outcome', 'Cancelled');
  await dialog.getByRole('textbox', { name: 'Rationale' }).fill(`Closed by the browser test (${stamp}).`);
  await screenshot(hr.page, 'pip-close-dialog-hr', 'viewport');
  await expectNoBlockingViolations(hr.page, 'close an improvement plan (HR)');
  await dialog.getByRole('button', { name: 'Close the plan' }).click();
  await stateIs(hr.page, 'Closed');
  await settle(hr.page);
  await screenshot(hr.page, 'pip-plan-closed-hr');
  await hr.close();
});
