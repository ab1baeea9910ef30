import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeTask, HomeTaskKind } from '../../../contracts/homeTasks';
import { seedDemoGrowth } from '../../growth/demoSeed';
import { buildDemoPlan } from '../../org/seed/demo';
import { type DemoPersona, demoAccounts } from '../../org/seed/demoRoster';
import { writeOrganizationPlan } from '../../org/seed/writePlan';
import { people } from '../../org/tables';
import { readyForCalibration } from '../../performance/calibration/queries';
import { seedDemoPerformance } from '../../performance/demoSeed';
import { createSession } from '../../platform/auth/sessions';
import { accounts } from '../../platform/auth/tables';
import { addDays, organizationToday } from '../../platform/clock';
import { queryRows } from '../../platform/db/client';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { CYCLE_DEADLINE_DAYS } from './queries';

let server: TestServer;
let organizationId: string;
let today: string;
const personas = Object.keys(demoAccounts) as DemoPersona[];
const clients = new Map<string, ApiClient>();
const personIds = new Map<string, string>();
/** Every person's name in the organisation: a task must never name anyone. */
let names: string[] = [];

async function sessionFor(accountId: string) {
  const [account] = await server.database.db.select().from(accounts).where(eq(accounts.id, accountId));
  return new ApiClient(server.baseUrl).withSession(
    await createSession(server.database.db, account!, 'vitest'),
  );
}

/**
 * The whole demo (organisation, performance, growth) under a slug of its own, so other files that
 * seed parts of the shared demo never change what this file counts. Logins get emails of their own
 * (account emails are global); the people keep the demo's, which the seeds pick them by. Plus a
 * second HR admin (four eyes) and an org admin account without a person record.
 */
beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  const slug = `tasks-${randomUUID().slice(0, 8)}`;
  const plan = buildDemoPlan('unused-hash');
  const emails = new Set<string>(Object.values(demoAccounts));
  ({ organizationId } = await writeOrganizationPlan(db, {
    ...plan,
    slug,
    accounts: plan.accounts
      .filter((a) => emails.has(a.email))
      .map((a) => ({ ...a, email: `${slug}.${a.email}` })),
  }));
  today = await organizationToday(db, organizationId);
  await seedDemoPerformance(db, { organizationId, today });
  await seedDemoGrowth(db, { organizationId, today });
  const staff = await db
    .select({ id: people.id, email: people.email, g: people.givenName, f: people.familyName })
    .from(people)
    .where(eq(people.organizationId, organizationId));
  names = staff.map((p) => `${p.g} ${p.f}`);
  const rows = await db.select().from(accounts).where(eq(accounts.organizationId, organizationId));
  for (const persona of personas) {
    const account = rows.find((a) => a.email === `${slug}.${demoAccounts[persona]}`)!;
    clients.set(persona, await sessionFor(account.id));
    personIds.set(persona, account.personId!);
  }
  // A second HR admin (an ordinary employee with the role) and an org admin without a person.
  const hr2 = staff.find((p) => !emails.has(p.email) && p.email.includes('@'))!;
  const [second] = await db
    .insert(accounts)
    .values({ organizationId, personId: hr2.id, email: `${slug}.hr2@demo.test`, roles: ['hr_admin'] })
    .returning({ id: accounts.id });
  clients.set('hr2', await sessionFor(second!.id));
  personIds.set('hr2', hr2.id);
  const [nobody] = await db
    .insert(accounts)
    .values({ organizationId, personId: null, email: `${slug}.root@demo.test`, roles: ['org_admin'] })
    .returning({ id: accounts.id });
  clients.set('nobody', await sessionFor(nobody!.id));
  await openSignOffForApprover();
  await closed360ForCoach(staff.map((p) => p.id));
}, 180_000);

/** An open calibration session over one department of the running cycle, waiting for the approver. */
async function openSignOffForApprover() {
  const [ready] = await queryRows<{ cycle_id: string; department_id: string }>(
    server.database.db,
    sql`SELECT r.cycle_id, r.department_id FROM reviews r JOIN review_cycles c ON c.id = r.cycle_id
         WHERE r.organization_id = ${organizationId} AND c.status = 'active' AND ${readyForCalibration}
         GROUP BY r.cycle_id, r.department_id ORDER BY count(*) LIMIT 1`,
  );
  const created = await clients.get('hr')!.post('/api/calibration/sessions', {
    cycleId: ready!.cycle_id,
    name: 'Tasks calibration',
    departmentIds: [ready!.department_id],
    approverIds: [personIds.get('approver')],
  });
  expect(created.status, created.text).toBe(201);
}

