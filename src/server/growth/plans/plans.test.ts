import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../platform/audit/tables';
import { queryRows } from '../../platform/db/client';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast, createTestOrganization } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { sendPlanNudges } from './nudges';
import { developmentPlans } from './tables';
import { insertReleasedReview } from './testing';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

/** Business objectives are written with SQL: growth code may not import the goals tables (S1.1). */
async function insertObjective(
  title: string,
  extra: { level?: string; ownerPersonId?: string; visibility?: string } = {},
) {
  const [row] = await queryRows<{ id: string }>(
    server.database.db,
    sql`INSERT INTO goals (organization_id, level, owner_person_id, title, period_start, period_end, visibility)
        VALUES (${cast.org.organizationId}, ${extra.level ?? 'company'}, ${extra.ownerPersonId ?? null}::uuid, ${title},
                '2026-01-01', '2026-12-31', ${extra.visibility ?? 'public'})
        RETURNING id`,
  );
  return row!.id;
}

async function planWithGoal(client: ApiClient, title = 'Become a tech lead') {
  const plan = await client.post('/api/growth/plans', { title });
  expect(plan.status, plan.text).toBe(201);
  const withGoal = await client.post(`/api/growth/plans/${plan.body.id}/goals`, {
    title: 'Run design reviews',
  });
  expect(withGoal.status, withGoal.text).toBe(201);
  return withGoal.body;
}

async function nextSectionOf(seriesId: string, viewer = cast.manager) {
  const series = await (await as(viewer)).get(`/api/one-on-ones/${seriesId}`);
  expect(series.status, series.text).toBe(200);
  return (series.body.currentMeeting.agenda as { section: string; source: string; text: string }[]).filter(
    (item) => item.section === 'next',
  );
}

