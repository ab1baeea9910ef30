import { createConnection } from 'node:net';
import { join } from 'node:path';
import { type APIRequestContext, request } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
import {
  baseURL,
  browserForFile,
  demoAccounts,
  openSession,
  phone,
  screenshot,
  signIn,
  visit,
  wide,
} from './support/browser';

const browser = browserForFile();

interface Department {
  id: string;
  name: string;
}

/** A one-time invitation link for a demo person without a login, from the running server's operator socket. */
function issueInvitation(email: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(join(inject('dataDir'), 'trellis-operator.sock'));
    let output = '';
    socket.setEncoding('utf8');
    socket.on('connect', () =>
      socket.write(
        `${JSON.stringify({ command: 'issue-link', organizationSlug: 'demo', email, purpose: 'invitation' })}\n`,
      ),
    );
    socket.on('data', (chunk) => {
      output += chunk;
    });
    socket.on('end', () => {
      const reply = JSON.parse(output) as { ok: boolean; link?: string; message?: string };
      if (reply.ok && reply.link) resolve(reply.link);
      else reject(new Error(`issue-link for ${email}: ${reply.message}`));
    });
    socket.on('error', reject);
  });
}

/** An API session of one person, signed in (setting their password from an invitation first). */
async function respondentSession(
  email: string,
): Promise<{ api: APIRequestContext; headers: Record<string, string> }> {
  const api = await request.newContext({ baseURL: baseURL() });
  const token = new URL(await issueInvitation(email)).searchParams.get('token');
  const accepted = await api.post('/api/auth/invitations/accept', {
    data: { token, password: respondentPassword },
  });
  expect(accepted.status(), `accept invitation of ${email}: ${await accepted.text()}`).toBe(204);
  const login = await api.post('/api/auth/login', { data: { email, password: respondentPassword } });
  expect(login.status(), `login of ${email}: ${await login.text()}`).toBe(200);
  const csrf =
    (await api.storageState()).cookies.find((cookie) => cookie.name === 'trellis_csrf')?.value ?? '';
  return { api, headers: { 'x-csrf-token': csrf } };
}

const respondentPassword = 'pulse-e2e-password-2026';

