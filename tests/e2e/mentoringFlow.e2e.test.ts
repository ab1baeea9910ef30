import { expect, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
import {
  browserForFile,
  demoAccounts,
  openSession,
  phone,
  screenshot,
  signIn,
  visit,
  wide,
} from './support/browser';
import { choose } from './support/forms';

const browser = browserForFile();

test('mentoring: HR opens a programme, a mentor offers, a mentee asks, the mentor accepts and a session is logged', async () => {
  const stamp = Date.now().toString(36);
  const programmeName = `Mentoring circle ${stamp}`;

  // HR creates an open self-select programme.
  const hr = await openSession(browser(), wide);
  await signIn(hr.page, demoAccounts.hr);
  await visit(hr.page, '/growth/mentoring');
  await hr.page.getByRole('tab', { name: 'Programmes I run' }).click();
  await hr.page.getByRole('button', { name: 'New programme' }).click();
  const form = hr.page.getByTestId('mentoring-programme-form');
  await form.getByRole('textbox', { name: 'Name' }).fill(programmeName);
  await choose(form, hr.page, 'Status', 'Open');
  await form.getByRole('textbox', { name: 'Minimum level gap' }).fill('-5');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await hr.page.getByRole('link', { name: 'Manage' }).first().waitFor();
  await screenshot(hr.page, 'mentoring-admin-list');
  await expectNoBlockingViolations(hr.page, 'mentoring: programmes I run');

  // The demo manager offers to mentor.
  const mentor = await openSession(browser(), wide);
  await signIn(mentor.page, demoAccounts.manager);
  await visit(mentor.page, '/growth/mentoring');
  await mentor.page.getByRole('tab', { name: 'As mentor' }).click();
  const offer = mentor.page.getByTestId('mentoring-programme').filter({ hasText: programmeName });
  await offer.getByRole('button', { name: 'Offer to mentor' }).click();
  await mentor.page.getByTestId('mentoring-profile-save').click();
  await offer.getByRole('button', { name: 'Edit my profile' }).waitFor();

  // The coach persona joins as mentee (outside the manager's reporting line) and asks them.
  const mentee = await openSession(browser(), wide);
  await signIn(mentee.page, demoAccounts.coach);
  await visit(mentee.page, '/growth/mentoring');
  const join = mentee.page.getByTestId('mentoring-programme').filter({ hasText: programmeName });
  await join.getByRole('button', { name: 'Join as mentee' }).click();
  await mentee.page
    .getByRole('textbox', { name: 'Your goals, in your own words' })
    .fill('Learn to run retrospectives');
  await mentee.page.getByTestId('mentoring-profile-save').click();
  const suggestions = mentee.page.getByTestId('mentoring-suggestions').filter({ hasText: programmeName });
  await suggestions.getByTestId('mentoring-suggestion').first().waitFor();
  await screenshot(mentee.page, 'mentoring-suggestions');
  await expectNoBlockingViolations(mentee.page, 'mentoring: mentee view with suggestions');
  await suggestions.getByTestId('mentoring-ask').first().click();
  await expect.poll(() => mentee.page.getByTestId('mentoring-match-card').count()).toBeGreaterThan(0);

  // The mentor accepts, writes the agreement; the mentee confirms; a session is logged.
  await visit(mentor.page, '/growth/mentoring');
  await mentor.page.getByRole('tab', { name: 'As mentor' }).click();
  await mentor.page
    .getByTestId('mentoring-match-card')
    .filter({ hasText: 'Waiting for the mentor' })
    .first()
    .getByRole('link')
    .click();
  await mentor.page.getByTestId('mentoring-accept').click();
  const agreement = mentor.page.getByTestId('mentoring-agreement-form');
  await agreement.getByRole('textbox', { name: 'Goals' }).fill('Run two retrospectives with feedback');
  const end = agreement.getByRole('textbox', { name: 'End date' });
  await end.fill(new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10));
  await end.press('Escape');
  await mentor.page.getByTestId('mentoring-agreement-save').click();
  await mentor.page.getByText('Waiting for the mentee to confirm.').waitFor();
  await screenshot(mentor.page, 'mentoring-match-mentor');
  await expectNoBlockingViolations(mentor.page, 'mentoring: match (mentor)');
  const matchUrl = mentor.page.url();

  await mentee.page.goto(matchUrl);
  await mentee.page.getByTestId('mentoring-confirm').click();
  const session = mentee.page.getByTestId('mentoring-session-form');
  await session.getByLabel('Date and time').fill('2026-11-02T10:00');
  await session.getByRole('textbox', { name: 'Topic' }).fill('First retrospective plan');
  await mentee.page.getByTestId('mentoring-session-save').click();
  await mentee.page.getByTestId('mentoring-session').first().waitFor();
  await screenshot(mentee.page, 'mentoring-match-mentee');

  await hr.page.getByRole('link', { name: 'Manage' }).first().click();
  await hr.page.getByTestId('mentoring-admin-matches').waitFor();
  await screenshot(hr.page, 'mentoring-programme-admin');
  await expectNoBlockingViolations(hr.page, 'mentoring: programme admin');

  const small = await openSession(browser(), phone);
  await signIn(small.page, demoAccounts.coach);
  await visit(small.page, '/growth/mentoring');
  await small.page.getByTestId('mentoring-match-card').first().waitFor();
  await screenshot(small.page, 'mentoring-phone');
}, 180_000);
