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

const browser = browserForFile();

const goalText = 'Run the platform roadmap review without rescuing every discussion';
const coachNote =
  'Session 1 (new engagement): agreed to try one review a week where Sofia only asks questions.';
const summaryText = 'Second round of coaching: I am practising leading reviews by asking, not answering.';

/** The "My coaching" section of /growth/coaching. */
const mine = (page: Page) => page.getByRole('region', { name: /^My coaching/ });

test('coaching: the employee asks a coach, the coach accepts, a note is written, and the manager sees only the shared summary', async () => {
  // ---- Sofia ends her seeded engagement (one open engagement at a time), then asks the demo coach again ----
  const employee = await openSession(browser(), wide);
  const me = await signIn(employee.page, demoAccounts.employee);
  const sofiaId = me.person!.id;
  await visit(employee.page, '/growth/coaching');
  await mine(employee.page).getByText('Active', { exact: true }).first().waitFor();
  await mine(employee.page).getByRole('button', { name: 'Mark completed' }).click();
  await mine(employee.page).getByText('Completed', { exact: true }).first().waitFor();

  const tomas = employee.page.getByTestId('coach-card').filter({ hasText: 'Tomás Reyes' });
  await tomas.getByRole('button', { name: 'Ask for coaching' }).click();
  await employee.page.getByText('Your request was sent to the coach.').waitFor();
  await mine(employee.page).getByText('Requested', { exact: true }).first().waitFor();
  expect(await employee.page.getByRole('button', { name: 'Ask for coaching' }).count()).toBe(0);

  // ---- A goal tied to one of her own aspirations ----
  const choices = await employee.page.request.get('/api/growth/coaching/aspiration-choices');
  expect(choices.status()).toBe(200);
  const { items } = (await choices.json()) as { items: { id: string; aspirationText: string }[] };
  expect(items.length).toBeGreaterThan(0);
  const aspiration = items[0]!.aspirationText;
  const goals = employee.page.getByTestId('coaching-goal-form');
  await goals.getByRole('textbox', { name: 'What do you want from coaching?' }).fill(goalText);
  await choose(goals, employee.page, 'Tied to one of my aspirations', aspiration);
  await goals.getByRole('button', { name: 'Add goal' }).click();
  const goal = mine(employee.page).getByText(goalText);
  await goal.waitFor();
  expect(await goal.textContent()).toContain(aspiration);
  await settle(employee.page);
  await expectNoBlockingViolations(employee.page, 'coaching: employee page (requested)');
  await screenshot(employee.page, 'coaching-employee-requested');

  // ---- The coach accepts on the coach home and writes the first note ----
  const coach = await openSession(browser(), wide);
  await signIn(coach.page, demoAccounts.coach);
  await visit(coach.page, '/growth/coaching/coach');
  const requests = coach.page.getByRole('region', { name: 'Requests to answer' });
  const request = requests.getByText(/Sofia Almeida · /).locator('..');
  await request.getByRole('button', { name: 'Accept' }).click();
  await requests.getByText('Nothing here yet.').waitFor();
  const noteBox = coach.page.getByRole('textbox', { name: 'Write a note' });
  await noteBox.fill(coachNote);
  await coach.page.getByRole('button', { name: 'Save note' }).click();
  await coach.page.getByTestId('coaching-notes').getByText(coachNote).waitFor();
  await expect.poll(() => noteBox.inputValue()).toBe('');
  await settle(coach.page);
  await expectNoBlockingViolations(coach.page, 'coaching: coach home');
  await screenshot(coach.page, 'coaching-coach-home');

  // ---- Sofia sees the engagement active with the note, and shares a summary with her manager ----
  await visit(employee.page, '/growth/coaching');
  await mine(employee.page).getByText('Active', { exact: true }).first().waitFor();
  await mine(employee.page).getByTestId('coaching-notes').getByText(coachNote).waitFor();
  await mine(employee.page).getByRole('textbox', { name: 'Summary for my manager' }).fill(summaryText);
  await mine(employee.page).getByRole('switch', { name: 'Share with my manager' }).click({ force: true });
  const saved = employee.page.waitForResponse(
    (response) => response.request().method() === 'PUT' && response.url().endsWith('/summary'),
  );
  await mine(employee.page).getByRole('button', { name: 'Save summary' }).click();
  expect((await saved).status()).toBe(200);
  await employee.page.getByText('Summary saved.').waitFor();
  await settle(employee.page);
  expect(await mine(employee.page).getByRole('switch', { name: 'Share with my manager' }).isChecked()).toBe(
    true,
  );
  await expectNoBlockingViolations(employee.page, 'coaching: employee page (active, summary shared)');
  await screenshot(employee.page, 'coaching-employee-shared');

  // ---- Her manager opens her profile: the summary, and nothing of the notes or goals ----
  const manager = await openSession(browser(), wide);
  await signIn(manager.page, demoAccounts.manager);
  await visit(manager.page, `/people/${sofiaId}`);
  const panel = manager.page.getByTestId('coaching-next-panel');
  await panel.getByTestId('coaching-summary').filter({ hasText: summaryText }).waitFor();
  expect(await manager.page.getByText(coachNote).count()).toBe(0);
  expect(await manager.page.getByText(goalText).count()).toBe(0);
  // ---- He may invite her to coaching; all he ever learns is that the invitation was sent ----
  const invite = panel.getByTestId('coaching-invite');
  await invite.getByRole('button', { name: 'Invite to coaching' }).click();
  await invite.getByText('Sent', { exact: true }).waitFor();
  await invite.getByText(/^Invitation sent /).waitFor();
  await settle(manager.page);
  await panel.scrollIntoViewIfNeeded();
  await expectNoBlockingViolations(manager.page, 'coaching: manager on the employee profile');
  await screenshot(manager.page, 'coaching-manager-profile-summary', 'viewport');

  // ---- HR: counts and the pool, no names of coachees ----
  const hr = await openSession(browser(), wide);
  await signIn(hr.page, demoAccounts.hr);
  await visit(hr.page, '/growth/coaching/hr');
  await hr.page
    .getByRole('region', { name: 'Coach pool' })
    .getByText(/Tomás Reyes/)
    .waitFor();
  expect(await hr.page.getByText('Sofia Almeida').count()).toBe(0);
  await expectNoBlockingViolations(hr.page, 'coaching: HR logistics');
  await screenshot(hr.page, 'coaching-hr');

  // ---- The employee page on a phone ----
  const small = await openSession(browser(), phone);
  await signIn(small.page, demoAccounts.employee);
  await visit(small.page, '/growth/coaching');
  await mine(small.page).getByText('Active', { exact: true }).first().waitFor();
  const invitations = small.page.getByRole('region', { name: 'Invitations' });
  await invitations.getByText(/^Daniel Mensah invited you to try coaching/).waitFor();
  await expectNoBlockingViolations(small.page, 'coaching: employee page (phone)');
  await screenshot(small.page, 'coaching-employee-phone');

  for (const session of [employee, coach, manager, hr, small]) await session.close();
}, 120_000);