test('pulse survey: HR launches a pulse, 12 people answer, the heatmap shows the allowed cells and hides the rest', async () => {
  const stamp = Date.now().toString(36);
  const name = `Team pulse ${stamp}`;

  // HR first hires twelve people — 7, 3 and 2 in three departments — who will be the ones who
  // answer. The two small departments are below the threshold of 5 and hide each other; the large
  // one stays shown.
  const hr = await openSession(browser(), wide);
  await signIn(hr.page, demoAccounts.hr);
  const csrf = (await hr.context.cookies()).find((cookie) => cookie.name === 'trellis_csrf')?.value ?? '';
  const listed = await hr.page.request.get('/api/departments');
  const departments = (
    (await listed.json()) as { items: { id: string; name: string; headcount: number }[] }
  ).items
    .sort((a, b) => b.headcount - a.headcount)
    .slice(0, 3);
  expect(departments).toHaveLength(3);
  const [large, middle, small] = [departments[0]!, departments[1]!, departments[2]!];
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const hires: { email: string; department: Department }[] = [];
  for (const [department, count] of [
    [large, 7],
    [middle, 3],
    [small, 2],
  ] as const) {
    for (let i = 0; i < count; i += 1) {
      const email = `pulse-${stamp}-${hires.length}@demo.test`;
      const created = await hr.page.request.post('/api/people', {
        headers: { 'x-csrf-token': csrf },
        data: {
          givenName: 'Pulse',
          familyName: `Respondent ${hires.length + 1}`,
          email,
          departmentId: department.id,
          hireDate: yesterday,
        },
      });
      expect(created.status(), `hire ${email}: ${await created.text()}`).toBe(201);
      hires.push({ email, department });
    }
  }

  // HR sets up a one-off pulse in the form and launches its first round.
  await visit(hr.page, '/growth/surveys?tab=manage');
  await hr.page.getByTestId('surveys-new').click();
  const form = hr.page.getByTestId('survey-form-modal');
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  for (const prompt of [
    'I am learning things here that matter for the next step of my career.',
    'My workload lets me do my job well without regularly working late.',
    'I can be myself at work.',
  ])
    await form.getByRole('checkbox', { name: prompt }).check();
  await form
    .getByRole('textbox', { name: 'Comment prompts' })
    .fill('What is one thing that would make work better for you?');
  await screenshot(hr.page, 'pulse-survey-form', 'viewport');
  await hr.page.getByTestId('survey-save').click();
  await hr.page.waitForURL(/\/growth\/surveys\/manage\//);
  const surveyId = hr.page.url().split('/').pop()!;
  await hr.page.getByTestId('survey-launch').click();
  await hr.page.getByTestId('survey-launch-confirm').click();
  const roundRow = hr.page.getByTestId('survey-rounds').getByRole('row').filter({ hasText: 'Round 1' });
  await roundRow.getByText('Open', { exact: true }).waitFor();
  await screenshot(hr.page, 'pulse-survey-detail');
  await expectNoBlockingViolations(hr.page, 'pulse survey: HR survey page');
  const rounds = await hr.page.request.get(`/api/growth/surveys/${surveyId}/rounds`);
  const launched = (
    (await rounds.json()) as { items: { id: string; invited: number; skippedForFatigue: number }[] }
  ).items[0]!;
  const roundId = launched.id;
  // The demo's own monthly pulse last invited everyone eight days ago, so nobody rests (fatigue
  // guard: one pulse a week): the launch invites the whole organisation, the new hires with it.
  expect(launched.skippedForFatigue).toBe(0);
  expect(launched.invited).toBeGreaterThan(hires.length);
  expect(await roundRow.getByRole('cell').nth(2).textContent()).toBe(String(launched.invited));

  // The first new hire answers in the browser: the promise of anonymity, the check that names
  // unanswered questions, the confirmation and the thank-you; a second visit says it is answered.
  const first = await respondentSession(hires[0]!.email);
  await first.api.dispose();
  const answerer = await openSession(browser(), wide);
  const login = await answerer.page.request.post('/api/auth/login', {
    data: { email: hires[0]!.email, password: respondentPassword },
  });
  expect(login.status()).toBe(200);
  await visit(answerer.page, '/growth/surveys');
  await answerer.page.getByTestId('surveys-mine-item').filter({ hasText: name }).getByRole('link').click();
  await answerer.page.getByTestId('survey-promise').waitFor();
  await answerer.page.getByTestId('survey-submit').click();
  await answerer.page.getByTestId('survey-missing').waitFor();
  await screenshot(answerer.page, 'pulse-survey-missing');
  for (const question of await answerer.page.getByTestId('survey-question').all()) {
    const agree = question.getByRole('radio', { name: 'Agree', exact: true });
    if ((await agree.count()) > 0) await agree.check();
    const nine = question.getByRole('radio', { name: '9', exact: true });
    if ((await nine.count()) > 0) await nine.check();
  }
  await expectNoBlockingViolations(answerer.page, 'pulse survey: questionnaire');
  await answerer.page.getByTestId('survey-submit').click();
  await answerer.page.getByTestId('survey-confirm').click();
  await answerer.page.getByTestId('survey-thanks').waitFor();
  await screenshot(answerer.page, 'pulse-survey-thanks');
  await visit(answerer.page, `/growth/surveys/rounds/${roundId}`);
  await answerer.page.getByText('You have already answered this survey').waitFor();

  // The eleven others answer through the API, each signed in as themselves.
  for (const [index, hire] of hires.slice(1).entries()) {
    const { api, headers } = await respondentSession(hire.email);
    try {
      const questionnaire = await api.get(`/api/growth/surveys/mine/${roundId}`);
      expect(questionnaire.status(), `questionnaire of ${hire.email}: ${await questionnaire.text()}`).toBe(
        200,
      );
      const { questions } = (await questionnaire.json()) as { questions: { id: string; kind: string }[] };
      const likert = Object.fromEntries(
        questions.filter((q) => q.kind === 'likert').map((q, item) => [q.id, 1 + ((item + index) % 5)]),
      );
      const sent = await api.post(`/api/growth/surveys/mine/${roundId}/answers`, {
        headers,
        data: { likert, enps: index % 11, comments: {} },
      });
      expect(sent.status(), `answer of ${hire.email}: ${await sent.text()}`).toBe(204);
      // A second answer is refused.
      const again = await api.post(`/api/growth/surveys/mine/${roundId}/answers`, {
        headers,
        data: { likert, enps: 1, comments: {} },
      });
      expect(again.status()).toBe(409);
    } finally {
      await api.dispose();
    }
  }

  // HR closes the round and reads the department heatmap.
  await visit(hr.page, `/growth/surveys/manage/${surveyId}`);
  await hr.page.getByTestId('survey-close-round').click();
  await hr.page.getByTestId('survey-close-round-confirm').click();
  await hr.page.getByTestId('survey-rounds').getByText('Closed', { exact: true }).waitFor();
  await visit(hr.page, `/growth/surveys/results/${roundId}`);
  const heatmap = hr.page.getByTestId('survey-heatmap-table');
  await heatmap.waitFor();
  const row = (department: Department) =>
    heatmap.getByTestId('heatmap-row').filter({
      has: hr.page.getByRole('rowheader', { name: department.name, exact: true }),
    });
  await expect.poll(() => row(large).locator('td[data-state="shown"]').count()).toBeGreaterThan(0);
  expect(
    await row(large).locator('td[data-state="below_threshold"], td[data-state="complementary"]').count(),
  ).toBe(0);
  expect(await row(small).locator('td[data-state="shown"]').count()).toBe(0);
  expect(await row(small).locator('td[data-state="below_threshold"]').count()).toBeGreaterThan(0);
  expect(await row(middle).locator('td[data-state="shown"]').count()).toBe(0);
  await expect.poll(() => heatmap.locator('td[data-state="no_data"]').count()).toBeGreaterThan(0);
  await hr.page
    .getByTestId('survey-heatmap-legend')
    .getByText('Below threshold: too few answers to show')
    .waitFor();
  await screenshot(hr.page, 'pulse-survey-results');
  await expectNoBlockingViolations(hr.page, 'pulse survey: results');

  // The same results on a phone: the heatmap scrolls inside its own box.
  const small390 = await openSession(browser(), phone);
  await signIn(small390.page, demoAccounts.hr);
  await visit(small390.page, `/growth/surveys/results/${roundId}`);
  await small390.page.getByTestId('survey-heatmap-table').waitFor();
  const overflow = await small390.page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(small390.page, 'pulse-survey-results-phone');

  await answerer.close();
  await small390.close();
  await hr.close();
}, 300_000);
