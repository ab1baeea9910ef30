import { describe, expect, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
import {
  browserForFile,
  demoAccounts,
  fetchMe,
  loginAs,
  openSession,
  phone,
  screenshot,
  settle,
  signIn,
} from './support/browser';
import { demoPersonName } from './support/pages';

const browser = browserForFile();

describe('360 feedback for development', () => {
  test('the manager opens their 360 report: chart, plain-language callouts, a suppressed group explained', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await loginAs(page, demoAccounts.manager);
    await page.goto('/growth/360');
    await page.getByRole('heading', { level: 1, name: '360 feedback' }).waitFor();
    await page.getByTestId('feedback360-mine-item').first().waitFor();
    await settle(page);
    await screenshot(page, 'growth-360-list-desktop');
    await expectNoBlockingViolations(page, '360 list');

    await page.getByRole('link', { name: 'Open report' }).first().click();
    await page.getByRole('heading', { level: 1, name: '360 report' }).waitFor();
    await page.getByTestId('feedback360-chart').locator('svg').first().waitFor();
    await settle(page);
    const suppressed = page.getByTestId('feedback360-suppressed');
    expect(await suppressed.count()).toBe(1);
    expect(await suppressed.textContent()).toContain(
      'fewer than 3 people answered, so this group is not shown',
    );
    expect(await page.getByTestId('feedback360-groups').textContent()).toContain('Direct reports: 4 answers');
    // The suppressed group's comment never reaches the page.
    expect(await page.getByTestId('feedback360-comments').textContent()).not.toContain('suppressed group');
    await page.getByTestId('feedback360-blind-spots').waitFor();
    await screenshot(page, 'growth-360-report-desktop');
    await expectNoBlockingViolations(page, '360 report');

    // The request page: progress and nominations of the closed 360.
    await page.goto('/growth/360');
    await page.getByRole('link', { name: 'Open', exact: true }).first().click();
    await page.getByTestId('feedback360-nominations').waitFor();
    await settle(page);
    await screenshot(page, 'growth-360-request-desktop');
    await expectNoBlockingViolations(page, '360 request');
    await session.close();
  });

  test('the employee answers a rater task on a phone', async () => {
    const session = await openSession(browser(), phone);
    const { page } = session;
    await loginAs(page, demoAccounts.employee);
    await page.goto('/growth/360?tab=tasks');
    const task = page.getByTestId('feedback360-task').first();
    await task.waitFor();
    await settle(page);
    await screenshot(page, 'growth-360-tasks-phone');
    await expectNoBlockingViolations(page, '360 tasks on a phone');
    await task.getByRole('link', { name: 'Answer' }).click();
    await page.getByTestId('feedback360-question').first().waitFor();
    await settle(page);
    await expectNoBlockingViolations(page, '360 rater form on a phone');
    const questions = page.getByTestId('feedback360-question');
    const count = await questions.count();
    expect(count).toBeGreaterThan(0);
    // Sending with nothing chosen names what is missing.
    await page.getByTestId('feedback360-send').click();
    await page.getByText('Choose an answer for every competency').first().waitFor();
    for (let i = 0; i < count; i++) {
      await questions
        .nth(i)
        .getByRole('radio', { name: i % 2 ? 'Very often' : 'Often', exact: true })
        .check();
    }
    await page
      .getByRole('textbox', { name: /especially well/ })
      .fill('Explains trade-offs patiently and makes newcomers feel at home.');
    await screenshot(page, 'growth-360-respond-phone');
    await page.getByTestId('feedback360-send').click();
    await page.getByText('Your answers were stored anonymously').waitFor();
    await page.getByTestId('feedback360-task').first().getByText('Answered').waitFor();
    await session.close();
  });

  test('the employee starts a 360, nominates peers and sends it', async () => {
    const session = await openSession(browser());
    const { page } = session;
    await loginAs(page, demoAccounts.employee);
    await page.goto('/growth/360');
    await page.getByRole('button', { name: 'Start a 360' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Start a 360' });
    await dialog.waitFor();
    await settle(page);
    await screenshot(page, 'growth-360-start-dialog', 'viewport');
    await expectNoBlockingViolations(page, 'start a 360 dialog');
    await dialog.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByTestId('feedback360-nominations').waitFor();
    const nominees: [string, string][] = [
      ['Kenji', 'Kenji Watanabe'],
      ['Carmen', 'Carmen Ibáñez'],
      ['Rahul', 'Rahul Deshmukh'],
    ];
    for (const [search, name] of nominees) {
      const picker = page.getByRole('combobox', { name: 'Person' });
      await picker.click();
      await picker.fill(search);
      await page.getByRole('option', { name }).click();
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByTestId('feedback360-nominations').getByText(name).waitFor();
    }
    await settle(page);
    await screenshot(page, 'growth-360-nominate-desktop');
    await expectNoBlockingViolations(page, '360 nominations');
    await page.getByTestId('feedback360-submit').click();
    await page.getByTestId('feedback360-progress').waitFor();
    // Below the threshold the subject sees "not enough yet", never a count.
    expect(await page.getByTestId('feedback360-progress').textContent()).toContain('Not enough answers yet');
    await settle(page);
    await screenshot(page, 'growth-360-collecting-desktop');
    await expectNoBlockingViolations(page, '360 collecting');
    await session.close();
  });

  test('the manager approves the raters first and answers by name, told so before answering', async () => {
    const employeeName = demoPersonName('employee');
    const subject = await openSession(browser());
    await signIn(subject.page, demoAccounts.employee);
    const { page } = subject;
    await page.goto('/growth/360');
    await page.getByRole('button', { name: 'Start a 360' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Start a 360' });
    await dialog.waitFor();
    await dialog.getByTestId('feedback360-approval-choice').check();
    await dialog.getByTestId('feedback360-named-choice').check();
    await screenshot(page, 'growth-360-start-named-dialog', 'viewport');
    await expectNoBlockingViolations(page, 'start a 360 dialog with the named manager');
    await dialog.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByTestId('feedback360-named-info').waitFor();
    // The current manager is already in the manager group, named.
    const nominations = page.getByTestId('feedback360-nominations');
    await nominations.getByText('Manager (named)').waitFor();
    await nominations.getByText(demoPersonName('manager')).waitFor();
    // Peers through the API (the picker is the previous test's subject), then back on the page.
    const requestId = new URL(page.url()).pathname.split('/').at(-1)!;
    const { csrfToken } = await fetchMe(page);
    for (const name of ['Kenji Watanabe', 'Carmen Ibáñez', 'Rahul Deshmukh']) {
      const found = await page.request.get(`/api/people?q=${encodeURIComponent(name.split(' ')[0]!)}`);
      const person = ((await found.json()) as { items: { id: string; displayName: string }[] }).items.find(
        (p) => p.displayName === name,
      )!;
      const added = await page.request.post(`/api/growth/360/requests/${requestId}/nominations`, {
        headers: { 'x-csrf-token': csrfToken },
        data: { personId: person.id, group: 'peers' },
      });
      expect(added.status(), await added.text()).toBe(201);
    }
    await page.reload();
    for (const name of ['Kenji Watanabe', 'Carmen Ibáñez', 'Rahul Deshmukh'])
      await nominations.getByText(name).waitFor();
    await settle(page);
    await screenshot(page, 'growth-360-named-nominations-desktop');
    await expectNoBlockingViolations(page, '360 nominations with the manager named');
    await page.getByRole('button', { name: 'Send to my manager for approval' }).click();
    // Approval is real: the 360 waits, nobody has been asked yet.
    await page.getByText('is looking at your list of raters').waitFor();
    expect(await page.getByTestId('feedback360-progress').count()).toBe(0);
    await settle(page);
    await screenshot(page, 'growth-360-awaiting-approval-desktop');
    await subject.close();

    const manager = await openSession(browser());
    await signIn(manager.page, demoAccounts.manager);
    const mp = manager.page;
    await mp.goto('/growth/360?tab=approvals');
    const approval = mp.getByTestId('feedback360-approval').filter({ hasText: employeeName });
    await approval.waitFor();
    expect(await approval.textContent()).toContain('chose to see your own answers by name');
    await settle(mp);
    await screenshot(mp, 'growth-360-approval-desktop');
    await expectNoBlockingViolations(mp, '360 approval');
    await approval.getByRole('button', { name: 'Send decision' }).click();
    await mp.getByText('Decision sent.').waitFor();

    // Now the raters are asked; the manager's task says, before any question, that it is by name.
    await mp.goto('/growth/360?tab=tasks');
    const mine = mp.getByTestId('feedback360-task').filter({ hasText: employeeName }).first();
    await mine.getByText('Not anonymous: answered by name').waitFor();
    await mine.getByRole('link', { name: 'Answer' }).click();
    const notice = mp.getByTestId('feedback360-named-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Not anonymous');
    const noticeBox = await notice.boundingBox();
    const firstQuestion = await mp.getByTestId('feedback360-question').first().boundingBox();
    expect(noticeBox!.y).toBeLessThan(firstQuestion!.y);
    await settle(mp);
    await screenshot(mp, 'growth-360-respond-named-desktop');
    await expectNoBlockingViolations(mp, '360 named answer');
    await manager.close();
  }, 180_000);
});
