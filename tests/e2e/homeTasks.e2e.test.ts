import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
import {
  baseURL,
  browserForFile,
  type DemoEmail,
  demoAccounts,
  openSession,
  phone,
  screenshot,
  settle,
  signIn,
  type Viewport,
  visit,
  wide,
} from './support/browser';
import { demoPersonName } from './support/pages';

const browser = browserForFile();
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function api(page: Page, csrf: string, method: 'post' | 'get', path: string, data?: unknown) {
  const response =
    method === 'get'
      ? await page.request.get(path)
      : await page.request.post(path, { headers: { 'x-csrf-token': csrf }, data });
  const body = await response.text();
  expect(response.ok(), `${method.toUpperCase()} ${path}: ${body}`).toBe(true);
  return JSON.parse(body);
}

/**
 * What the demo does not hold by itself: an open calibration session over one department of the
 * running cycle, waiting for the approver's sign-off (the rest of the cycle stays ready for the
 * calibration flow), and the employee's 360 with the demo coach, closed, waiting for the coach's
 * release. Both made through the API, as the screens would.
 */
beforeAll(async () => {
  // A plain context: openSession's failure hook belongs to tests, not to this set-up.
  const context = await browser().newContext({ baseURL: baseURL() });
  const page = await context.newPage();
  const approver = await signIn(page, demoAccounts.approver);
  const coach = await signIn(page, demoAccounts.coach);

  const hr = await signIn(page, demoAccounts.hr);
  const cycles = (await api(page, hr.csrfToken, 'get', '/api/calibration/cycles')).items as {
    id: string;
    status: string;
    readyCount: number;
  }[];
  // Other browser flows may already have calibrated the ready reviews: then the session holds none,
  // which still waits for the approver's sign-off.
  const active = cycles.filter((c) => c.status === 'active');
  const cycle = active.find((c) => c.readyCount > 0) ?? active[0]!;
  const reviews = (
    await api(
      page,
      hr.csrfToken,
      'get',
      `/api/review-cycles/${cycle.id}/reviews?state=submitted&pageSize=100`,
    )
  ).items as { department: string | null }[];
  const perDepartment = new Map<string, number>();
  for (const r of reviews)
    if (r.department) perDepartment.set(r.department, (perDepartment.get(r.department) ?? 0) + 1);
  const departments = (await api(page, hr.csrfToken, 'get', '/api/departments')) as
    | { id: string; name: string }[]
    | { items: { id: string; name: string }[] };
  const list = Array.isArray(departments) ? departments : departments.items;
  const smallest = [...perDepartment].sort((a, b) => a[1] - b[1])[0]?.[0] ?? list[0]!.name;
  await api(page, hr.csrfToken, 'post', '/api/calibration/sessions', {
    cycleId: cycle.id,
    name: 'Home tasks calibration',
    departmentIds: [list.find((d) => d.name === smallest)!.id],
    approverIds: [approver.person!.id],
  });

  const employee = await signIn(page, demoAccounts.employee);
  const personas = new Set(
    (Object.keys(demoAccounts) as (keyof typeof demoAccounts)[]).map((p) => demoPersonName(p)),
  );
  const people = (await api(page, employee.csrfToken, 'get', '/api/people?pageSize=40')).items as {
    id: string;
    displayName: string;
    status?: string;
  }[];
  const raters = people.filter((p) => !personas.has(p.displayName) && p.status !== 'terminated').slice(0, 3);
  const created = await api(page, employee.csrfToken, 'post', '/api/growth/360/requests', {
    deadline: inDays(14),
    coachId: coach.person!.id,
  });
  for (const rater of raters)
    await api(page, employee.csrfToken, 'post', `/api/growth/360/requests/${created.id}/nominations`, {
      personId: rater.id,
      group: 'peers',
    });
  const { version } = await api(page, employee.csrfToken, 'get', `/api/growth/360/requests/${created.id}`);
  const sent = await api(page, employee.csrfToken, 'post', `/api/growth/360/requests/${created.id}/submit`, {
    version,
  });
  await api(page, employee.csrfToken, 'post', `/api/growth/360/requests/${created.id}/close`, {
    version: sent.version,
  });
  await context.close();
});

/** Signs in, opens home and waits for "Your tasks"; returns the page for more checks. */
async function homeAs(email: DemoEmail, viewport: Viewport) {
  const session = await openSession(browser(), viewport);
  await signIn(session.page, email);
  await visit(session.page, '/');
  await session.page.getByTestId('home-tasks').waitFor();
  await settle(session.page);
  return session;
}

const task = (page: Page, kind: string) => page.locator(`[data-testid="home-task"][data-kind="${kind}"]`);

describe('"Your tasks" on home', () => {
  test('the manager sees his team’s reviews and shared plans, each with a link, wide and on a phone', async () => {
    for (const [viewport, name] of [
      [wide, 'wide'],
      [phone, 'phone'],
    ] as const) {
      const session = await homeAs(demoAccounts.manager, viewport);
      const { page } = session;
      const reviews = task(page, 'review.manager');
      await reviews.waitFor();
      expect(await reviews.textContent()).toMatch(/\d+ reviews? of your team to write/);
      await task(page, 'plans.toLook').waitFor();
      // The panel comes first on the page, before the Now and Next halves.
      const tasksBox = await page.getByTestId('home-tasks').boundingBox();
      const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
      expect(tasksBox!.y).toBeGreaterThan(heading!.y);
      await screenshot(page, `home-tasks-manager-${name}`);
      await expectNoBlockingViolations(page, `home tasks of the manager (${name})`);
      if (name === 'wide') {
        await reviews.getByRole('link').click();
        await page.waitForURL((url) => url.pathname === '/performance/reviews');
      }
      await session.close();
    }
  }, 150_000);

  test('the approver sees the pending sign-off and reaches calibration from it', async () => {
    const session = await homeAs(demoAccounts.approver, wide);
    const { page } = session;
    const signOff = task(page, 'calibration.signOff');
    await signOff.waitFor();
    expect(await signOff.textContent()).toMatch(/\d+ calibration sessions? to sign off/);
    await screenshot(page, 'home-tasks-approver-wide');
    await expectNoBlockingViolations(page, 'home tasks of the approver');
    await signOff.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/performance/calibration');
    await page.getByText('Home tasks calibration').first().waitFor();
    await session.close();
  });

  test('the coach sees the 360 report waiting for release; the employee the 360 he owes', async () => {
    for (const viewport of [wide, phone]) {
      const session = await homeAs(demoAccounts.coach, viewport);
      const { page } = session;
      const release = task(page, 'feedback360.release');
      await release.waitFor();
      expect(await release.textContent()).toContain('360 report to prepare and release');
      await screenshot(page, `home-tasks-coach-${viewport === wide ? 'wide' : 'phone'}`);
      await expectNoBlockingViolations(page, 'home tasks of the coach');
      if (viewport === wide) {
        await release.getByRole('link').click();
        await page.waitForURL((url) => url.pathname === '/growth/360' && url.search.includes('coaching'));
      }
      await session.close();
    }

    const session = await homeAs(demoAccounts.employee, wide);
    const { page } = session;
    await task(page, 'feedback360.answer').waitFor();
    expect(await task(page, 'calibration.signOff').count()).toBe(0);
    await screenshot(page, 'home-tasks-employee-wide');
    await expectNoBlockingViolations(page, 'home tasks of the employee');
    await session.close();
  }, 150_000);
});
