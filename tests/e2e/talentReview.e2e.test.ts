import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { TalentBoard, TalentCard } from '../../src/contracts/talent';
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
import { choose } from './support/forms';
import { demoPersonName } from './support/pages';

const browser = browserForFile();

const bands = ['low', 'medium', 'high'] as const;
/** SPEC S4.9: box = potential × 3 + performance + 1 (low 0, medium 1, high 2). */
const boxOf = (potential: (typeof bands)[number], performance: (typeof bands)[number]) =>
  bands.indexOf(potential) * 3 + bands.indexOf(performance) + 1;
const boxNames = [
  'Talent at risk',
  'Steady contributor',
  'Trusted expert',
  'Uneven performer',
  'Core contributor',
  'Strong performer',
  'Untapped potential',
  'Rising talent',
  'Future leader',
];
const boxTitle = (box: number) => `${box}. ${boxNames[box - 1]}`;

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), `GET ${path}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

/** Picks an option of a Mantine select by keyboard: focus, open with ArrowDown, walk to the option, Enter. */
async function chooseByKeyboard(page: Page, field: Locator, option: string) {
  await field.focus();
  await field.press('ArrowDown');
  const listbox = page.getByRole('listbox');
  await listbox.waitFor();
  for (let step = 0; step < 12; step += 1) {
    const active = listbox.locator('[data-combobox-selected]');
    if ((await active.count()) === 1 && (await active.textContent())?.trim() === option) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => field.inputValue()).toBe(option);
}

test('talent review: HR creates a review of Engineering, assesses one person, moves another with a rationale, reads the spread by manager, locks it; then fills a succession slate', async () => {
  const name = `Engineering talent review ${Date.now().toString(36)}`;
  const hr = await openSession(browser(), wide);
  const me = await signIn(hr.page, demoAccounts.hr);

  // ---- The list: the demo's locked review of the employee's department is there ----
  await visit(hr.page, '/growth/talent');
  await hr.page.getByRole('heading', { level: 1, name: 'Talent reviews' }).waitFor();
  const list = hr.page.getByTestId('talent-sessions');
  await list.getByRole('link', { name: 'Engineering talent review', exact: true }).waitFor();
  await expectNoBlockingViolations(hr.page, 'talent: review list');
  await screenshot(hr.page, 'talent-list');

  // ---- A new review over Engineering with one designated executive ----
  await hr.page.getByTestId('talent-add').click();
  const form = hr.page.getByRole('dialog', { name: 'New talent review' });
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await choose(form, hr.page, 'Department', /^Engineering$/);
  const participant = form
    .getByRole('combobox', { name: /^Participants/ })
    .or(form.getByRole('textbox', { name: /^Participants/ }))
    .first();
  await participant.click();
  await participant.fill('Henrik');
  const executive = demoPersonName('approver');
  await hr.page.getByRole('option', { name: executive }).click();
  await form.getByRole('button', { name: `Remove ${executive}` }).waitFor();
  await form.getByTestId('talent-create').click();
  await hr.page.waitForURL(/\/growth\/talent\/[0-9a-f-]{36}$/);
  const sessionId = hr.page.url().split('/').at(-1)!;
  await hr.page.getByRole('heading', { level: 1, name }).waitFor();
  await hr.page.getByText(`Participants: ${executive}`).waitFor();

  // ---- Start it: the population was taken at creation, nobody is placed before an assessment ----
  await hr.page.getByTestId('talent-start').click();
  await hr.page.getByTestId('talent-lock').waitFor();
  await hr.page.getByText('In review', { exact: true }).waitFor();
  await settle(hr.page);
  await hr.page.getByTestId('box-unplaced').waitFor();

  // Two people with a locked calibrated rating (a performance band): the demo employee first.
  const board = await getJson<TalentBoard>(hr.page, `/api/growth/talent/sessions/${sessionId}/board`);
  const rated = board.members.filter((m) => m.performance !== null && m.box === null);
  const employeeName = demoPersonName('employee');
  const assessee = rated.find((m) => m.displayName === employeeName) ?? rated[0];
  const mover = rated.find((m) => m !== assessee);
  expect(assessee && mover, `two rated people in ${JSON.stringify(board.members)}`).toBeTruthy();
  const expectedBox = boxOf('high', assessee!.performance!);
  await expectNoBlockingViolations(hr.page, 'talent: session board');
  await screenshot(hr.page, 'talent-board-started');

  // ---- The assessee's card: three answers with evidence, retention, loss impact and readiness ----
  const unplaced = hr.page.getByTestId('box-unplaced');
  await unplaced.getByRole('button', { name: `Open ${assessee!.displayName}` }).click();
  const card = hr.page.getByRole('dialog', { name: assessee!.displayName });
  const assessment = card.getByTestId('talent-assessment');
  await assessment.waitFor();
  await settle(hr.page);
  const answers = [
    ['Learning agility', 'High', 'Learned the billing domain in three weeks and now teaches it to others'],
    ['Scope growth', 'High', 'Took over the release train from their lead this half'],
    ['Leading others', 'Medium', 'Reviews carefully and pairs with the two new joiners each week'],
  ] as const;
  for (const [question, level, evidence] of answers) {
    const group = assessment.getByRole('group', { name: question });
    await choose(group, hr.page, 'Level', new RegExp(`^${level}$`));
    await group.getByRole('textbox', { name: 'Evidence' }).fill(evidence);
  }
  await choose(assessment, hr.page, 'Retention risk', /^Medium$/);
  await choose(assessment, hr.page, 'Impact of loss', /^High$/);
  await choose(assessment, hr.page, 'Promotion readiness', /^In 1–2 years$/);
  await assessment
    .getByRole('textbox', { name: 'Reason for the retention risk' })
    .fill('Has asked twice about a move into a lead role');
  await expectNoBlockingViolations(hr.page, 'talent: person card');
  await screenshot(hr.page, 'talent-person-card', 'viewport');
  await assessment.getByTestId('assess-save').click();
  await hr.page.getByText('Assessment saved.').waitFor();
  await expect.poll(() => card.getByTestId('card-box').textContent()).toBe(boxTitle(expectedBox));
  await hr.page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden' });
  // The chip has left "not placed" and landed in its box.
  const landed = hr.page.getByTestId(`box-${expectedBox}`);
  await landed.getByRole('button', { name: `Open ${assessee!.displayName}` }).waitFor();
  await expect
    .poll(() => unplaced.getByRole('button', { name: `Open ${assessee!.displayName}` }).count())
    .toBe(0);

  // ---- Move another person to "Rising talent", by keyboard only, with a rationale ----
  const target = expectedBox === 8 ? 7 : 8;
  await unplaced.getByRole('button', { name: `Open ${mover!.displayName}` }).press('Enter');
  const moverCard = hr.page.getByRole('dialog', { name: mover!.displayName });
  await moverCard.getByTestId('card-move').waitFor();
  await settle(hr.page);
  await moverCard.getByTestId('card-move').press('Enter');
  const move = hr.page.getByRole('dialog', { name: `Move ${mover!.displayName}` });
  const boxField = move
    .getByRole('textbox', { name: 'Target box' })
    .or(move.getByRole('combobox', { name: 'Target box' }))
    .first();
  await expect.poll(() => boxField.evaluate((el) => el === document.activeElement)).toBe(true);
  await chooseByKeyboard(hr.page, boxField, boxTitle(target));
  // A blank rationale is refused.
  await move.getByTestId('move-save').press('Enter');
  await move.getByText('Write why this person moves').waitFor();
  const rationale =
    'Led the incident review after the outage; the calibrated rating undersells how others follow them';
  await move.getByRole('textbox', { name: 'Rationale' }).focus();
  await hr.page.keyboard.type(rationale);
  await move.getByTestId('move-save').press('Enter');
  await move.waitFor({ state: 'hidden' });
  await expect.poll(() => moverCard.getByTestId('card-box').textContent()).toBe(boxTitle(target));
  await expect.poll(() => moverCard.getByTestId('card-override').textContent()).toContain(rationale);
  await hr.page.keyboard.press('Escape');
  await moverCard.waitFor({ state: 'hidden' });
  const movedChip = hr.page
    .getByTestId(`box-${target}`)
    .getByRole('button', { name: `Open ${mover!.displayName}` });
  await movedChip.waitFor();
  expect(await movedChip.textContent()).toContain('moved');
  await settle(hr.page);
  await screenshot(hr.page, 'talent-board-placed');

  // ---- The spread by manager: the assessee's manager has one person in the box ----
  const assesseeCard = await getJson<TalentCard>(
    hr.page,
    `/api/growth/talent/sessions/${sessionId}/people/${assessee!.personId}`,
  );
  const managerName = assesseeCard.person.manager?.displayName ?? 'No manager';
  await hr.page.getByRole('tab', { name: 'By manager' }).click();
  const distribution = hr.page.getByTestId('talent-distribution');
  await distribution.waitFor();
  const managerRow = distribution
    .getByRole('row')
    .filter({ has: hr.page.getByRole('rowheader', { name: managerName, exact: true }) });
  // Columns after the manager: boxes 9 … 1, then "Not placed" and "Total".
  const boxCell = managerRow.getByRole('cell').nth(9 - expectedBox);
  await expect.poll(async () => Number(await boxCell.textContent())).toBeGreaterThanOrEqual(1);
  await settle(hr.page);
  await screenshot(hr.page, 'talent-distribution');
  await hr.page.getByRole('tab', { name: '9-box' }).click();
  await hr.page.getByTestId('nine-box').waitFor();

  // ---- Lock: read-only for everyone ----
  hr.page.once('dialog', (dialog) => void dialog.accept());
  await hr.page.getByTestId('talent-lock').click();
  await hr.page.getByTestId('talent-locked').waitFor();
  await hr.page.getByText('Locked', { exact: true }).waitFor();
  await expect.poll(() => hr.page.getByTestId('talent-lock').count()).toBe(0);
  await landed.getByRole('button', { name: `Open ${assessee!.displayName}` }).click();
  await card.getByText(answers[0][2]).waitFor();
  await expect.poll(() => card.getByTestId('talent-assessment').count()).toBe(0);
  await expect.poll(() => card.getByTestId('card-move').count()).toBe(0);
  await card.getByText('Promotion readiness: In 1–2 years').waitFor();
  await settle(hr.page);
  await screenshot(hr.page, 'talent-locked-card', 'viewport');
  // The server agrees: a change to a locked review is refused.
  const refused = await hr.page.request.post(
    `/api/growth/talent/sessions/${sessionId}/people/${mover!.personId}/placement`,
    { headers: { 'x-csrf-token': me.csrfToken }, data: { version: 1, box: 5, rationale: 'After the lock' } },
  );
  expect(refused.status()).toBe(409);
  await hr.page.keyboard.press('Escape');
  await visit(hr.page, '/growth/talent');
  const row = list.getByRole('row').filter({ has: hr.page.getByRole('link', { name, exact: true }) });
  await row.getByText('Locked', { exact: true }).waitFor();

  // ---- The succession slate: HR adds a successor with readiness to a key position ----
  await visit(hr.page, '/growth/succession');
  await hr.page
    .getByTestId('succession-position-row')
    .filter({ hasText: 'Director of Engineering' })
    .getByRole('link', { name: 'Director of Engineering' })
    .click();
  await hr.page.waitForURL(/\/growth\/succession\/[0-9a-f-]{36}$/);
  const slate = hr.page.getByTestId('succession-slate');
  await slate.getByTestId('succession-successor').first().waitFor();
  await settle(hr.page);
  const countBefore = await slate.getByTestId('succession-successor').count();
  const successor = 'Kenji Watanabe';
  expect(await slate.getByTestId('succession-successor').filter({ hasText: successor }).count()).toBe(0);
  const picker = slate
    .getByRole('combobox', { name: 'Successor' })
    .or(slate.getByRole('textbox', { name: 'Successor' }))
    .first();
  await picker.click();
  await picker.fill('Kenji');
  await hr.page.getByRole('option', { name: successor }).click();
  await slate.getByTestId('succession-add-readiness').click();
  await hr.page.getByRole('option', { name: '3+ years' }).click();
  await slate.getByTestId('succession-add-successor').click();
  const added = slate.getByTestId('succession-successor').filter({ hasText: successor });
  await added.waitFor();
  await expect.poll(() => slate.getByTestId('succession-successor').count()).toBe(countBefore + 1);
  await expect.poll(() => added.getByText('3+ years', { exact: true }).count()).toBe(1);
  await settle(hr.page);
  await screenshot(hr.page, 'talent-succession-slate');
  await hr.close();

  // ---- The demo employee: no Talent section, and the review answers 404 ----
  const employee = await openSession(browser(), wide);
  await signIn(employee.page, demoAccounts.employee);
  await visit(employee.page, '/growth');
  await employee.page.getByTestId('growth-section-mentoring').waitFor();
  expect(await employee.page.getByTestId('growth-section-talent').count()).toBe(0);
  expect(await employee.page.getByRole('link', { name: 'Talent reviews' }).count()).toBe(0);
  for (const path of [
    `/api/growth/talent/sessions/${sessionId}`,
    `/api/growth/talent/sessions/${sessionId}/board`,
    `/api/growth/talent/sessions/${sessionId}/people/${mover!.personId}`,
  ]) {
    const response = await employee.page.request.get(path);
    expect(response.status(), `${path} as the employee`).toBe(404);
  }
  await employee.close();
}, 150_000);