describe('development plans', () => {
  it('goals, typed actions, evidence and a business objective that benefits both', async () => {
    const employee = await as(cast.employee);
    const objective = await insertObjective('Cut incident response time in half');
    const plan = await planWithGoal(employee);
    const goal = plan.goals[0];
    const linked = await employee.patch(`/api/growth/plans/${plan.id}/goals/${goal.id}`, {
      businessGoalId: objective,
      targetDate: '2026-12-31',
      version: goal.version,
    });
    expect(linked.status, linked.text).toBe(200);
    expect(linked.body.goals[0].businessObjective).toMatchObject({ id: objective, level: 'company' });

    for (const [kind, title] of [
      ['stretch_assignment', 'Lead the Q3 incident review'],
      ['mentoring', 'Monthly sessions with a staff engineer'],
      ['reading', 'A book on facilitation'],
    ]) {
      const added = await employee.post(`/api/growth/plans/${plan.id}/goals/${goal.id}/actions`, {
        kind,
        title,
      });
      expect(added.status, added.text).toBe(201);
    }
    const detail = (await employee.get(`/api/growth/plans/${plan.id}`)).body;
    const actions = detail.goals[0].actions;
    expect(actions.map((a: { kind: string }) => a.kind)).toEqual([
      'stretch_assignment',
      'mentoring',
      'reading',
    ]);

    const done = await employee.patch(`/api/growth/plans/${plan.id}/actions/${actions[2].id}`, {
      status: 'done',
      evidenceText: 'Summary written',
      evidenceUrl: 'https://wiki.example.test/notes',
      version: actions[2].version,
    });
    expect(done.status, done.text).toBe(200);
    expect(done.body.progress).toMatchObject({
      actionsTotal: 3,
      actionsDone: 1,
      openActions: 2,
      percent: 33,
    });
    // Completing an action writes a history line with the progress at that moment.
    expect(done.body.updates[0]).toMatchObject({ progressPercent: 33 });

    const note = await employee.post(`/api/growth/plans/${plan.id}/updates`, {
      note: 'Booked the first session',
    });
    expect(note.status).toBe(201);
    expect(note.body.updates).toHaveLength(2);
  });

  it('edits are version-checked: a stale version gets 409 with the current one', async () => {
    const employee = await as(cast.employee);
    const plan = await planWithGoal(employee);
    const first = await employee.patch(`/api/growth/plans/${plan.id}`, {
      title: 'First',
      version: plan.version,
    });
    expect(first.status).toBe(200);
    const stale = await employee.patch(`/api/growth/plans/${plan.id}`, {
      title: 'Stale',
      version: plan.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: first.body.version });
    const goal = plan.goals[0];
    await employee.patch(`/api/growth/plans/${plan.id}/goals/${goal.id}`, {
      status: 'in_progress',
      version: goal.version,
    });
    const staleGoal = await employee.patch(`/api/growth/plans/${plan.id}/goals/${goal.id}`, {
      status: 'achieved',
      version: goal.version,
    });
    expect(staleGoal.status).toBe(409);
    expect(staleGoal.body.error.currentVersion).toBe(goal.version + 1);
    expect((await employee.get(`/api/growth/plans/${plan.id}`)).body.title).toBe('First');
  });

  it('validation names the field; only objectives the owner can see link', async () => {
    const employee = await as(cast.employee);
    const plan = await planWithGoal(employee);
    const hidden = await insertObjective('Someone else’s private goal', {
      level: 'personal',
      ownerPersonId: cast.peer.id,
      visibility: 'private',
    });
    const linked = await employee.post(`/api/growth/plans/${plan.id}/goals`, {
      title: 'X',
      businessGoalId: hidden,
    });
    expect(linked.status).toBe(400);
    expect(linked.body.error.fields).toHaveProperty('businessGoalId');
    const objectives = await employee.get('/api/growth/plans/objectives?pageSize=100');
    expect(objectives.body.items.map((o: { id: string }) => o.id)).not.toContain(hidden);

    const noTitle = await employee.post(`/api/growth/plans/${plan.id}/goals/${plan.goals[0].id}/actions`, {
      kind: 'course',
      title: ' ',
    });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error.fields).toHaveProperty('title');
    const dates = await employee.post(`/api/growth/plans/${plan.id}/goals/${plan.goals[0].id}/actions`, {
      kind: 'project',
      title: 'Backwards',
      startDate: '2026-05-01',
      dueDate: '2026-04-01',
    });
    expect(dates.status).toBe(400);
    expect(dates.body.error.fields).toHaveProperty('dueDate');
    const catalogueOnReading = await employee.post(
      `/api/growth/plans/${plan.id}/goals/${plan.goals[0].id}/actions`,
      {
        kind: 'reading',
        title: 'A book',
        learningItemId: '00000000-0000-4000-8000-000000000000',
      },
    );
    expect(catalogueOnReading.status).toBe(400);
    expect(catalogueOnReading.body.error.fields).toHaveProperty('learningItemId');
  });

  it('sharing puts open actions in the next 1:1’s Next section; revoking stops it and hides the plan', async () => {
    const employee = await as(cast.employee2);
    const manager = await as(cast.manager);
    const series = await manager.post('/api/one-on-ones', {
      withPersonId: cast.employee2.id,
      cadence: 'weekly',
      firstMeetingOn: '2027-01-04',
    });
    expect(series.status, series.text).toBe(201);
    const plan = await planWithGoal(employee, 'Grow into architecture');
    const goalId = plan.goals[0].id;
    await employee.post(`/api/growth/plans/${plan.id}/goals/${goalId}/actions`, {
      kind: 'course',
      title: 'Systems design course',
    });
    const withDone = await employee.post(`/api/growth/plans/${plan.id}/goals/${goalId}/actions`, {
      kind: 'reading',
      title: 'Already finished reading',
    });
    const finished = withDone.body.goals[0].actions[1];
    await employee.patch(`/api/growth/plans/${plan.id}/actions/${finished.id}`, {
      status: 'done',
      version: finished.version,
    });

    // Not shared: the manager cannot see it, and nothing is suggested.
    expect((await manager.get(`/api/growth/plans/${plan.id}`)).status).toBe(404);
    expect(await nextSectionOf(series.body.id)).toEqual([]);

    const current = (await employee.get(`/api/growth/plans/${plan.id}`)).body;
    const shared = await employee.post(`/api/growth/plans/${plan.id}/share`, { version: current.version });
    expect(shared.status, shared.text).toBe(200);
    expect(shared.body.suggestedForOneOnOne).toBe(1);
    const told = await server.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.recipientId, cast.manager.id),
          eq(notifications.link, `/growth/plans/${plan.id}`),
        ),
      );
    expect(told.map((n) => n.title)).toEqual(['Ema Employee shared a development plan with you']);
    let next = await nextSectionOf(series.body.id);
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ source: 'development_plan' });
    expect(next[0]!.text).toContain('Systems design course');
    // The employee sees the same agenda.
    expect(await nextSectionOf(series.body.id, cast.employee2)).toHaveLength(1);

    // An action added while shared is suggested too; repeating never duplicates.
    await employee.post(`/api/growth/plans/${plan.id}/goals/${goalId}/actions`, {
      kind: 'shadowing',
      title: 'Shadow the architect',
    });
    next = await nextSectionOf(series.body.id);
    expect(next.map((i) => i.text).sort()).toEqual([
      'Development plan · Course: Systems design course',
      'Development plan · Shadowing: Shadow the architect',
    ]);

    const listed = await manager.get('/api/growth/plans/shared');
    expect(listed.body.items.map((p: { id: string }) => p.id)).toContain(plan.id);
    expect((await manager.get(`/api/growth/plans/${plan.id}`)).status).toBe(200);
    // The manager reads but never edits.
    expect((await manager.post(`/api/growth/plans/${plan.id}/updates`, { note: 'x' })).status).toBe(403);

    const before = (await employee.get(`/api/growth/plans/${plan.id}`)).body;
    const revoked = await employee.post(`/api/growth/plans/${plan.id}/revoke`, { version: before.version });
    expect(revoked.status, revoked.text).toBe(200);
    expect(revoked.body.shared).toBe(false);
    await employee.post(`/api/growth/plans/${plan.id}/goals/${goalId}/actions`, {
      kind: 'project',
      title: 'After revoking',
    });
    expect((await nextSectionOf(series.body.id)).map((i) => i.text)).not.toContain(
      'Development plan · Project: After revoking',
    );
    expect((await manager.get(`/api/growth/plans/${plan.id}`)).status).toBe(404);
    expect(
      (await manager.get('/api/growth/plans/shared')).body.items.map((p: { id: string }) => p.id),
    ).not.toContain(plan.id);
  });

  it('only the owner and the manager it is shared with read it; the manager’s read is on the access log', async () => {
    const employee = await as(cast.employee);
    const plan = await planWithGoal(employee, 'Shared for the log');
    const current = (await employee.get(`/api/growth/plans/${plan.id}`)).body;
    await employee.post(`/api/growth/plans/${plan.id}/share`, { version: current.version });
    for (const person of [
      cast.skip,
      cast.hr,
      cast.orgAdmin,
      cast.approver,
      cast.coach,
      cast.employee2,
      cast.peer,
    ]) {
      expect((await (await as(person)).get(`/api/growth/plans/${plan.id}`)).status).toBe(404);
    }
    await (await as(cast.manager)).get(`/api/growth/plans/${plan.id}`);
    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.subjectPersonId, cast.employee.id), eq(accessLog.dataClass, 'development')));
    expect(
      logged.some((row) => row.viewerPersonId === cast.manager.id && row.resource === 'development plan'),
    ).toBe(true);
    const mine = await employee.get('/api/access-log/me');
    expect(JSON.stringify(mine.body)).toContain('development plan');

    // The Next panel's source: the manager sees the shared plan's progress, a colleague nothing.
    const progress = await (await as(cast.manager)).get(
      `/api/growth/plans/people/${cast.employee.id}/progress`,
    );
    expect(progress.body.items.map((p: { id: string }) => p.id)).toContain(plan.id);
    const colleague = await (await as(cast.peer)).get(
      `/api/growth/plans/people/${cast.employee.id}/progress`,
    );
    expect(colleague.body.items).toEqual([]);
  });

  it('HR coverage shows counts per department and no content', async () => {
    const hr = await as(cast.hr);
    const coverage = await hr.get('/api/growth/plans/coverage');
    expect(coverage.status).toBe(200);
    const total = coverage.body.items.reduce(
      (sum: number, row: { withActivePlan: number }) => sum + row.withActivePlan,
      0,
    );
    expect(total).toBeGreaterThanOrEqual(1);
    const text = JSON.stringify(coverage.body);
    for (const content of [
      'Become a tech lead',
      'Run design reviews',
      'Systems design',
      'title',
      'ownerId',
      'Eli',
    ]) {
      expect(text).not.toContain(content);
    }
    expect((await (await as(cast.employee)).get('/api/growth/plans/coverage')).status).toBe(403);
    expect((await (await as(cast.orgAdmin)).get('/api/growth/plans/coverage')).status).toBe(403);
  });
});

