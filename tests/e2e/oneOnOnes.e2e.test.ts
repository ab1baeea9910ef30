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
import { demoPersonName } from './support/pages';

const browser = browserForFile();

const managerName = demoPersonName('manager');
const employeeName = demoPersonName('employee');

/** Opens the signed-in person's series with `name` from the list page. */
async function openSeriesWith(page: Page, name: string) {
  await page.goto('/performance/one-on-ones');
  await page.getByRole('heading', { level: 1, name: '1:1s' }).waitFor();
  await settle(page);
  await page.getByRole('link', { name: `Open 1:1 with ${name}` }).click();
  await page.getByRole('heading', { level: 1, name: `1:1 with ${name}` }).waitFor();
  await settle(page);
}

const agendaSection = (page: Page, section: 'Now' | 'Next') =>
  page.getByRole('region', { name: section, exact: true });

describe('1:1s', () => {
  test('manager and employee share an agenda; private notes stay with their author; completing carries open items over', async () => {
    const privateText = `Only Daniel reads this ${Date.now()}`;
    const topic = `Plan the Q1 on-call rota ${Date.now()}`;
    const ticked = `Celebrate the release ${Date.now()}`;

    const manager = await openSession(browser());
    await loginAs(manager.page, demoAccounts.manager);
    await manager.page.goto('/performance/one-on-ones');
    await manager.page.getByRole('heading', { level: 1, name: '1:1s' }).waitFor();
    await settle(manager.page);
    expect(await manager.page.getByTestId('series-card').count()).toBeGreaterThanOrEqual(2);
    await screenshot(manager.page, 'one-on-ones-list-desktop');
    await expectNoBlockingViolations(manager.page, '1:1 list');

    await openSeriesWith(manager.page, employeeName);
    const page = manager.page;
    await page.getByRole('heading', { level: 2, name: 'Past meetings' }).waitFor();
    expect(await page.getByTestId('past-meetings').getByRole('button').count()).toBe(6);

    // Add two "Now" topics, tick one as discussed.
    const now = agendaSection(page, 'Now');
    for (const text of [topic, ticked]) {
      await now.getByRole('textbox', { name: 'New "Now" topic' }).fill(text);
      await now.getByRole('button', { name: 'Add topic' }).click();
      await now.getByRole('checkbox', { name: text }).waitFor();
    }
    // The box follows the server's answer, so click and wait rather than check().
    await now.getByRole('checkbox', { name: ticked }).click();
    await expect.poll(() => now.getByRole('checkbox', { name: ticked }).isChecked()).toBe(true);

    // A "Next" topic and an action item owned by the employee.
    const next = agendaSection(page, 'Next');
    await next.getByRole('textbox', { name: 'New "Next" topic' }).fill('Shadow the architecture review');
    await next.getByRole('button', { name: 'Add topic' }).click();
    await next.getByRole('checkbox', { name: 'Shadow the architecture review' }).waitFor();
    const actions = page.getByRole('region', { name: 'Action items' });
    await actions.getByRole('textbox', { name: 'Action' }).fill('Draft the rota proposal');
    await actions.getByRole('combobox', { name: 'Owner' }).click();
    await page.getByRole('option', { name: employeeName }).click();
    await actions.getByRole('button', { name: 'Add action' }).click();
    await actions.getByRole('checkbox', { name: 'Draft the rota proposal' }).waitFor();

    // The private note is marked as the author's alone.
    const privatePanel = page.getByTestId('private-note-panel');
    expect(await privatePanel.textContent()).toContain('Only you can see this');
    await privatePanel.getByRole('textbox', { name: 'My private notes' }).fill(privateText);
    await privatePanel.getByRole('button', { name: 'Save private notes' }).click();
    await page.getByText('Private notes saved').waitFor();
    await settle(page);
    await screenshot(page, 'one-on-ones-series-manager-desktop');
    await expectNoBlockingViolations(page, '1:1 series');

    // The employee sees the shared agenda, never the manager's private note.
    const employee = await openSession(browser());
    await loginAs(employee.page, demoAccounts.employee);
    await openSeriesWith(employee.page, managerName);
    await agendaSection(employee.page, 'Now').getByRole('checkbox', { name: topic }).waitFor();
    expect(await employee.page.getByRole('main').textContent()).not.toContain(privateText);
    const response = await employee.page.request.get('/api/one-on-ones');
    expect(await response.text()).not.toContain(privateText);
    await screenshot(employee.page, 'one-on-ones-series-employee-desktop');
    await employee.close();

    // Completing: the undiscussed topic and the open action move to the next meeting.
    await page.getByRole('button', { name: 'Complete meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Complete this meeting?' });
    await dialog.getByRole('button', { name: 'Complete and open the next meeting' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await settle(page);
    await expect.poll(() => page.getByTestId('past-meetings').getByRole('button').count()).toBe(7);
    const carried = agendaSection(page, 'Now');
    await carried.getByRole('checkbox', { name: topic }).waitFor();
    expect(await carried.getByRole('checkbox', { name: ticked }).count()).toBe(0);
    await page
      .getByRole('region', { name: 'Action items' })
      .getByRole('checkbox', { name: 'Draft the rota proposal' })
      .waitFor();
    expect(await page.getByTestId('private-note').inputValue()).toBe('');
    await screenshot(page, 'one-on-ones-series-after-complete-desktop');
    await manager.close();
  });

  test('starting a series with a colleague', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await loginAs(page, demoAccounts.hr);
    await page.goto('/performance/one-on-ones');
    await page.getByRole('heading', { level: 1, name: '1:1s' }).waitFor();
    await settle(page);
    await page.getByTestId('one-on-ones-empty').waitFor();
    await screenshot(page, 'one-on-ones-empty-desktop');
    await expectNoBlockingViolations(page, '1:1 list, empty');

    await page.getByRole('button', { name: 'New 1:1 series' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Start a 1:1 series' });
    const picker = dialog.getByRole('combobox', { name: 'Colleague' });
    await picker.click();
    await picker.fill('Tomás');
    await page.getByRole('option', { name: 'Tomás Reyes' }).click();
    await dialog.getByRole('combobox', { name: 'How often' }).click();
    await page.getByRole('option', { name: 'Every two weeks' }).click();
    await screenshot(page, 'one-on-ones-create-dialog', 'viewport');
    await dialog.getByRole('button', { name: 'Start series' }).click();
    await page.getByRole('heading', { level: 1, name: '1:1 with Tomás Reyes' }).waitFor();
    await settle(page);
    await page.getByTestId('agenda-now-empty').waitFor();
    await page.getByTestId('past-meetings-empty').waitFor();
    await session.close();
  });

  test('a 1:1 between two other people is not there for HR', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await signIn(page, demoAccounts.employee);
    const list = await page.request.get('/api/one-on-ones');
    const seriesId = ((await list.json()) as { items: { id: string }[] }).items[0]!.id;
    await page.context().clearCookies();
    await signIn(page, demoAccounts.hr);
    await page.goto(`/performance/one-on-ones/${seriesId}`);
    await page.getByTestId('series-not-found').waitFor();
    await settle(page);
    await screenshot(page, 'one-on-ones-not-found-as-hr');
    await expectNoBlockingViolations(page, '1:1 not found');
    await session.close();
  });

  test('the series page works on a phone', async () => {
    const session = await openSession(browser(), phone);
    const { page } = session;
    await signIn(page, demoAccounts.employee);
    await openSeriesWith(page, managerName);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no horizontal scrolling at 390 px').toBeLessThanOrEqual(390);
    await screenshot(page, 'one-on-ones-series-phone');
    await expectNoBlockingViolations(page, '1:1 series on a phone');
    await session.close();
  });
});
