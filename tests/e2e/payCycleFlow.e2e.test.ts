import { expect, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
import {
  browserForFile,
  demoAccounts,
  openSession,
  screenshot,
  settle,
  signIn,
  visit,
  wide,
} from './support/browser';
import { fillCycleSetUp } from './support/compCycleSetup';

const browser = browserForFile();

/** Yesterday, as the date fields take it: visible "on the visibility date" whatever the time zone. */
const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

test('pay cycle end to end: HR sets it up, the manager proposes (one out of range, justified), the approval team adjusts and approves, HR releases, the employee opens the letter', async () => {
  const name = `Merit flow ${Date.now().toString(36)}`;

  // ---- HR: a cycle whose period ended yesterday and whose outcome is visible from yesterday ----
  const hr = await openSession(browser(), wide);
  await signIn(hr.page, demoAccounts.hr);
  await visit(hr.page, '/performance/comp-cycles');
  await hr.page.getByTestId('new-comp-cycle').click();
  const create = hr.page.getByRole('dialog', { name: 'New pay cycle' });
  await create.getByRole('textbox', { name: 'Name' }).fill(name);
  for (const label of ['Period end', 'Effective date', 'Visible to employees on']) {
    const field = create.getByRole('textbox', { name: label });
    await field.fill(yesterday);
    await field.press('Tab');
  }
  await create.getByRole('textbox', { name: 'Exchange rates from' }).fill('ECB reference rates');
  await create.getByRole('button', { name: 'Create draft' }).click();
  await hr.page.waitForURL(/\/performance\/comp-cycles\/[0-9a-f-]{36}$/);
  const cycleUrl = hr.page.url();
  const cycleId = cycleUrl.split('/').at(-1)!;
  // No manager level approves in this cycle: submissions go straight to the approval team and HR.
  await fillCycleSetUp(hr.page, { approvalLevels: '0' });
  await hr.page
    .getByTestId('comp-cycle-check')
    .getByText(/Ready to launch: \d+ people/)
    .waitFor();
  await hr.page.getByTestId('comp-cycle-launch').click();
  await hr.page
    .getByRole('dialog', { name: `Launch ${name}?` })
    .getByRole('button', { name: 'Launch' })
    .click();
  await hr.page.getByTestId('comp-participants').waitFor();

  // ---- The manager: two proposals inside the budget, one of them outside its guideline ----
  const manager = await openSession(browser(), wide);
  await signIn(manager.page, demoAccounts.manager);
  await visit(manager.page, `/performance/comp-planning/${cycleId}`);
  const employeeRow = manager.page.getByTestId('planning-row').filter({ hasText: 'Sofia Almeida' });
  await employeeRow.waitFor();
  // Within the guideline: its target, where the row shows one.
  const range = employeeRow.getByText(/ – .* – .* %/);
  const target = (await range.count()) > 0 ? /– (\S+) –/.exec((await range.textContent()) ?? '')?.[1] : null;
  await employeeRow.getByRole('textbox', { name: 'Merit % for Sofia Almeida' }).fill(target ?? '2.5');
  await employeeRow.getByRole('textbox', { name: 'Merit % for Sofia Almeida' }).press('Tab');
  await expect
    .poll(() => employeeRow.getByTestId('row-save-state').textContent(), { timeout: 10_000 })
    .toBe('Saved');
  const other = manager.page
    .getByTestId('planning-row')
    .filter({ hasNotText: 'Sofia Almeida' })
    .filter({ hasText: / – .* – .* %/ })
    .first();
  const otherName = (await other.getByRole('checkbox').getAttribute('aria-label'))!.replace(/^Select /, '');
  // Two points above the cell's maximum: outside the guideline, still well inside the team's budget.
  const otherMax = Number(/– (\S+) %/.exec((await other.getByText(/ – .* – .* %/).textContent()) ?? '')?.[1]);
  await other.getByRole('textbox', { name: `Merit % for ${otherName}` }).fill(String(otherMax + 2));
  await other.getByRole('textbox', { name: `Merit % for ${otherName}` }).press('Tab');
  // Outside the guideline: nothing is saved until a justification comes, which the grid asks for.
  const justify = manager.page.getByRole('dialog', { name: `Justification for ${otherName}` });
  await justify.waitFor();
  await justify.getByRole('textbox', { name: 'Why' }).fill('Took over the platform team in spring.');
  await justify.getByRole('button', { name: 'Save with justification' }).click();
  await other.getByText('Justified', { exact: true }).waitFor();
  await employeeRow.getByRole('checkbox', { name: 'Select Sofia Almeida' }).check();
  await other.getByRole('checkbox', { name: `Select ${otherName}` }).check();
  await manager.page.getByRole('button', { name: 'Submit selected (2)' }).click();
  await manager.page.getByText('2 proposals submitted').waitFor();
  await settle(manager.page);
  await screenshot(manager.page, 'pay-flow-submitted-manager');
  await manager.close();

  // ---- The approval team: adjusts the justified one, then approves both ----
  const approver = await openSession(browser(), wide);
  await signIn(approver.page, demoAccounts.approver);
  await visit(approver.page, '/performance/comp-planning');
  await approver.page
    .getByTestId('comp-planning-cycle')
    .filter({ hasText: name })
    .getByTestId('comp-approvals-link')
    .click();
  await approver.page.getByRole('heading', { level: 1, name: `Approvals: ${name}` }).waitFor();
  const justified = approver.page.getByTestId('approval-row').filter({ hasText: otherName });
  await justified.getByTestId('justification').getByText('Took over the platform team in spring.').waitFor();
  await settle(approver.page);
  await screenshot(approver.page, 'pay-flow-queue-approver');
  await expectNoBlockingViolations(approver.page, 'pay approvals: queue (approval team)');
  await justified.getByRole('button', { name: `Adjust the proposal for ${otherName}` }).click();
  const adjust = approver.page.getByRole('dialog', { name: `Adjust the proposal for ${otherName}` });
  await adjust.getByTestId('adjust-percent').fill(String(otherMax));
  await adjust.getByTestId('adjust-note').fill('The top of the range already rewards the new scope.');
  await adjust.getByRole('button', { name: 'Save adjustment' }).click();
  await approver.page.getByText(`Proposal for ${otherName} adjusted. Approve it when it is right.`).waitFor();
  await approver.page.getByTestId('approval-select-all').check();
  await approver.page.getByTestId('approve-selected').click();
  await approver.page
    .getByRole('dialog', { name: 'Approve 2 proposals?' })
    .getByRole('button', { name: 'Approve' })
    .click();
  await approver.page.getByText('2 approved').waitFor();
  await approver.close();

  // ---- HR: planning closes, the cycle is approved and released ----
  await hr.page.goto(cycleUrl);
  for (const [button, step] of [
    ['comp-cycle-review', 'Close planning'],
    ['comp-cycle-approved', 'Mark approved'],
  ] as const) {
    await hr.page.getByTestId(button).click();
    await hr.page.getByTestId('comp-cycle-step').getByRole('button', { name: step }).click();
    await hr.page.getByTestId(button).waitFor({ state: 'detached' });
  }
  await hr.page.getByTestId('comp-cycle-release-open').click();
  await hr.page
    .getByTestId('comp-cycle-release-count')
    .getByText(/2 pay changes will be written/)
    .waitFor();
  await hr.page.getByTestId('comp-cycle-step').getByRole('button', { name: 'Release' }).click();
  await hr.page.getByText('Cycle released').waitFor();
  await settle(hr.page);
  await screenshot(hr.page, 'pay-flow-released-hr');
  await hr.close();

  // ---- The employee: the letter is on My pay from the visibility date, and it is a PDF ----
  const employee = await openSession(browser(), wide);
  await signIn(employee.page, demoAccounts.employee);
  await visit(employee.page, '/performance/pay');
  const letter = employee.page.getByTestId('my-letters').getByRole('listitem').filter({ hasText: name });
  await letter.waitFor();
  await settle(employee.page);
  await screenshot(employee.page, 'pay-flow-letter-employee');
  await expectNoBlockingViolations(employee.page, 'my pay: letters (employee)');
  const href = await letter.getByTestId('my-letter-link').getAttribute('href');
  const pdf = await employee.page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await employee.close();
});
