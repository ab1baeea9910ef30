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
import { choose } from './support/forms';
import { demoPersonName } from './support/pages';

const browser = browserForFile();
const managerName = demoPersonName('manager');
const employeeName = demoPersonName('employee');

async function openPlans(page: Page) {
  await page.goto('/growth/plans');
  await page.getByRole('heading', { level: 1, name: 'Development plans' }).waitFor();
  await settle(page);
}

describe('development plans', () => {
  test('employee plans three actions, links a business objective, shares it, and the open action lands in the next 1:1', async () => {
    const title = `Grow into facilitation ${Date.now()}`;
    const stretch = `Facilitate the quarterly retro ${Date.now()}`;
    const session = await openSession(browser());
    const { page } = session;
    await loginAs(page, demoAccounts.employee);
    await openPlans(page);
    // The demo plan: active, shared, with history.
    const demoCard = page.getByTestId('plan-card').filter({ hasText: 'Towards senior engineer' });
    await demoCard.waitFor();
    await screenshot(page, 'plans-list-employee');
    await expectNoBlockingViolations(page, 'plans list, employee');

    // The demo plan's page: goals, benefits-both badge, history chart.
    await demoCard.getByRole('link', { name: /Open Towards senior engineer/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Towards senior engineer' }).waitFor();
    await settle(page);
    await page.getByTestId('benefits-both').first().waitFor();
    await page.getByTestId('plan-history-chart').waitFor();
    await screenshot(page, 'plans-demo-plan-desktop');
    await expectNoBlockingViolations(page, 'demo plan page');

    // A new plan.
    await openPlans(page);
    await page.getByRole('button', { name: 'New plan' }).click();
    const create = page.getByRole('dialog', { name: 'Start a development plan' });
    await create.getByRole('textbox', { name: 'Plan title' }).fill(title);
    await expectNoBlockingViolations(page, 'new plan dialog');
    await create.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await settle(page);
    await screenshot(page, 'plans-new-empty');
    await expectNoBlockingViolations(page, 'empty plan page');

    // One goal, linked to a business objective.
    await page.getByRole('button', { name: 'Add goal' }).first().click();
    const goalDialog = page.getByRole('dialog', { name: 'Add a development goal' });
    await goalDialog.getByRole('textbox', { name: 'Goal' }).fill('Run meetings people want to attend');
    await choose(goalDialog, page, 'Business objective it supports (optional)', /·/);
    await screenshot(page, 'plans-goal-dialog', 'viewport');
    await expectNoBlockingViolations(page, 'goal dialog');
    await goalDialog.getByRole('button', { name: 'Add goal' }).click();
    await goalDialog.waitFor({ state: 'hidden' });
    await page.getByTestId('benefits-both').waitFor();

    // Three actions of different kinds.
    const actions: [string, string][] = [
      ['Stretch assignment', stretch],
      ['Shadowing', 'Shadow a workshop run by the design team'],
      ['Reading', 'Read a short guide to facilitation'],
    ];
    for (const [kind, text] of actions) {
      await page.getByRole('button', { name: 'Add action' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add an action' });
      await choose(dialog, page, 'Kind', kind);
      await dialog.getByRole('textbox', { name: 'What will you do?' }).fill(text);
      if (text === stretch) await expectNoBlockingViolations(page, 'action dialog');
      await dialog.getByRole('button', { name: 'Add action' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByTestId('plan-action').filter({ hasText: text }).waitFor();
    }
    expect(await page.getByTestId('plan-action').count()).toBe(3);

    // One action done, with a progress note.
    await choose(page, page, 'Status of Read a short guide to facilitation', 'Done');
    await page.getByText('1 of 3 actions done').first().waitFor();

    // Share with the manager.
    await page.getByRole('button', { name: 'Share with my manager' }).click();
    const confirm = page.getByRole('dialog', { name: 'Share this plan with your manager?' });
    await expectNoBlockingViolations(page, 'share confirmation');
    await confirm.getByRole('button', { name: 'Share plan' }).click();
    await page
      .getByTestId('plan-sharing')
      .getByText(/Shared with your manager since/)
      .waitFor();
    await settle(page);
    await screenshot(page, 'plans-new-shared-desktop');
    await expectNoBlockingViolations(page, 'shared plan page');

    // Open actions of shared plans are suggested in the "Next" section of the upcoming 1:1 with the
    // manager: at most three at once, the soonest due first (the demo's plan already fills them), and
    // never a done one.
    await page.goto('/performance/one-on-ones');
    await page.getByRole('heading', { level: 1, name: '1:1s' }).waitFor();
    await settle(page);
    await page.getByRole('link', { name: `Open 1:1 with ${managerName}` }).click();
    await page.getByRole('heading', { level: 1, name: `1:1 with ${managerName}` }).waitFor();
    await settle(page);
    const next = page.getByRole('region', { name: 'Next', exact: true });
    const suggested = next.getByText(/^Development plan · /);
    await suggested.first().waitFor();
    expect(await suggested.count()).toBeLessThanOrEqual(3);
    expect(await next.getByText('Read a short guide to facilitation').count()).toBe(0);
    await suggested.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'plans-one-on-one-next', 'viewport');
    await session.close();

    // The manager reads the shared plan (read-only) from the list of shared plans.
    const manager = await openSession(browser());
    await loginAs(manager.page, demoAccounts.manager);
    await openPlans(manager.page);
    const card = manager.page.getByTestId('plan-card').filter({ hasText: title });
    await card.waitFor();
    await screenshot(manager.page, 'plans-list-manager');
    await expectNoBlockingViolations(manager.page, 'plans list, manager');
    await card.getByRole('link').first().click();
    await manager.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await settle(manager.page);
    await manager.page.getByText(`Only ${employeeName} can change it.`, { exact: false }).waitFor();
    expect(await manager.page.getByRole('button', { name: 'Add action' }).count()).toBe(0);
    await screenshot(manager.page, 'plans-manager-reads');
    await expectNoBlockingViolations(manager.page, 'plan read by the manager');
    await manager.close();
  }, 300_000);

  test('seeding from a review, HR coverage and the phone layout', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await signIn(page, demoAccounts.employee);
    await openPlans(page);
    await page.getByRole('button', { name: 'Start from a review' }).click();
    const seed = page.getByRole('dialog', { name: 'Start a plan from a released review' });
    await seed.getByText(/Ratings are never copied/).waitFor();
    await settle(page);
    expect(await seed.textContent()).not.toMatch(/rating:\s*\d|Exceeds|Meets expectations/);
    await screenshot(page, 'plans-seed-dialog', 'viewport');
    await expectNoBlockingViolations(page, 'seed from review dialog');
    await session.close();

    const hr = await openSession(browser());
    await signIn(hr.page, demoAccounts.hr);
    await openPlans(hr.page);
    await hr.page.getByRole('table', { name: /active development plan per department/ }).waitFor();
    expect(await hr.page.getByRole('main').textContent()).not.toContain('Towards senior engineer');
    await screenshot(hr.page, 'plans-hr-coverage');
    await expectNoBlockingViolations(hr.page, 'plan coverage, HR');
    await hr.close();

    const mobile = await openSession(browser(), phone);
    await signIn(mobile.page, demoAccounts.employee);
    await openPlans(mobile.page);
    let width = await mobile.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no horizontal scrolling at 390 px').toBeLessThanOrEqual(390);
    await screenshot(mobile.page, 'plans-list-phone');
    await mobile.page.getByRole('link', { name: /Open Towards senior engineer/ }).click();
    await mobile.page.getByRole('heading', { level: 1, name: 'Towards senior engineer' }).waitFor();
    await settle(mobile.page);
    width = await mobile.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no horizontal scrolling at 390 px').toBeLessThanOrEqual(390);
    await screenshot(mobile.page, 'plans-plan-phone');
    await expectNoBlockingViolations(mobile.page, 'plan page on a phone');
    await mobile.close();
  }, 180_000);
});