describe('seeding a plan from a released review', () => {
  it('offers the manager’s written words to the reviewed person only, never the rating', async () => {
    const db = server.database.db;
    const { reviewId } = await insertReleasedReview(db, {
      organizationId: cast.org.organizationId,
      subjectId: cast.employee.id,
      cycleName: 'H1 2026',
    });
    const unreleased = await insertReleasedReview(db, {
      organizationId: cast.org.organizationId,
      subjectId: cast.employee.id,
      cycleName: 'H2 2026',
      state: 'calibrated',
    });
    const employee = await as(cast.employee);
    const list = await employee.get('/api/growth/plans/review-seeds');
    expect(list.body.items.map((r: { reviewId: string }) => r.reviewId)).toEqual([reviewId]);

    const seed = await employee.get(`/api/growth/plans/review-seeds/${reviewId}`);
    expect(seed.status).toBe(200);
    expect(seed.body.highlights.map((h: { id: string }) => h.id)).toEqual(['strengths', 'growth']);
    const text = JSON.stringify(seed.body);
    expect(text).not.toMatch(/rating|score|SELF-ANSWER-CANARY/i);
    expect((await employee.get(`/api/growth/plans/review-seeds/${unreleased.reviewId}`)).status).toBe(404);
    expect((await (await as(cast.manager)).get(`/api/growth/plans/review-seeds/${reviewId}`)).status).toBe(
      404,
    );
    expect((await (await as(cast.hr)).get(`/api/growth/plans/review-seeds/${reviewId}`)).status).toBe(404);

    const created = await employee.post('/api/growth/plans/from-review', {
      reviewId,
      title: 'After my H1 review',
      goals: [{ highlightId: 'growth', title: 'Hand over the on-call rota' }],
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      origin: 'review',
      seededFromLabel: 'H1 2026',
      shared: false,
    });
    expect(created.body.goals[0]).toMatchObject({
      title: 'Hand over the on-call rota',
      seededFromReview: true,
    });
    expect(created.body.goals[0].description).toContain('Delegate more of the on-call rota');
    expect(JSON.stringify(created.body)).not.toMatch(/rating|score/i);

    const bad = await employee.post('/api/growth/plans/from-review', {
      reviewId,
      title: 'Bad',
      goals: [{ highlightId: 'delivery', title: 'The rated question' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('goals.0.highlightId');
    const notMine = await (await as(cast.manager)).post('/api/growth/plans/from-review', {
      reviewId,
      title: 'Not mine',
      goals: [{ highlightId: 'growth', title: 'x' }],
    });
    expect(notMine.status).toBe(404);
  });
});

describe('the 30-day nudge', () => {
  it('nudges owner and (shared) manager once per silence, naming the task, not the content', async () => {
    const db = server.database.db;
    const employee = await as(cast.employee2);
    const plan = await planWithGoal(employee, 'Quiet plan with a secret title');
    const current = (await employee.get(`/api/growth/plans/${plan.id}`)).body;
    await employee.post(`/api/growth/plans/${plan.id}/share`, { version: current.version });
    const other = await planWithGoal(await as(cast.employee), 'Busy plan');
    await db
      .update(developmentPlans)
      .set({ lastActivityAt: sql`now() - interval '31 days'` })
      .where(eq(developmentPlans.id, plan.id));

    const nudgesFor = async (personId: string) =>
      (await db.select().from(notifications).where(eq(notifications.recipientId, personId))).filter(
        (n) => n.kind === 'development_plan.nudge',
      );
    const ownerBefore = (await nudgesFor(cast.employee2.id)).length;
    const managerBefore = (await nudgesFor(cast.manager.id)).length;
    const organizationId = cast.org.organizationId;
    await sendPlanNudges({ db, organizationId });
    await sendPlanNudges({ db, organizationId });
    const ownerNudges = await nudgesFor(cast.employee2.id);
    const managerNudges = await nudgesFor(cast.manager.id);
    expect(ownerNudges.length - ownerBefore).toBe(1);
    expect(managerNudges.length - managerBefore).toBe(1);
    const newest = [...ownerNudges, ...managerNudges].sort((a, b) => +b.createdAt - +a.createdAt).slice(0, 2);
    for (const n of newest) {
      expect(n.title).toContain('no update for 30 days');
      expect(`${n.title} ${n.body}`).not.toContain('secret');
      expect(n.emailState).toBe('pending');
      expect(n.link).toBe(`/growth/plans/${plan.id}`);
    }
    // The busy plan was not nudged; an update restarts the clock.
    expect((await nudgesFor(cast.employee.id)).some((n) => n.link === `/growth/plans/${other.id}`)).toBe(
      false,
    );

    // Thirty more quiet days: one more nudge, not one per run.
    const later = new Date(Date.now() + 31 * 86_400_000);
    await sendPlanNudges({ db, organizationId, now: later });
    await sendPlanNudges({ db, organizationId, now: later });
    const aboutThisPlan = (await nudgesFor(cast.employee2.id)).filter(
      (n) => n.link === `/growth/plans/${plan.id}`,
    );
    expect(aboutThisPlan).toHaveLength(2);
  });

  it("counts the 30 days in the organisation's calendar, on either side of the date line", async () => {
    const db = server.database.db;
    const quietPlan = async (zone: string) => {
      const org = await createTestOrganization(db);
      await db.execute(
        sql`UPDATE organizations SET settings = settings || jsonb_build_object('defaultTimezone', ${zone}::text)
             WHERE id = ${org.organizationId}::uuid`,
      );
      const owner = await org.addPerson();
      // 2026-12-06 12:00 UTC: 01:00 on the 7th in Auckland (UTC+13), 02:00 on the 6th in Honolulu.
      await db.insert(developmentPlans).values({
        organizationId: org.organizationId,
        ownerId: owner.id,
        title: 'Quiet',
        status: 'active',
        lastActivityAt: new Date('2026-12-06T12:00:00Z'),
      });
      return org.organizationId;
    };
    const auckland = await quietPlan('Pacific/Auckland');
    const honolulu = await quietPlan('Pacific/Honolulu');
    const nudged = async (organizationId: string, at: string) =>
      sendPlanNudges({ db, organizationId, now: new Date(at) });

    // Auckland's 30th day after the 7th is 2027-01-06; it begins at 11:00 UTC on the 5th.
    expect(await nudged(auckland, '2027-01-05T10:30:00Z')).toBe(0);
    expect(await nudged(auckland, '2027-01-05T11:30:00Z')).toBe(1);
    // Honolulu's is 2027-01-05, from 10:00 UTC that day: less than 30 × 24 hours after the update.
    expect(await nudged(honolulu, '2027-01-05T09:30:00Z')).toBe(0);
    expect(await nudged(honolulu, '2027-01-05T10:30:00Z')).toBe(1);
  });
});
