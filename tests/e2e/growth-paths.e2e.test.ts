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
import { openPage as open } from './support/forms';
import { demoPersonName } from './support/pages';

const browser = browserForFile();
const employeeName = demoPersonName('employee');

async function noHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'no horizontal scrolling at 390 px').toBeLessThanOrEqual(390);
}

describe('growth: career paths and learning', () => {
  test('the employee sees the gap to the next level and updates a self-assessment', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await loginAs(page, demoAccounts.employee);
    await open(page, '/growth/paths', 'Career path');
    expect(await page.getByTestId('paths-current-level').textContent()).toBe('Professional');
    await page.getByText('Compared with Senior (Individual contributor)').waitFor();
    const gaps = page.getByTestId('paths-biggest-gaps');
    await gaps.waitFor();
    expect(await gaps.getByRole('listitem').count()).toBeGreaterThan(0);
    await screenshot(page, 'growth-paths-mine-desktop');
    await expectNoBlockingViolations(page, 'my career path');

    const card = page.getByRole('article', { name: 'Strategic thinking' });
    await card.getByRole('button', { name: /^Update my assessment\s*: Strategic thinking$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Assess yourself: Strategic thinking' });
    await dialog.getByRole('radio', { name: /2\. Practising/ }).check();
    await dialog
      .getByRole('textbox', { name: 'Examples' })
      .fill('Wrote the trade-off note for the storage decision.');
    await dialog.getByRole('switch', { name: 'Share with my manager' }).check();
    await screenshot(page, 'growth-paths-assess-dialog', 'viewport');
    await expectNoBlockingViolations(page, 'self-assessment dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('2 · Practising').waitFor();
    await card.getByText('Wrote the trade-off note for the storage decision.').waitFor();
    await card.getByText('Shared', { exact: true }).waitFor();

    // Comparing with another track's level redraws the chart.
    await page.getByRole('combobox', { name: 'Compare with a track' }).click();
    await page.getByRole('option', { name: 'Management' }).click();
    await page.getByRole('combobox', { name: 'Level' }).click();
    await page.getByRole('option', { name: 'Manager', exact: true }).click();
    await page.getByText('Compared with Manager (Management)').waitFor();
    await settle(page);
    await screenshot(page, 'growth-paths-compare-management');
    await session.close();
  });

  test('the manager sees only what the report shared and adds a developmental view', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await signIn(page, demoAccounts.manager);
    await open(page, '/growth/paths', 'Career path');
    await page.getByRole('link', { name: employeeName }).click();
    await page.getByRole('heading', { level: 1, name: `Career path of ${employeeName}` }).waitFor();
    await settle(page);
    // Not shared by the employee in the demo: hidden from the manager.
    const growing = page.getByRole('article', { name: 'Growing others' });
    await growing.getByText('Not shared').waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain(
      'I answer questions but have not mentored',
    );
    const problems = page.getByRole('article', { name: 'Problem solving' });
    await problems.getByRole('button', { name: /^Add my view\s*: Problem solving$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Your developmental view: Problem solving' });
    await dialog.getByRole('radio', { name: /2\. Practising/ }).check();
    await dialog
      .getByRole('textbox', { name: 'Examples' })
      .fill('Good at splitting problems; next, frame them for the team.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await problems
      .getByText('Good at splitting problems; next, frame them for the team.', { exact: false })
      .waitFor();
    await screenshot(page, 'growth-paths-manager-view');
    await expectNoBlockingViolations(page, 'a report’s career path');
    await session.close();
  });

  test('HR edits a competency and sees the track editor, never anyone’s assessments', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await signIn(page, demoAccounts.hr);
    await open(page, '/growth/library', 'Competencies and paths');
    await screenshot(page, 'growth-library-index');
    await expectNoBlockingViolations(page, 'competency library index');

    await page.getByRole('link', { name: 'Communication' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit Communication' }).waitFor();
    await settle(page);
    await screenshot(page, 'growth-library-competency-editor');
    await expectNoBlockingViolations(page, 'competency editor');
    const description = page.getByRole('textbox', { name: 'Description' });
    await description.fill('Sharing information clearly, in writing, in meetings and across time zones.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Competencies and paths' }).waitFor();
    await page.getByText('Competency saved').waitFor();

    await page.getByRole('link', { name: 'Individual contributor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit Individual contributor' }).waitFor();
    await settle(page);
    await page.getByRole('button', { name: '3. Senior' }).click();
    await page.getByRole('textbox', { name: 'Level name' }).waitFor();
    await screenshot(page, 'growth-library-track-editor');
    await expectNoBlockingViolations(page, 'track editor');

    await open(page, '/growth/library/competencies/new', 'New competency');
    await expectNoBlockingViolations(page, 'new competency');

    // HR may open someone's path (to place them) but sees no assessment.
    const me = await signIn(page, demoAccounts.employee);
    await signIn(page, demoAccounts.hr);
    await open(page, `/growth/paths/people/${me.person!.id}`, `Career path of ${employeeName}`);
    await page.getByText('Assessments stay between the person and their manager').waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('Led the move of the payments service');
    await expectNoBlockingViolations(page, 'career path as HR');
    await session.close();
  });

  test('learning: enrol, complete, certifications; HR sees counts and edits the catalogue', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await signIn(page, demoAccounts.employee);
    await open(page, '/growth/learning', 'Learning');
    const item = page.getByRole('article', { name: 'Writing design documents people read' });
    await item.waitFor();
    await screenshot(page, 'growth-learning-catalogue');
    await expectNoBlockingViolations(page, 'learning catalogue');
    await item.getByRole('button', { name: /^Enrol\s*: Writing design documents people read$/ }).click();
    await item.getByText('Enrolled', { exact: true }).waitFor();

    await page.getByRole('tab', { name: 'My learning' }).click();
    const enrolment = page.getByRole('article', { name: 'Writing design documents people read' });
    await enrolment
      .getByRole('button', { name: /^Mark complete\s*: Writing design documents people read$/ })
      .click();
    const dialog = page.getByRole('dialog', { name: /Complete/ });
    await expectNoBlockingViolations(page, 'complete dialog');
    await dialog.getByRole('button', { name: 'Mark complete' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await enrolment.getByText(/^Completed /).waitFor();
    await settle(page);
    await screenshot(page, 'growth-learning-mine');
    await expectNoBlockingViolations(page, 'my learning');

    await page.getByRole('tab', { name: 'Certifications' }).click();
    const cert = page.getByRole('article', { name: 'Cloud architecture – associate' });
    await cert.getByText('Expires soon').waitFor();
    await settle(page);
    await screenshot(page, 'growth-learning-certifications');
    await expectNoBlockingViolations(page, 'certifications');

    await signIn(page, demoAccounts.hr);
    await open(page, '/growth/learning', 'Learning');
    const hrItem = page.getByRole('article', { name: 'Writing design documents people read' });
    await hrItem.getByText(/\d+ enrolled · \d+ completed/).waitFor();
    await hrItem.getByRole('button', { name: /^Edit\s*: Writing design documents people read$/ }).click();
    const edit = page.getByRole('dialog', { name: 'Edit catalogue item' });
    await edit.getByRole('textbox', { name: 'Provider' }).fill('Trellis Academy – writing guild');
    await screenshot(page, 'growth-learning-edit-item', 'viewport');
    await expectNoBlockingViolations(page, 'edit catalogue item');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'hidden' });
    await hrItem.getByText(/writing guild/).waitFor();
    await session.close();
  });

  test('career path and learning work on a phone', async () => {
    const session = await openSession(browser(), phone);
    const { page } = session;
    await signIn(page, demoAccounts.employee);
    await open(page, '/growth/paths', 'Career path');
    await page.getByTestId('paths-biggest-gaps').waitFor();
    await noHorizontalScroll(page);
    await screenshot(page, 'growth-paths-phone');
    await expectNoBlockingViolations(page, 'career path on a phone');
    await open(page, '/growth/learning?tab=certifications', 'Learning');
    await page.getByTestId('learning-certification').first().waitFor();
    await noHorizontalScroll(page);
    await screenshot(page, 'growth-learning-phone');
    await expectNoBlockingViolations(page, 'learning on a phone');
    await session.close();
  });
});
