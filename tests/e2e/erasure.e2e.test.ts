import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
import { demoAccounts, launchBrowser, openSession, screenshot, settle, signIn } from './support/browser';
import { appPages, openAppPage } from './support/pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * HR's "Erase personal data" on someone's profile opens the request form with the dry run: what
 * would be deleted, anonymised and kept, and — for someone who still works here — what stops it,
 * with the request button disabled. Nothing is erased (the demo is shared by every flow).
 */
test('HR sees the dry-run plan of an erasure and why it cannot run yet', async () => {
  const session = await openSession(browser);
  const { page } = session;
  await openAppPage(page, appPages.find((p) => p.name === 'profile-as-hr')!);
  await page.getByTestId('profile-more').click();
  await page.getByRole('menuitem', { name: 'Erase personal data' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('erasure-plan').waitFor();
  await settle(page);
  await expect.poll(() => dialog.getByTestId('erasure-plan-line').count()).toBeGreaterThan(3);
  await expect.poll(() => dialog.getByTestId('erasure-blockers').textContent()).toContain('still works here');
  expect(await dialog.getByTestId('erasure-confirm').isDisabled()).toBe(true);
  await screenshot(page, 'erasure-request-form', 'viewport');
  await expectNoBlockingViolations(page, 'erasure request form');

  await session.close();
});

/**
 * A request for someone who has left (made through the API, as the profile form does) is listed in
 * the admin section with its plan; its requester sees that a second HR admin must decide, and may
 * cancel it — which erases nothing.
 */
test('HR lists an erasure request with its plan and cancels it', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const me = await signIn(page, demoAccounts.hr);
  const headers = { 'x-csrf-token': me.csrfToken };
  const family = `Leaver${Date.now().toString(36)}`;
  const created = await page.request.post('/api/people', {
    headers,
    data: {
      givenName: 'Robin',
      familyName: family,
      email: `${family.toLowerCase()}@demo.test`,
      hireDate: '2021-03-01',
    },
  });
  expect(created.status()).toBe(201);
  const person = (await created.json()) as { id: string; version: number };
  const today = new Date().toISOString().slice(0, 10);
  const left = await page.request.post(`/api/people/${person.id}/deactivate`, {
    headers,
    data: { terminatedOn: today, version: person.version },
  });
  expect(left.status()).toBe(200);
  const requested = await page.request.post(`/api/people/${person.id}/erasure-requests`, {
    headers,
    data: { reference: 'E2E-1', reason: 'Written request by letter.' },
  });
  expect(requested.status()).toBe(201);

  await page.goto('/admin');
  await page.getByRole('main').getByRole('link', { name: 'Erasure requests' }).click();
  await page.waitForURL((url) => url.pathname === '/admin/erasure');
  await page.getByRole('heading', { level: 1, name: 'Erasure requests' }).waitFor();
  await settle(page);
  const card = page.getByTestId('erasure-request').filter({ hasText: `Robin ${family}` });
  await expect.poll(() => card.textContent()).toContain('a second HR admin has to decide');
  await card.getByRole('button', { name: 'Show the plan' }).click();
  await card.getByTestId('erasure-plan').waitFor();
  await screenshot(page, 'erasure-requests');
  await expectNoBlockingViolations(page, 'erasure requests');
  await card.getByRole('button', { name: 'Cancel request' }).click();
  await expect.poll(() => card.textContent()).toContain('Cancelled');
  await session.close();
});
