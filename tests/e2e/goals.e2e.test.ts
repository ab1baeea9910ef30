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
} from './support/browser';

const browser = browserForFile();

test('an employee creates a goal, checks in and sees the history chart', async () => {
  const session = await openSession(browser());
  const { page } = session;
  await signIn(page, demoAccounts.employee);
  await visit(page, '/performance/goals');
  await expect.poll(() => page.getByTestId('goal-card').count()).toBeGreaterThan(0);
  await screenshot(page, 'goals-mine');
  await expectNoBlockingViolations(page, 'goals: my goals (employee)');

  const title = `Publish the API guide ${Date.now().toString(36)}`;
  await page.getByRole('button', { name: 'New goal' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New goal' });
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await dialog.getByRole('textbox', { name: 'Key result 1' }).fill('Guides published');
  await dialog.getByRole('textbox', { name: 'Target' }).fill('4');
  await dialog.getByRole('combobox', { name: 'Aligns with' }).click();
  await page.getByRole('option').first().click();
  await screenshot(page, 'goals-create-form', 'viewport');
  await expectNoBlockingViolations(page, 'goals: create form');
  await dialog.getByRole('button', { name: 'Create goal' }).click();

  await page.waitForURL(/\/performance\/goals\/[0-9a-f-]{36}$/);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
  await expect.poll(() => page.getByText('No check-ins yet').count()).toBe(1);

  await page.getByRole('radio', { name: 'At risk' }).check();
  await page.getByRole('textbox', { name: 'Guides published' }).fill('2');
  await page.getByRole('textbox', { name: 'Comment' }).fill('Two drafts are in review.');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect.poll(() => page.getByText('Overall 50%').count()).toBe(1);
  await expect.poll(() => page.getByTestId('goal-history-chart').count()).toBe(1);
  await expect.poll(() => page.getByText('Two drafts are in review.').count()).toBe(1);
  await page.getByTestId('goal-history-chart').locator('svg').first().waitFor();
  await screenshot(page, 'goals-detail-after-check-in');
  await expectNoBlockingViolations(page, 'goals: detail with history');
  await session.close();
});

test('the company tree opens level by level', async () => {
  const session = await openSession(browser());
  const { page } = session;
  await signIn(page, demoAccounts.manager);
  await visit(page, '/performance/goals');
  await page.getByText('Company tree').click();
  await expect.poll(() => page.getByTestId('goal-tree-node').count()).toBe(3);
  await page
    .getByRole('button', { name: /^Show goals aligned with/ })
    .first()
    .click();
  await expect.poll(() => page.getByTestId('goal-tree-node').count()).toBeGreaterThan(3);
  await screenshot(page, 'goals-tree');
  await expectNoBlockingViolations(page, 'goals: company tree (manager)');
  await page.getByText('My team').click();
  await expect.poll(() => page.getByTestId('goal-card').count()).toBeGreaterThan(0);
  await expectNoBlockingViolations(page, 'goals: my team (manager)');
  await session.close();
});

test('a demo goal with a quarter of history shows its chart, also on a phone', async () => {
  const session = await openSession(browser(), phone);
  const { page } = session;
  await signIn(page, demoAccounts.employee);
  await visit(page, '/performance/goals');
  await page.getByTestId('goal-card').last().getByRole('link').first().click();
  await page.getByTestId('goal-history-chart').locator('svg').first().waitFor();
  await screenshot(page, 'goals-detail-phone');
  await expectNoBlockingViolations(page, 'goals: detail (phone)');
  await session.close();
});

test('HR pages: KPIs and templates with a preview count before assigning', async () => {
  const session = await openSession(browser());
  const { page } = session;
  await signIn(page, demoAccounts.hr);
  await visit(page, '/performance/kpis');
  await expect.poll(() => page.getByTestId('performance-area').count()).toBeGreaterThan(1);
  await screenshot(page, 'goals-kpis-hr');
  await expectNoBlockingViolations(page, 'KPIs (HR)');

  // An area for one job title: switch the scope, search the titles, pick one.
  const areaName = `Customer focus ${Date.now().toString(36)}`;
  await page.getByRole('button', { name: 'New area' }).click();
  const areaDialog = page.getByRole('dialog', { name: 'New key performance area' });
  await areaDialog.getByRole('textbox', { name: 'Name' }).fill(areaName);
  await areaDialog.getByText('A job title', { exact: true }).click();
  const titlePicker = areaDialog.getByRole('combobox', { name: 'Job title' });
  await titlePicker.click();
  await titlePicker.fill('engineer');
  const firstTitle = page.getByRole('option').first();
  await expect.poll(() => firstTitle.textContent()).toMatch(/engineer/i);
  const titleName = (await firstTitle.textContent())!;
  await firstTitle.click();
  await areaDialog.getByRole('textbox', { name: 'KPI 1' }).fill('Customer issues resolved');
  await areaDialog.getByRole('textbox', { name: 'Target' }).fill('12');
  await screenshot(page, 'goals-kpis-area-for-title', 'viewport');
  await expectNoBlockingViolations(page, 'KPIs: area form for a job title (HR)');
  await areaDialog.getByRole('button', { name: 'Save' }).click();
  await areaDialog.waitFor({ state: 'hidden' });
  const areaCard = page.getByTestId('performance-area').filter({ hasText: areaName });
  await expect.poll(() => areaCard.textContent()).toContain(`For job title ${titleName}`);
  await page.getByRole('button', { name: `Remove ${areaName}` }).click();
  await expect.poll(() => areaCard.count()).toBe(0);

  await visit(page, '/performance/goal-templates');
  await page.getByRole('button', { name: 'Assign to people' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Period starts').fill('2027-01-01');
  await dialog.getByLabel('Period ends').fill('2027-03-31');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect
    .poll(() => page.getByTestId('assign-preview').textContent())
    .toMatch(/\d+ people will get this goal/);
  await screenshot(page, 'goals-templates-assign', 'viewport');
  await expectNoBlockingViolations(page, 'goal templates: assign dialog (HR)');
  await session.close();
});

test('an employee sees the KPIs for their own level and job title', async () => {
  const session = await openSession(browser());
  const { page } = session;
  await signIn(page, demoAccounts.employee);
  await visit(page, '/performance/kpis');
  await expect.poll(() => page.getByTestId('performance-area').count()).toBeGreaterThan(1);
  // One area for their level and one for their job title.
  const scopes = await page.getByTestId('performance-area').allTextContents();
  expect(scopes.some((text) => text.includes('For level '))).toBe(true);
  expect(scopes.some((text) => text.includes('For job title '))).toBe(true);
  await screenshot(page, 'goals-kpis-employee');
  await expectNoBlockingViolations(page, 'KPIs (employee)');
  await session.close();
});
