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
  wide,
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
    // Some of its manager reviews are still being written, so the session starts incomplete.
    const cycles = (await (await page.request.get('/api/calibration/cycles')).json()) as {
      items: { name: string; status: string; readyCount: number; notReadyCount: number }[];
    };
    const cycle = cycles.items.find(
      (item) => item.status === 'active' && item.readyCount >= 2 && item.notReadyCount > 0,
    );
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

    // "4 of 20 ready", prominently: what is in the session out of its whole population.
    const readiness = page.getByTestId('calibration-ready-count');
    expect(await readiness.textContent()).toBe(
      `${cycle!.readyCount} of ${cycle!.readyCount + cycle!.notReadyCount} ready`,
    );
    expect(await page.getByRole('heading', { level: 2, name: /of \d+ ready$/ }).count()).toBe(1);

    // At 1280 px every rating column fits beside the side bar: nothing is cut off or hidden sideways.
    const grid = page.getByTestId('calibration-grid');
    const lastColumn = await page.getByTestId('calibration-column-5').boundingBox();
    expect(lastColumn!.x + lastColumn!.width).toBeLessThanOrEqual(1280);
    expect(await grid.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeLessThanOrEqual(1);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(1);

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
    // Centred, so the fixed header does not cover the column's top where the card is dropped.
    await column.evaluate((node) => node.scrollIntoView({ block: 'center' }));
    await second.hover();
    await page.mouse.down();
    // Drop on a part of the column below the fixed header (the board may have scrolled for the card).
    const box = (await column.boundingBox())!;
    const y = Math.min(box.height - 20, Math.max(30, 100 - box.y));
    await column.hover({ position: { x: 40, y } });
    await column.hover({ position: { x: 60, y: y + 10 } });
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
    await page.setViewportSize(wide);
    await settle(page);
    await screenshot(page, 'calibration-session-wide');
    await session.close();
  }, 120_000);

  test('on a phone the open board stacks its columns and nothing needs sideways scrolling', async () => {
    const session = await openSession(browser(), phone);
    const { page } = session;
    await signIn(page, demoAccounts.hr);
    await visit(page, sessionPath);
    await page.getByTestId('calibration-ready-count').waitFor();
    const first = await page.getByTestId('calibration-column-1').boundingBox();
    const second = await page.getByTestId('calibration-column-2').boundingBox();
    // One column under the other, each the full width (not one and a half columns side by side).
    expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1);
    expect(Math.abs(second!.x - first!.x)).toBeLessThanOrEqual(1);
    expect(first!.width).toBeGreaterThan(300);
    for (const testId of ['calibration-grid', 'calibration-distribution-table', 'calibration-leniency']) {
      const overflow = await page
        .getByTestId(testId)
        .evaluate((node) => (node.parentElement?.scrollWidth ?? 0) - (node.parentElement?.clientWidth ?? 0));
      expect(overflow, testId).toBeLessThanOrEqual(1);
    }
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(1);
    await screenshot(page, 'calibration-session-open-phone');
    await expectNoBlockingViolations(page, 'calibration session open (phone)');
    await session.close();
  });

  test('the approver reviews the grid read-only and signs off, which locks the session', async () => {
    expect(sessionPath).not.toBe('');
    const session = await openSession(browser());
    const { page } = session;
    const me = await signIn(page, demoAccounts.approver);
    await visit(page, sessionPath);
    await page.getByRole('heading', { level: 1, name: 'E2E calibration' }).waitFor();
    // Approvers do not move ratings: the cards are not buttons for them.
    expect(await page.locator('button[data-testid^="calibration-card-"]').count()).toBe(0);
    await expectNoBlockingViolations(page, 'calibration session (approver)');

    // The server refuses an incomplete sign-off that does not acknowledge the missing reviews.
    const apiPath = `/api${sessionPath.replace('/performance/calibration/', '/calibration/sessions/')}`;
    const detail = (await (await page.request.get(apiPath)).json()) as {
      version: number;
      reviewCount: number;
      populationCount: number;
    };
    expect(detail.populationCount).toBeGreaterThan(detail.reviewCount);
    const refused = await page.request.post(`${apiPath}/sign-off`, {
      data: { version: detail.version },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('calibration_incomplete');

    // In the page: the dialog says what is missing and will not sign off until that is acknowledged.
    await page.getByTestId('calibration-signoff').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('calibration-signoff-incomplete').waitFor();
    expect(await dialog.getByTestId('calibration-signoff-incomplete').textContent()).toContain(
      `Only ${detail.reviewCount} of ${detail.populationCount} reviews are in this session`,
    );
    await dialog.getByRole('textbox').fill('The two moves are well argued.');
    await page.getByTestId('calibration-signoff-confirm').click();
    await dialog.getByText('Confirm that you sign off without the missing reviews.').waitFor();
    const acknowledge = dialog.getByTestId('calibration-signoff-acknowledge');
    await expect.poll(() => acknowledge.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await page.getByTestId('calibration-locked').count()).toBe(0);
    await screenshot(page, 'calibration-signoff-incomplete', 'viewport');
    await expectNoBlockingViolations(page, 'calibration sign-off dialog (incomplete)');
    await acknowledge.check();
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
