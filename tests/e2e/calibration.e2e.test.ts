import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
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
} from './support/browser';
import { demoPersonName } from './support/pages';

const browser = browserForFile();

/** The column (rating) a card sits in, read from the grid. */
async function columnOf(page: Page, card: Locator): Promise<number> {
  const testId = await card.getAttribute('data-testid');
  for (let rating = 1; rating <= 5; rating++) {
    if ((await page.getByTestId(`calibration-column-${rating}`).getByTestId(testId!).count()) > 0)
      return rating;
  }
  throw new Error(`${testId} is in no column`);
}

/** Fills the rationale dialog (after checking that a blank one is refused) and confirms the move. */
async function confirmMove(page: Page, rationale: string) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByTestId('calibration-move').click();
  await expect.poll(() => dialog.getByText('Write why this rating changes.').count()).toBe(1);
  await dialog.getByTestId('calibration-rationale').fill(rationale);
  await dialog.getByTestId('calibration-move').click();
  await dialog.waitFor({ state: 'hidden' });
  await settle(page);
}

let sessionPath = '';

describe('calibration', () => {
  test('HR opens a session, moves ratings by keyboard and by drag and drop, each with a rationale', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await signIn(page, demoAccounts.hr);
    await visit(page, '/performance/calibration');
    await page.getByRole('heading', { level: 1, name: 'Calibration' }).waitFor();
    // The demo's past cycle was calibrated in a locked session.
    await expect.poll(() => page.getByTestId('calibration-session-row').count()).toBeGreaterThan(0);
    await screenshot(page, 'calibration-sessions');
    await expectNoBlockingViolations(page, 'calibration sessions (HR)');

    // The demo's active cycle has manager reviews already submitted, ready to calibrate.
    const cycles = (await (await page.request.get('/api/calibration/cycles')).json()) as {
      items: { name: string; status: string; readyCount: number }[];
    };
    const cycle = cycles.items.find((item) => item.status === 'active' && item.readyCount >= 2);
    expect(cycle, JSON.stringify(cycles.items)).toBeTruthy();

    await page.getByTestId('calibration-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('calibration-create-cycle').click();
    await page.getByRole('option', { name: cycle!.name, exact: true }).click();
    await dialog.getByTestId('calibration-create-approvers').click();
    await page.getByRole('option', { name: demoPersonName('approver') }).click();
    await dialog.getByTestId('calibration-create-name').fill('E2E calibration');
    await screenshot(page, 'calibration-create-dialog', 'viewport');
    await expectNoBlockingViolations(page, 'calibration create dialog');
    await dialog.getByTestId('calibration-create-submit').click();
    await page.waitForURL(/\/performance\/calibration\/[0-9a-f-]{36}$/);
    sessionPath = new URL(page.url()).pathname;
    await settle(page);
    await page.getByRole('heading', { level: 1, name: 'E2E calibration' }).waitFor();

    // Movable cards are buttons; HR's own card (if HR's review is in the session) is not one.
    const cards = page.locator('button[data-testid^="calibration-card-"]');
    expect(await cards.count()).toBeGreaterThanOrEqual(2);

    // Keyboard: focus a card, press an arrow key, give the reason.
    // Locators by test id: `cards.first()` would point at another card once this one moves.
    const firstId = (await cards.first().getAttribute('data-testid'))!;
    const first = page.getByTestId(firstId);
    const from = await columnOf(page, first);
    await first.focus();
    await page.keyboard.press(from < 5 ? 'ArrowRight' : 'ArrowLeft');
    await screenshot(page, 'calibration-move-dialog', 'viewport');
    await confirmMove(page, 'Carried the on-call rotation for the whole team during the migration.');
    await expect.poll(() => columnOf(page, first)).toBe(from < 5 ? from + 1 : from - 1);

    // Drag and drop: a different card into a different column.
    const ids = await cards.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid')));
    const secondId = ids.find((id) => id !== firstId)!;
    const second = page.getByTestId(secondId);
    const secondFrom = await columnOf(page, second);
    const target = secondFrom > 1 ? secondFrom - 1 : secondFrom + 1;
    // Mouse steps rather than dragTo: the second hover makes Chromium deliver dragover before the drop.
    const column = page.getByTestId(`calibration-column-${target}`);
    await column.scrollIntoViewIfNeeded();
    await second.hover();
    await page.mouse.down();
    await column.hover({ position: { x: 40, y: 20 } });
    await column.hover({ position: { x: 60, y: 30 } });
    await page.mouse.up();
    await confirmMove(
      page,
      'Compared with others at the same level, this rating matches the results better.',
    );
    await expect.poll(() => columnOf(page, page.getByTestId(secondId))).toBe(target);

    await expect.poll(() => page.getByTestId('calibration-moves').getByRole('listitem').count()).toBe(2);
    await page.getByText('Carried the on-call rotation for the whole team during the migration.').waitFor();
    await expect.poll(() => page.getByTestId('calibration-signoff').count()).toBe(0);
    await screenshot(page, 'calibration-session-hr');
    await expectNoBlockingViolations(page, 'calibration session (HR)');
    await session.close();
  });

  test('the approver reviews the grid read-only and signs off, which locks the session', async () => {
    expect(sessionPath).not.toBe('');
    const session = await openSession(browser());
    const { page } = session;
    await signIn(page, demoAccounts.approver);
    await visit(page, sessionPath);
    await page.getByRole('heading', { level: 1, name: 'E2E calibration' }).waitFor();
    // Approvers do not move ratings: the cards are not buttons for them.
    expect(await page.locator('button[data-testid^="calibration-card-"]').count()).toBe(0);
    await expectNoBlockingViolations(page, 'calibration session (approver)');
    await page.getByTestId('calibration-signoff').click();
    await page.getByRole('dialog').getByRole('textbox').fill('The two moves are well argued.');
    await page.getByTestId('calibration-signoff-confirm').click();
    await page.getByTestId('calibration-locked').waitFor();
    await expect.poll(() => page.getByTestId('calibration-state').first().textContent()).toBe('Locked');
    await screenshot(page, 'calibration-session-locked');
    await session.close();
  });

  test('HR sees release and acknowledgment status after the lock; the page works at 390 px', async () => {
    const session = await openSession(browser(), phone);
    const { page } = session;
    await signIn(page, demoAccounts.hr);
    await visit(page, sessionPath);
    await page.getByRole('heading', { name: 'Release and acknowledgment' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshot(page, 'calibration-session-phone');
    await expectNoBlockingViolations(page, 'calibration session (phone)');
    await session.close();
  });

  test('employees and managers never see a calibration session', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await signIn(page, demoAccounts.manager);
    await visit(page, '/performance/calibration');
    await page.getByText('Calibration is run by HR and approvers').waitFor();
    await expectNoBlockingViolations(page, 'calibration (manager, no access)');
    const response = await page.request.get(
      `/api${sessionPath.replace('/performance/calibration/', '/calibration/sessions/')}`,
    );
    expect(response.status()).toBe(404);
    await session.close();
  });
});
