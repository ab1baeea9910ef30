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
import { fillCycleSetUp } from './support/compCycleSetup';

const browser = browserForFile();

test('pay cycle: HR drafts a cycle, sets rates, ratings, matrix and budget, launches it only once the check is clean, and overrides one person', async () => {
  const name = `Merit e2e ${Date.now().toString(36)}`;
  const hr = await openSession(browser(), wide);
  await signIn(hr.page, demoAccounts.hr);
  await visit(hr.page, '/performance/comp-cycles');
  await hr.page.getByTestId('new-comp-cycle').click();
  const create = hr.page.getByRole('dialog', { name: 'New pay cycle' });
  // Nothing typed: the form names the fields it needs and sends nothing.
  await create.getByRole('button', { name: 'Create draft' }).click();
  await create.getByText('Enter a name').or(create.locator('[aria-invalid="true"]')).first().waitFor();
  await create.getByRole('textbox', { name: 'Name' }).fill(name);
  await create.getByRole('textbox', { name: 'Exchange rates from' }).fill('ECB reference rates');
  await screenshot(hr.page, 'comp-cycle-create-hr', 'viewport');
  await expectNoBlockingViolations(hr.page, 'pay cycles: new cycle (HR)');
  await create.getByRole('button', { name: 'Create draft' }).click();

  // The draft's page: the launch check lists the currencies without a rate, and Launch waits.
  await hr.page.waitForURL(/\/performance\/comp-cycles\/[0-9a-f-]{36}$/);
  await hr.page.getByRole('heading', { level: 1, name }).waitFor();
  const check = hr.page.getByTestId('comp-cycle-check');
  await check.getByText(/to fix before launch/).waitFor();
  expect(await hr.page.getByTestId('comp-cycle-launch').isDisabled()).toBe(true);
  await settle(hr.page);
  await screenshot(hr.page, 'comp-cycle-draft-hr');
  await expectNoBlockingViolations(hr.page, 'pay cycle: draft set-up (HR)');

  // Every currency the demo pays in gets a rate; ratings come from the calibrated review cycle.
  await fillCycleSetUp(hr.page);
  await check.getByText(/Ready to launch: \d+ people/).waitFor();
  await settle(hr.page);
  await screenshot(hr.page, 'comp-cycle-ready-hr');

  // Launch: the rates freeze and everyone is snapshotted; the people list follows.
  await hr.page.getByTestId('comp-cycle-launch').click();
  const confirm = hr.page.getByRole('dialog', { name: `Launch ${name}?` });
  await confirm.getByRole('button', { name: 'Launch' }).click();
  await hr.page.getByTestId('comp-participants').waitFor();
  await expect.poll(() => hr.page.getByTestId('comp-participant').count()).toBeGreaterThan(10);
  await settle(hr.page);
  await screenshot(hr.page, 'comp-cycle-people-hr');
  await expectNoBlockingViolations(hr.page, 'pay cycle: people after launch (HR)');

  // HR leaves one eligible person out, with the reason kept beside the change.
  const first = hr.page.getByTestId('comp-participant').first();
  const person = (await first.locator('th, td').first().textContent())?.trim() ?? '';
  await first.getByRole('button', { name: 'Change' }).click();
  const override = hr.page.getByRole('dialog', { name: `Eligibility of ${person}` });
  await override.getByText('Excluded', { exact: true }).click();
  await override.getByRole('textbox', { name: 'Reason' }).fill('Reviewed in the executive cycle.');
  await override.getByRole('button', { name: 'Save' }).click();
  await hr.page.getByText('Eligibility changed').waitFor();
  await hr.page
    .getByRole('radiogroup', { name: 'Show', exact: true })
    .getByText('Excluded', { exact: true })
    .click();
  await hr.page
    .getByTestId('comp-participant')
    .filter({ hasText: person })
    .getByText('Changed by HR')
    .waitFor();

  // The frozen set-up reads back: the rates, the budget, the matrix.
  await hr.page.getByRole('tab', { name: 'Set-up' }).click();
  await hr.page.getByText('GBP 0.85 · USD 1.08').waitFor();
  await hr.page.getByText('Merit: 3 % of eligible base').waitFor();
  await hr.close();

  // On a phone the list and the cycle fit the screen.
  const small = await openSession(browser(), phone);
  await signIn(small.page, demoAccounts.hr);
  await visit(small.page, '/performance/comp-cycles');
  await small.page.getByRole('link', { name }).click();
  await small.page.getByTestId('comp-participants').waitFor();
  await settle(small.page);
  const overflow = await small.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(small.page, 'comp-cycle-people-hr-phone', 'viewport');
  await expectNoBlockingViolations(small.page, 'pay cycle: people (HR, phone)');
  await small.close();
});
