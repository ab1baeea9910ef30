import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog, auditEvents } from '../../platform/audit/tables';
import { addDays, todayIn } from '../../platform/clock';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { improvementPlans } from './tables';
import { insertPriorFeedback } from './testing';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
const today = todayIn('UTC');

/** A plan's content as the editor sends it, starting tomorrow. */
const planBody = (overrides: Record<string, unknown> = {}) => ({
  reason: 'Three releases slipped this quarter without warning',
  startDate: addDays(today, 1),
  durationDays: 60,
  checkInSchedule: { kind: 'biweekly' },
  expectations: [
    {
      statement: 'Ship each release on the agreed date',
      measure: 'Releases on time',
      evidence: 'Release log',
      dueOn: addDays(today, 31),
    },
  ],
  supports: [{ kind: 'manager_time', description: 'Weekly planning with the manager' }],
  ...overrides,
});

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

async function draftFor(employee: { id: string }, overrides: Record<string, unknown> = {}) {
  const manager = await as(cast.manager);
  const created = await manager.post('/api/improvement-plans', {
    employeeId: employee.id,
    ...planBody(overrides),
  });
  expect(created.status, created.text).toBe(201);
  return created.body;
}

describe('improvement plans: drafting, publishing, acknowledging', () => {
  it('walks a plan from draft to closed, refusing what each role and state does not allow', async () => {
    const [manager, hr, employee, skip] = await Promise.all([
      as(cast.manager),
      as(cast.hr),
      as(cast.employee),
      as(cast.skip),
    ]);
    const draft = await draftFor(cast.employee);
    expect(draft).toMatchObject({
      state: 'draft',
      audience: 'manager',
      revision: 0,
      manager: { id: cast.manager.id },
      createdBy: { id: cast.manager.id },
      abilities: { edit: true, publish: false, close: false, recordCheckIn: false },
    });
    expect(draft.checkIns.items.map((c: { scheduledOn: string }) => c.scheduledOn)).toEqual([
      addDays(today, 15),
      addDays(today, 29),
      addDays(today, 43),
      addDays(today, 57),
    ]);
    const path = `/api/improvement-plans/${draft.id}`;

    // A draft does not exist for the employee; only the chain and HR read it; roles add nothing.
    expect((await employee.get(path)).status).toBe(404);
    expect((await skip.get(path)).body.audience).toBe('manager');
    expect((await hr.get(path)).body.audience).toBe('hr');
    for (const outsider of [cast.peer, cast.coach, cast.approver, cast.orgAdmin, cast.employee2])
      expect((await (await as(outsider)).get(path)).status).toBe(404);

    // Only HR publishes, and only past the fairness check.
    expect((await manager.post(`${path}/publish`, { version: 1 })).status).toBe(403);
    const unfair = await hr.post(`${path}/publish`, { version: 1 });
    expect(unfair.status).toBe(422);
    expect(unfair.body.error).toMatchObject({
      code: 'fairness_check_failed',
      reason: { code: 'pipNoPriorFeedback', params: { months: 6 } },
    });
    expect(Object.keys(unfair.body.error.fieldIssues)).toEqual(['priorFeedback']);
    expect((await hr.get(path)).body.state).toBe('draft');

    await insertPriorFeedback(server.database.db, {
      organizationId: cast.org.organizationId,
      personId: cast.employee.id,
      writerId: cast.manager.id,
    });
    const fairness = await hr.get(`${path}/fairness`);
    expect(fairness.body).toMatchObject({ passed: true, priorFeedback: { feedback: 1, passed: true } });
    const stale = await hr.post(`${path}/publish`, { version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 1 });
    const published = await hr.post(`${path}/publish`, { version: 1 });
    expect(published.status, published.text).toBe(200);
    expect(published.body).toMatchObject({ state: 'active', revision: 1, awaitingAcknowledgement: true });
    expect((await hr.post(`${path}/publish`, { version: 2 })).body.error).toMatchObject({
      code: 'invalid_state',
      reason: { code: 'pipNotDraft' },
    });

    expect((await manager.get(path)).body.audience).toBe('manager');

    // The employee now reads it, is told, and acknowledges with a response of their own.
    const mine = await employee.get(path);
    expect(mine.body).toMatchObject({ audience: 'employee', abilities: { acknowledge: true, edit: false } });
    const told = await server.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.recipientId, cast.employee.id),
          eq(notifications.kind, 'improvement_plan.published'),
        ),
      );
    expect(told).toHaveLength(1);
    expect((await manager.post(`${path}/acknowledge`, { version: 2 })).status).toBe(403);
    const acknowledged = await employee.post(`${path}/acknowledge`, {
      version: 2,
      response: 'I have read it. The second release waited on another team.',
    });
    expect(acknowledged.body).toMatchObject({
      state: 'acknowledged',
      acknowledgedRevision: 1,
      awaitingAcknowledgement: false,
    });
    expect((await employee.post(`${path}/acknowledge`, { version: 3 })).body.error.reason.code).toBe(
      'pipNothingToAcknowledge',
    );

    // Extending: HR only; the employee acknowledges again.
    expect((await manager.post(`${path}/extend`, { version: 3, endDate: addDays(today, 91) })).status).toBe(
      403,
    );
    const tooEarly = await hr.post(`${path}/extend`, { version: 3, endDate: addDays(today, 30) });
    expect(tooEarly.body.error.fieldIssues.endDate.code).toBe('pipExtendAfter');
    const extended = await hr.post(`${path}/extend`, { version: 3, endDate: addDays(today, 91) });
    expect(extended.body).toMatchObject({
      state: 'extended',
      revision: 2,
      endDate: addDays(today, 91),
      originalEndDate: addDays(today, 61),
      awaitingAcknowledgement: true,
    });
    expect(extended.body.checkIns.items.at(-1).scheduledOn).toBe(addDays(today, 85));
    expect((await employee.post(`${path}/acknowledge`, { version: 4 })).body.state).toBe('acknowledged');

    // Closing: HR only, with an outcome and a rationale; then nothing changes any more.
    const closeBody = {
      version: 5,
      outcome: 'successful',
      rationale: 'Every release since went out on time',
    };
    expect((await manager.post(`${path}/close`, closeBody)).status).toBe(403);
    expect(
      (await hr.post(`${path}/close`, { ...closeBody, rationale: ' ' })).body.error.fields,
    ).toHaveProperty('rationale');
    const closed = await hr.post(`${path}/close`, closeBody);
    expect(closed.body).toMatchObject({ state: 'closed', outcome: 'successful', revision: 3 });
    expect((await hr.put(path, { version: 6, ...planBody() })).body.error).toMatchObject({
      code: 'invalid_state',
      reason: { code: 'pipClosed' },
    });
    expect((await hr.post(`${path}/extend`, { version: 6, endDate: addDays(today, 200) })).status).toBe(409);
    // The employee may still add to the record after the close; the plan tells them it closed.
    expect((await employee.post(`${path}/responses`, { body: 'Thank you for the support.' })).status).toBe(
      201,
    );
    const closedNotes = await server.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, 'improvement_plan.closed'),
          eq(notifications.link, `/performance/improvement-plans/${draft.id}`),
        ),
      );
    expect(closedNotes.map((n) => n.recipientId).sort()).toEqual([cast.employee.id, cast.manager.id].sort());

    // Every change is audited with before and after.
    const audited = await server.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, draft.id));
    expect(audited.map((event) => event.action).sort()).toEqual(
      [
        'improvement_plan.acknowledged',
        'improvement_plan.acknowledged',
        'improvement_plan.closed',
        'improvement_plan.created',
        'improvement_plan.extended',
        'improvement_plan.published',
      ].sort(),
    );
    const closing = audited.find((event) => event.action === 'improvement_plan.closed')!;
    expect(closing.before).toMatchObject({ state: 'acknowledged' });
    expect(closing.after).toMatchObject({ state: 'closed', outcome: 'successful' });

    // Reads by the manager chain and HR are on the employee's access log; the employee's own are not.
    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.subjectPersonId, cast.employee.id), eq(accessLog.dataClass, 'performance')));
    const viewers = new Set(logged.map((row) => row.viewerPersonId));
    expect([viewers.has(cast.manager.id), viewers.has(cast.hr.id), viewers.has(cast.skip.id)]).toEqual([
      true,
      true,
      true,
    ]);
    expect(viewers.has(cast.employee.id)).toBe(false);
  });

  it('lets only HR and the direct manager start a plan, never about themselves', async () => {
    const body = { employeeId: cast.employee.id, ...planBody() };
    expect((await (await as(cast.skip)).post('/api/improvement-plans', body)).status).toBe(403);
    expect((await (await as(cast.peer)).post('/api/improvement-plans', body)).status).toBe(403);
    expect((await (await as(cast.employee)).post('/api/improvement-plans', body)).status).toBe(403);
    expect(
      (await (await as(cast.hr)).post('/api/improvement-plans', { ...body, employeeId: cast.hr.id })).status,
    ).toBe(403);
    expect((await (await as(cast.hr)).post('/api/improvement-plans', body)).status).toBe(201);
  });

  it('a draft is only ever cancelled; HR may discard it', async () => {
    const draft = await draftFor(cast.employee2);
    const hr = await as(cast.hr);
    const path = `/api/improvement-plans/${draft.id}/close`;
    const wrong = await hr.post(path, { version: 1, outcome: 'unsuccessful', rationale: 'Not needed' });
    expect(wrong.body.error.fieldIssues.outcome.code).toBe('pipDraftOnlyCancelled');
    const cancelled = await hr.post(path, {
      version: 1,
      outcome: 'cancelled',
      rationale: 'Not needed after all',
    });
    expect(cancelled.body).toMatchObject({ state: 'closed', outcome: 'cancelled', revision: 0 });
    // It never was published, so it never existed for the employee.
    expect((await (await as(cast.employee2)).get(`/api/improvement-plans/${draft.id}`)).status).toBe(404);
  });

  it('names every field that is wrong, and leaves nothing half-written', async () => {
    const manager = await as(cast.manager);
    const countPlans = async () =>
      (
        await server.database.db
          .select({ id: improvementPlans.id })
          .from(improvementPlans)
          .where(eq(improvementPlans.organizationId, cast.org.organizationId))
      ).length;
    const before = await countPlans();
    const bad = await manager.post('/api/improvement-plans', {
      employeeId: cast.employee.id,
      ...planBody({
        durationDays: 60,
        endDate: addDays(today, 70),
        expectationsVisibility: 'hr',
        reasonVisibleToEmployee: true,
        checkInSchedule: { kind: 'dates', dates: [] },
        expectations: [{ statement: 'Ship', measure: 'On time', dueOn: addDays(today, 400) }],
      }),
    });
    expect(bad.status).toBe(400);
    expect(
      Object.fromEntries(
        Object.entries(bad.body.error.fieldIssues).map(([k, v]) => [k, (v as { code: string }).code]),
      ),
    ).toEqual({
      durationDays: 'pipDurationChoice',
      'expectations.0.dueOn': 'pipDueWithinPlan',
      'checkInSchedule.dates': 'pipCheckInDatesRequired',
      expectationsVisibility: 'pipHrOnlyVisibility',
      reasonVisibleToEmployee: 'pipReasonVisibilityHr',
    });
    const empty = await manager.post('/api/improvement-plans', {
      employeeId: cast.employee.id,
      ...planBody({ reason: '  ', expectations: [{ statement: '', measure: 'x', dueOn: today }] }),
    });
    expect(Object.keys(empty.body.error.fields).sort()).toEqual(['expectations.0.statement', 'reason']);
    const backwards = await manager.post('/api/improvement-plans', {
      employeeId: cast.employee.id,
      ...planBody({ durationDays: null, endDate: addDays(today, -3), expectations: [] }),
    });
    expect(backwards.body.error.fieldIssues.endDate.code).toBe('pipEndAfterStart');
    const endless = await manager.post('/api/improvement-plans', {
      employeeId: cast.employee.id,
      ...planBody({ durationDays: null, endDate: '9999-12-31', checkInSchedule: { kind: 'weekly' } }),
    });
    expect(endless.body.error.fieldIssues.endDate).toEqual({ code: 'pipTooLong', params: { max: 365 } });
    const noSuchDay = await manager.post('/api/improvement-plans', {
      employeeId: cast.employee.id,
      ...planBody({ startDate: '2027-02-30' }),
    });
    expect(noSuchDay.status).toBe(400);
    expect(noSuchDay.body.error.fieldIssues.startDate.code).toBe('dateInvalid');
    expect(await countPlans()).toBe(before);
  });

  it('has no way in from a development plan (SPEC S1.1)', async () => {
    // No route of this module takes anything named after the growth track, in its path, query or body.
    const doc = (await (await as(cast.hr)).get('/api/openapi.json')).body;
    const pipPaths = Object.entries(doc.paths as Record<string, unknown>).filter(([path]) =>
      path.startsWith('/api/improvement-plans'),
    );
    expect(pipPaths.length).toBeGreaterThan(5);
    const requestSide = JSON.stringify(
      pipPaths.map(([, methods]) =>
        Object.values(methods as Record<string, { parameters?: unknown; requestBody?: unknown }>).map(
          (op) => [op.parameters, op.requestBody],
        ),
      ),
    );
    expect(requestSide).not.toMatch(/development|aspiration|career|coaching|mentor|feedback360/i);
    // A plan is made from an employee and its own content: a development plan id gets you nothing.
    const hr = await as(cast.hr);
    const attempt = await hr.post('/api/improvement-plans', {
      developmentPlanId: '00000000-0000-4000-8000-000000000001',
    });
    expect(attempt.status).toBe(400);
    expect(attempt.body.error.fields).toHaveProperty('employeeId');
    expect((await hr.get('/api/improvement-plans/00000000-0000-4000-8000-000000000001')).status).toBe(404);
  });
});
