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

    // The development plan's follow-ups are suggested in "Next", three at most; one is dismissed.
    const next = agendaSection(page, 'Next');
    const dismiss = next.getByTestId('agenda-dismiss');
    await expect.poll(() => dismiss.count()).toBeGreaterThan(0);
    const suggested = await dismiss.count();
    expect(suggested).toBeLessThanOrEqual(3);
    const dismissedText = await next
      .getByTestId('agenda-item')
      .filter({ has: page.getByTestId('agenda-dismiss') })
      .first()
      .textContent();
    await dismiss.first().click();
    await expect.poll(() => dismiss.count()).toBe(suggested - 1);
    await settle(page);
    await screenshot(page, 'one-on-ones-suggestion-dismissed-desktop');

    // A "Next" topic and an action item owned by the employee.
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
    // The dismissed suggestion stays away; the next meeting is a week out and waits for its day.
    expect(await agendaSection(page, 'Next').getByTestId('agenda-dismiss').count()).toBeLessThanOrEqual(3);
    expect(await agendaSection(page, 'Next').textContent()).not.toContain(dismissedText ?? '');
    expect(await page.getByRole('button', { name: 'Complete meeting' }).count()).toBe(0);
    expect(await page.getByTestId('meeting-complete-from').textContent()).toMatch(/^Can be completed from /);
    await screenshot(page, 'one-on-ones-series-after-complete-desktop');
    await manager.close();
  });

  test('rewording a topic and changing an action’s owner and due date in place, with a conflict on the way', async () => {
    const stamp = Date.now().toString(36);
    const original = `Talk about the roadmap ${stamp}`;
    const reworded = `Talk about the Q2 roadmap ${stamp}`;
    const action = `Write the incident summary ${stamp}`;
    const session = await openSession(browser());
    const { page } = session;
    const me = await signIn(page, demoAccounts.manager);
    await openSeriesWith(page, employeeName);

    const now = agendaSection(page, 'Now');
    await now.getByRole('textbox', { name: 'New "Now" topic' }).fill(original);
    await now.getByRole('button', { name: 'Add topic' }).click();
    await now.getByRole('checkbox', { name: original }).waitFor();

    // Escape leaves the wording as it was and hands focus back to the Edit button.
    const editTopic = now.getByRole('button', { name: `Edit topic “${original}”` });
    await editTopic.click();
    const field = now.getByRole('textbox', { name: 'Topic', exact: true });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('Something else entirely');
    await field.press('Escape');
    await now.getByRole('checkbox', { name: original }).waitFor();
    await expect.poll(() => editTopic.evaluate((el) => el === document.activeElement)).toBe(true);

    // Enter saves the new wording.
    await page.keyboard.press('Enter');
    await field.fill(reworded);
    await screenshot(page, 'one-on-ones-agenda-edit', 'viewport');
    await expectNoBlockingViolations(page, '1:1 series: editing a topic');
    await field.press('Enter');
    await now.getByRole('checkbox', { name: reworded }).waitFor();
    expect(await now.getByRole('checkbox', { name: original }).count()).toBe(0);

    // An action item, then its owner and due date changed in place.
    const actions = page.getByRole('region', { name: 'Action items' });
    await actions.getByRole('textbox', { name: 'Action' }).fill(action);
    await actions.getByRole('button', { name: 'Add action' }).click();
    await actions.getByRole('checkbox', { name: action }).waitFor();
    await actions.getByRole('button', { name: `Edit action “${action}”` }).click();
    const form = page.getByTestId('action-edit-form');
    await form.getByRole('combobox', { name: 'Owner' }).click();
    await page.getByRole('option', { name: employeeName }).click();
    await form.getByRole('button', { name: 'Due' }).click();
    const today = new Date();
    const dueDay = new Date(Date.UTC(today.getFullYear(), today.getMonth(), 27));
    const dueLabel = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(dueDay);
    await page.getByRole('button', { name: dueLabel, exact: true }).click();
    await screenshot(page, 'one-on-ones-action-edit', 'viewport');
    await expectNoBlockingViolations(page, '1:1 series: editing an action');
    await form.getByRole('button', { name: 'Save action' }).click();
    await form.waitFor({ state: 'hidden' });

    const seriesId = new URL(page.url()).pathname.split('/').pop()!;
    const current = async () => {
      const response = await page.request.get(`/api/one-on-ones/${seriesId}`);
      return (await response.json()) as {
        currentMeeting: {
          agenda: { id: string; text: string; version: number }[];
          actionItems: { text: string; owner: { displayName: string }; dueOn: string | null }[];
        };
      };
    };
    const saved = (await current()).currentMeeting.actionItems.find((item) => item.text === action)!;
    expect(saved.owner.displayName).toBe(employeeName);
    expect(saved.dueOn).toBe(dueDay.toISOString().slice(0, 10));
    await expect
      .poll(() => actions.getByTestId('action-item').filter({ hasText: action }).textContent())
      .toContain(employeeName);

    // Someone rewords the topic in another tab; saving the stale draft offers to load the latest.
    const item = (await current()).currentMeeting.agenda.find((a) => a.text === reworded)!;
    const elsewhere = await page.request.patch(`/api/one-on-ones/agenda-items/${item.id}`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { version: item.version, text: `${reworded} (from the other tab)` },
    });
    expect(elsewhere.status()).toBe(200);
    await now.getByRole('button', { name: `Edit topic “${reworded}”` }).click();
    await field.fill(`${reworded}, again`);
    await field.press('Enter');
    const conflict = now.getByRole('alert').filter({ hasText: 'Changed by someone else' });
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Load the latest version' }).click();
    await expect.poll(() => field.inputValue()).toBe(`${reworded} (from the other tab)`);
    await field.press('Escape');
    await now.getByRole('checkbox', { name: `${reworded} (from the other tab)` }).waitFor();
    await session.close();
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
