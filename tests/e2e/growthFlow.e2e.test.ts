import { describe, expect, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
import {
  browserForFile,
  demoAccounts,
  loginAs,
  openSession,
  screenshot,
  settle,
  signIn,
} from './support/browser';
import { choose, openPage } from './support/forms';
import { demoPersonName } from './support/pages';

const browser = browserForFile();
const managerName = demoPersonName('manager');
const stamp = Date.now().toString(36);
const sharedAnswer = `I do my best work untangling a messy problem with one other person (${stamp})`;
const aspiration = `Become the go-to person for API design within two years (${stamp})`;
const planTitle = `Towards API design lead (${stamp})`;
const linkedGoal = `Design one public API end to end (${stamp})`;
const openAction = `Draft the review checklist for new endpoints (${stamp})`;

/** A local `datetime-local` value four weeks out, on a morning. */
function inFourWeeks(): string {
  const d = new Date(Date.now() + 28 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T09:30`;
}

/**
 * The growth track's acceptance flow (issue 4) in one go: a career conversation between the
 * employee and the manager → its outcome updates the aspirations and drafts a plan → the plan gets
 * three actions, one goal linked to a business objective → shared → its open action appears in the
 * "Next" section of the next 1:1 with the manager, and on the home page's "Next" half.
 */
describe('growth flow: conversation → aspirations → plan → 1:1', () => {
  test('from a career conversation to the next 1:1', async () => {
    const employeeSession = await openSession(browser());
    const employee = employeeSession.page;
    await loginAs(employee, demoAccounts.employee);

    // 1. The employee schedules a career conversation with their manager and shares one answer.
    await openPage(employee, '/growth/conversations', 'Career conversations');
    await employee.getByTestId('conversation-start').click();
    const schedule = employee.getByRole('dialog', { name: 'Schedule a career conversation' });
    await choose(schedule, employee, 'With', new RegExp(managerName));
    await schedule.getByLabel('Date and time').fill(inFourWeeks());
    await schedule.getByRole('button', { name: 'Schedule' }).click();
    await employee.waitForURL(/\/growth\/conversations\/[0-9a-f-]{36}$/);
    const conversationPath = new URL(employee.url()).pathname;
    const question = employee.getByTestId('guided-question').first();
    await question.getByTestId('note-add').click();
    await question.getByTestId('note-text').fill(sharedAnswer);
    await question.getByRole('switch', { name: 'Share with my manager' }).check();
    await question.getByTestId('note-save').click();
    await question.getByText(sharedAnswer).waitFor();
    await settle(employee);
    await screenshot(employee, 'flow-growth-1-conversation');

    // 2. The manager holds it with them: the shared answer is there, no ratings anywhere.
    const managerSession = await openSession(browser());
    await signIn(managerSession.page, demoAccounts.manager);
    await openPage(managerSession.page, conversationPath, /Career conversation with/);
    await managerSession.page.getByText(sharedAnswer).waitFor();
    expect((await managerSession.page.getByRole('main').textContent()) ?? '').not.toMatch(
      /rating:|calibrat/i,
    );
    await screenshot(managerSession.page, 'flow-growth-2-manager');
    await managerSession.close();

    // 3. The outcome: a new aspiration and a drafted plan.
    await employee.getByTestId('conversation-complete').click();
    const outcome = employee.getByRole('dialog', { name: 'Mark as held' });
    await outcome.getByTestId('outcome-summary').fill('Aim at API design; start with one public API.');
    await outcome.getByTestId('outcome-aspiration-text-0').fill(aspiration);
    await outcome.getByRole('checkbox', { name: /Draft a development plan/ }).check();
    await outcome.getByRole('textbox', { name: 'Plan title' }).fill(planTitle);
    await outcome.getByTestId('outcome-goal-0').fill('Learn from the platform team how they review APIs');
    await outcome.getByTestId('outcome-submit').click();
    await outcome.waitFor({ state: 'hidden' });
    await employee.getByTestId('conversation-status').getByText('Held').waitFor();

    await openPage(employee, '/growth/aspirations', 'Aspirations');
    await employee.getByTestId('aspiration-card').filter({ hasText: aspiration }).waitFor();
    await screenshot(employee, 'flow-growth-3-aspirations');

    // 4. The drafted plan: made active, a goal linked to a business objective, three actions.
    await openPage(employee, '/growth/plans', 'Development plans');
    await employee.getByRole('link', { name: `Open ${planTitle}` }).click();
    await employee.getByRole('heading', { level: 1, name: planTitle }).waitFor();
    await employee.getByRole('button', { name: 'Plan status' }).click();
    await employee.getByRole('menuitem', { name: 'Mark as active' }).click();
    await employee.getByText('Active', { exact: true }).first().waitFor();

    await employee.getByRole('button', { name: 'Add goal' }).first().click();
    const goalDialog = employee.getByRole('dialog', { name: 'Add a development goal' });
    await goalDialog.getByRole('textbox', { name: 'Goal' }).fill(linkedGoal);
    await choose(goalDialog, employee, 'Business objective it supports (optional)', /·/);
    await goalDialog.getByRole('button', { name: 'Add goal' }).click();
    await goalDialog.waitFor({ state: 'hidden' });
    const goal = employee.getByTestId('plan-goal').filter({ hasText: linkedGoal });
    await goal.getByTestId('benefits-both').waitFor();

    const actions: [string, string][] = [
      ['Project', openAction],
      ['Shadowing', `Sit in on two platform API reviews (${stamp})`],
      ['Reading', `Read the team's API style guide (${stamp})`],
    ];
    for (const [kind, text] of actions) {
      await goal.getByRole('button', { name: 'Add action' }).click();
      const dialog = employee.getByRole('dialog', { name: 'Add an action' });
      await choose(dialog, employee, 'Kind', kind);
      await dialog.getByRole('textbox', { name: 'What will you do?' }).fill(text);
      await dialog.getByRole('button', { name: 'Add action' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await goal.getByTestId('plan-action').filter({ hasText: text }).waitFor();
    }
    expect(await goal.getByTestId('plan-action').count()).toBe(3);

    // 5. Shared with the manager.
    await employee.getByRole('button', { name: 'Share with my manager' }).click();
    await employee
      .getByRole('dialog', { name: 'Share this plan with your manager?' })
      .getByRole('button', { name: 'Share plan' })
      .click();
    await employee
      .getByTestId('plan-sharing')
      .getByText(/Shared with your manager since/)
      .waitFor();
    await settle(employee);
    await screenshot(employee, 'flow-growth-4-plan-shared');
    await expectNoBlockingViolations(employee, 'shared plan from a conversation');

    // 6. Open actions of the shared plan are suggested in the "Next" section of the next 1:1 with the
    // manager: at most three stand open at once, the soonest due first (the demo's plan fills them).
    await openPage(employee, '/performance/one-on-ones', '1:1s');
    await employee.getByRole('link', { name: `Open 1:1 with ${managerName}` }).click();
    await employee.getByRole('heading', { level: 1, name: `1:1 with ${managerName}` }).waitFor();
    await settle(employee);
    const next = employee.getByRole('region', { name: 'Next', exact: true });
    const suggestions = next.getByText(/^Development plan · /);
    await suggestions.first().waitFor();
    expect(await suggestions.count()).toBeLessThanOrEqual(3);
    await suggestions.first().scrollIntoViewIfNeeded();
    await screenshot(employee, 'flow-growth-5-one-on-one-next', 'viewport');

    // 7. The home page's "Next" half shows the plan, apart from "Now".
    await openPage(employee, '/', /Good (morning|afternoon|evening)/);
    await employee.getByTestId('half-next').getByText(planTitle).waitFor();
    expect(await employee.getByTestId('half-now').getByText(planTitle).count()).toBe(0);
    await screenshot(employee, 'flow-growth-6-home');
    await expectNoBlockingViolations(employee, 'home with growth');
    await employeeSession.close();
  }, 300_000);
});