/**
 * The employee's 360 with the demo coach, closed: it waits for the coach's release. And a second
 * one sent for the manager's approval of the raters.
 */
async function closed360ForCoach(staff: string[]) {
  const employee = clients.get('employee')!;
  const raters = staff.filter((id) => ![...personIds.values()].includes(id)).slice(0, 3);
  for (const approval of [false, true]) {
    const created = await employee.post('/api/growth/360/requests', {
      deadline: addDays(today, 14),
      requireManagerApproval: approval,
      coachId: approval ? null : personIds.get('coach'),
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id;
    for (const personId of raters)
      expect(
        (await employee.post(`/api/growth/360/requests/${id}/nominations`, { personId, group: 'peers' }))
          .status,
      ).toBe(201);
    const { version } = (await employee.get(`/api/growth/360/requests/${id}`)).body;
    const sent = await employee.post(`/api/growth/360/requests/${id}/submit`, { version });
    expect(sent.status, sent.text).toBe(200);
    if (!approval) {
      const closed = await employee.post(`/api/growth/360/requests/${id}/close`, {
        version: sent.body.version,
      });
      expect(closed.body.status, closed.text).toBe('closed');
    }
  }
}
afterAll(() => server.close());

async function tasksOf(who: string): Promise<Map<HomeTaskKind, HomeTask>> {
  const response = await clients.get(who)!.get('/api/home/tasks');
  expect(response.status, response.text).toBe(200);
  // Counts and dates only: no one's name ever reaches a task.
  for (const name of names) expect(response.text).not.toContain(name);
  return new Map((response.body.items as HomeTask[]).map((t) => [t.kind, t]));
}

const count = (tasks: Map<HomeTaskKind, HomeTask>, kind: HomeTaskKind) => tasks.get(kind)?.count ?? 0;

/**
 * What each task's link opens, read as the same caller: the task's count must equal what that
 * screen shows them. Each reference is the domain's own list route, so the counts follow the
 * domains' policies and reaches, not a restatement of them.
 */
async function expectedFor(who: string): Promise<Partial<Record<HomeTaskKind, number>>> {
  const client = clients.get(who)!;
  const get = async (path: string) => {
    const response = await client.get(path);
    return response.status === 200 ? response.body : null;
  };
  const expected: Partial<Record<HomeTaskKind, number>> = {};
  const reviews = (await get('/api/reviews/tasks'))?.items ?? [];
  for (const kind of ['self', 'manager', 'peer', 'acknowledge'] as const)
    expected[`review.${kind}`] = reviews.filter(
      (r: { kind: string; formState: string | null }) => r.kind === kind && r.formState !== 'submitted',
    ).length;
  const sessions = (await get('/api/calibration/sessions?pageSize=100'))?.items ?? [];
  let signOffs = 0;
  for (const s of sessions as { id: string; state: string }[]) {
    const detail = await get(`/api/calibration/sessions/${s.id}`);
    if (detail?.abilities?.signOff) signOffs++;
  }
  expected['calibration.signOff'] = signOffs;
  const tasks360 = (await get('/api/growth/360/tasks?pageSize=100'))?.items ?? [];
  expected['feedback360.answer'] = tasks360.filter((t: { status: string }) => t.status === 'pending').length;
  const mine360 = (await get('/api/growth/360/requests?pageSize=100'))?.items ?? [];
  expected['feedback360.nominate'] = mine360.filter(
    (r: { status: string }) => r.status === 'nominating',
  ).length;
  expected['feedback360.approve'] = (await get('/api/growth/360/approvals'))?.total ?? 0;
  const coached = (await get('/api/growth/360/coachees?pageSize=100'))?.items ?? [];
  expected['feedback360.release'] = coached.filter((r: { status: string }) => r.status === 'closed').length;
  expected['conversations.overdue'] = (await get('/api/growth/conversations/reports'))?.overdueCount ?? 0;
  const personId = personIds.get(who);
  const certificates = personId
    ? ((await get(`/api/growth/learning/people/${personId}/certifications`))?.items ?? [])
    : [];
  expected['certifications.expiring'] = certificates.filter(
    (c: { state: string }) => c.state === 'expiring',
  ).length;
  return expected;
}

describe('"Your tasks" on the home page', () => {
  it('for every demo role, each count equals what the linked screen shows the same caller', async () => {
    for (const who of personas) {
      const tasks = await tasksOf(who);
      const expected = await expectedFor(who);
      for (const [kind, n] of Object.entries(expected))
        expect(count(tasks, kind as HomeTaskKind), `${who}: ${kind}`).toBe(n);
    }
  }, 120_000);

  it('shows each role its own work: the manager his team, the approver the sign-off, the employee the 360 he owes', async () => {
    const manager = await tasksOf('manager');
    expect(count(manager, 'review.manager')).toBeGreaterThan(0);
    expect(count(manager, 'plans.toLook')).toBeGreaterThan(0);
    expect(manager.has('calibration.signOff')).toBe(false);
    expect(manager.has('hr.erasureApproval')).toBe(false);

    const approver = await tasksOf('approver');
    expect(count(approver, 'calibration.signOff')).toBeGreaterThanOrEqual(1);

    const employee = await tasksOf('employee');
    expect(count(employee, 'feedback360.answer')).toBeGreaterThanOrEqual(1);
    for (const kind of ['calibration.signOff', 'feedback360.release', 'hr.cycleDeadlines'] as const)
      expect(employee.has(kind), kind).toBe(false);

    const coach = await tasksOf('coach');
    expect(count(coach, 'feedback360.release')).toBe(1);
    expect(coach.has('calibration.signOff')).toBe(false);
    expect(count(manager, 'feedback360.approve')).toBe(1);
    expect(coach.has('hr.erasureApproval')).toBe(false);
  });

  it('an account without a person record gets an answer, and nothing is asked of it', async () => {
    const tasks = await tasksOf('nobody');
    expect([...tasks.keys()]).toEqual([]);
    const admin = await tasksOf('admin');
    for (const kind of ['calibration.signOff', 'hr.erasureApproval', 'hr.calibrationToPrepare'] as const)
      expect(admin.has(kind)).toBe(false);
  });

  it('a shared plan waits for a look until its manager opens it', async () => {
    const manager = clients.get('manager')!;
    const before = count(await tasksOf('manager'), 'plans.toLook');
    const shared = (await manager.get('/api/growth/plans/shared')).body.items as { id: string }[];
    expect(shared.length).toBeGreaterThanOrEqual(before);
    for (const plan of shared) expect((await manager.get(`/api/growth/plans/${plan.id}`)).status).toBe(200);
    expect(count(await tasksOf('manager'), 'plans.toLook')).toBe(0);
  });

  it('HR: an erasure request waits for a second HR admin; cycles with a deadline this week; calibration to prepare', async () => {
    const hr = clients.get('hr')!;
    const [leaver] = await server.database.db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.organizationId, organizationId), eq(people.status, 'terminated')));
    const target = leaver!.id;
    const before = count(await tasksOf('hr2'), 'hr.erasureApproval');
    const made = await hr.post(`/api/people/${target}/erasure-requests`, {
      reference: 'TICKET-1',
      reason: 'Written request from the person',
    });
    expect(made.status, made.text).toBe(201);
    expect(count(await tasksOf('hr'), 'hr.erasureApproval')).toBe(before);
    expect(count(await tasksOf('hr2'), 'hr.erasureApproval')).toBe(before + 1);
    for (const who of ['manager', 'approver', 'admin', 'coach', 'employee'])
      expect((await tasksOf(who)).has('hr.erasureApproval'), who).toBe(false);

    // Cycles: an active cycle with any phase deadline from today to a week ahead.
    const cycles = (await hr.get('/api/review-cycles?pageSize=100')).body.items as {
      id: string;
      status: string;
    }[];
    let dueSoon = 0;
    for (const cycle of cycles.filter((c) => c.status === 'active')) {
      const detail = (await hr.get(`/api/review-cycles/${cycle.id}`)).body;
      const dates = [
        detail.selfReviewDue,
        detail.peerInputDue,
        detail.managerReviewDue,
        detail.calibrationDue,
        detail.releaseDue,
        detail.acknowledgeDue,
      ].filter((d): d is string => typeof d === 'string');
      if (dates.some((d) => d >= today && d <= addDays(today, CYCLE_DEADLINE_DAYS))) dueSoon++;
    }
    const hrTasks = await tasksOf('hr');
    expect(count(hrTasks, 'hr.cycleDeadlines')).toBe(dueSoon);
    const calibrationCycles = (await hr.get('/api/calibration/cycles')).body.items as {
      status: string;
      readyCount: number;
    }[];
    expect(count(hrTasks, 'hr.calibrationToPrepare')).toBe(
      calibrationCycles.filter((c) => c.status === 'active' && c.readyCount > 0).length,
    );
  });
});
