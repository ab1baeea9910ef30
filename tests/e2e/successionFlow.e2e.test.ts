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

const browser = browserForFile();

/** "1 of 2 (50 %)" → 1: positions with a ready-now successor, as the bench page says it. */
async function coveredCount(page: import('playwright-core').Page) {
  const text = await page
    .getByTestId('succession-bench')
    .getByText(/^\d+ of \d+ \(\d+ %\)$/)
    .textContent();
  return Number(text!.split(' ')[0]);
}

test('succession: HR opens a key position, adds a ready-now successor as the interim cover, and the bench strength changes', async () => {
  const hr = await openSession(browser(), wide);
  await signIn(hr.page, demoAccounts.hr);

  // ---- The bench before: the platform role is a single point of failure (nobody ready now) ----
  await visit(hr.page, '/growth/succession/bench');
  await hr.page.getByTestId('succession-bench').waitFor();
  const before = await coveredCount(hr.page);
  const failures = hr.page.getByTestId('succession-bench-spof');
  await expect.poll(() => failures.getByText('Staff Engineer, Platform').count()).toBe(1);
  await expectNoBlockingViolations(hr.page, 'succession: bench strength');
  await screenshot(hr.page, 'succession-bench-before');

  // ---- The list, then the position ----
  await visit(hr.page, '/growth/succession');
  const row = hr.page.getByTestId('succession-position-row').filter({ hasText: 'Staff Engineer, Platform' });
  await row.getByRole('link', { name: 'Staff Engineer, Platform' }).click();
  await hr.page.waitForURL(/\/growth\/succession\/[0-9a-f-]{36}$/);
  const slate = hr.page.getByTestId('succession-slate');
  await slate.getByTestId('succession-successor').first().waitFor();
  const countBefore = await slate.getByTestId('succession-successor').count();
  await expectNoBlockingViolations(hr.page, 'succession: key position');

  // ---- Add Lin Chen, ready now ----
  const picker = slate.getByRole('combobox', { name: 'Successor' });
  await picker.click();
  await picker.fill('Lin');
  await hr.page.getByRole('option', { name: 'Lin Chen' }).click();
  await slate.getByTestId('succession-add-readiness').click();
  await hr.page.getByRole('option', { name: 'Ready now' }).click();
  await slate.getByTestId('succession-add-successor').click();
  const added = slate.getByTestId('succession-successor').filter({ hasText: 'Lin Chen' });
  await added.waitFor();
  await expect.poll(() => slate.getByTestId('succession-successor').count()).toBe(countBefore + 1);
  await expect.poll(() => added.getByText('Ready now', { exact: true }).count()).toBe(1);

  // ---- Mark Lin Chen as the interim: the previous interim is released (one per slate) ----
  await added.getByRole('switch', { name: 'Interim cover' }).click({ force: true });
  await expect.poll(() => added.getByText('Interim', { exact: true }).count()).toBe(1);
  await expect.poll(() => slate.getByText('Interim', { exact: true }).count()).toBe(1);
  await settle(hr.page);
  await screenshot(hr.page, 'succession-position-after');

  // ---- The bench after: one more position covered, and the platform role no longer a single point of failure ----
  await visit(hr.page, '/growth/succession/bench');
  await hr.page.getByTestId('succession-bench').waitFor();
  await expect.poll(() => coveredCount(hr.page)).toBe(before + 1);
  await expect.poll(() => hr.page.getByText('Staff Engineer, Platform').count()).toBe(0);
  await screenshot(hr.page, 'succession-bench-after');

  // ---- The same pages on a phone, and the demo employee never sees the section ----
  const small = await openSession(browser(), phone);
  await signIn(small.page, demoAccounts.hr);
  await visit(small.page, '/growth/succession');
  await small.page.getByTestId('succession-position-row').first().waitFor();
  await expectNoBlockingViolations(small.page, 'succession: list (phone)');
  await screenshot(small.page, 'succession-list-phone');
  const employee = await openSession(browser(), wide);
  await signIn(employee.page, demoAccounts.employee);
  await visit(employee.page, '/growth');
  await settle(employee.page);
  expect(await employee.page.getByRole('link', { name: 'Succession' }).count()).toBe(0);
});
