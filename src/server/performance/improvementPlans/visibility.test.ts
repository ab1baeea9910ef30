import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import { addDays, todayIn } from '../../platform/clock';
import { pdfText } from '../../platform/pdf/testing';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { improvementPlansExporter } from './export';
import { planPdfFor } from './routes';
import { insertPriorFeedback } from './testing';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
const today = todayIn('UTC');

const secret = {
  reason: 'REASON-Kept from the employee: two customer escalations named them',
  support: 'SUPPORT-HR only: budget approved for an external coach',
  checkInNotes: 'NOTES-HR only: talked to legal',
  managerNotes: 'NOTES-Manager chain: seemed tired, ask about workload',
};

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
  for (const person of [cast.employee, cast.employee2])
    await insertPriorFeedback(server.database.db, {
      organizationId: cast.org.organizationId,
      personId: person.id,
      writerId: cast.manager.id,
    });
});
afterAll(() => server.close());

/** A published plan with the support section kept to HR and the reason hidden from the employee. */
async function publishedPlan(employee: { id: string } = cast.employee) {
  const hr = await as(cast.hr);
  const created = await hr.post('/api/improvement-plans', {
    employeeId: employee.id,
    reason: secret.reason,
    startDate: addDays(today, -20),
    durationDays: 60,
    checkInSchedule: { kind: 'weekly' },
    supportVisibility: 'hr',
    expectations: [
      {
        statement: 'Answer support tickets within a day',
        measure: 'Median first answer',
        dueOn: addDays(today, 20),
      },
    ],
    supports: [{ kind: 'training', description: secret.support, catalogueItemId: null }],
  });
  expect(created.status, created.text).toBe(201);
  const published = await hr.post(`/api/improvement-plans/${created.body.id}/publish`, { version: 1 });
  expect(published.status, published.text).toBe(200);
  return published.body;
}

const strings = (body: unknown) => JSON.stringify(body);

describe('improvement plans: who reads which part', () => {
  it('keeps HR-only parts, the hidden reason and notes from readers they are not for', async () => {
    const plan = await publishedPlan();
    const path = `/api/improvement-plans/${plan.id}`;
    const [hr, manager, employee] = await Promise.all([as(cast.hr), as(cast.manager), as(cast.employee)]);

    // Check-ins: one with notes for HR only, one with notes for the manager chain.
    const [first, second] = plan.checkIns.items;
    const recordedByHr = await hr.post(`${path}/check-ins/${first.id}`, {
      version: 1,
      summary: 'First week went well',
      notes: secret.checkInNotes,
      notesVisibility: 'hr',
    });
    expect(recordedByHr.status, recordedByHr.text).toBe(200);
    const managerHrOnly = await manager.post(`${path}/check-ins/${second.id}`, {
      version: 1,
      summary: 'Second week: steady',
      notes: secret.managerNotes,
      notesVisibility: 'hr',
    });
    expect(managerHrOnly.body.error.fieldIssues.notesVisibility.code).toBe('pipHrOnlyVisibility');
    await manager.post(`${path}/check-ins/${second.id}`, {
      version: 1,
      summary: 'Second week: steady',
      notes: secret.managerNotes,
    });
    const again = await manager.post(`${path}/check-ins/${second.id}`, { version: 2, summary: 'Again' });
    expect(again.body.error.reason.code).toBe('pipCheckInRecorded');

    const [asHr, asManager, asEmployee] = await Promise.all([
      hr.get(path),
      manager.get(path),
      employee.get(path),
    ]);
    // HR reads everything.
    for (const value of Object.values(secret)) expect(strings(asHr.body)).toContain(value);
    // The manager chain reads all but HR-only parts.
    expect(asManager.body.reason).toBe(secret.reason);
    expect(asManager.body).not.toHaveProperty('support');
    expect(strings(asManager.body)).not.toContain(secret.support);
    expect(strings(asManager.body)).not.toContain(secret.checkInNotes);
    expect(strings(asManager.body)).toContain(secret.managerNotes);
    // The employee: no reason, no HR-only section, no notes that are not theirs — not even the keys.
    expect(asEmployee.body.audience).toBe('employee');
    expect(asEmployee.body).not.toHaveProperty('reason');
    expect(asEmployee.body).not.toHaveProperty('support');
    for (const value of Object.values(secret)) expect(strings(asEmployee.body)).not.toContain(value);
    expect(asEmployee.body.checkIns.items[0]).not.toHaveProperty('notes');
    expect(asEmployee.body.checkIns.items[0].summary).toBe('First week went well');
    // Not in the history either.
    const history = await employee.get(`${path}/revisions`);
    for (const value of Object.values(secret)) expect(strings(history.body)).not.toContain(value);
    expect(history.body.items[0].changes.map((c: { section: string }) => c.section)).toEqual([
      'dates',
      'expectations',
      'checkInSchedule',
    ]);
    // Nor in the list.
    expect(strings((await employee.get('/api/improvement-plans')).body)).not.toContain(secret.reason);

    // HR may show the reason; then the employee reads it.
    const shown = await hr.put(path, {
      version: asHr.body.version,
      reason: secret.reason,
      reasonVisibleToEmployee: true,
      startDate: asHr.body.startDate,
      durationDays: null,
      endDate: asHr.body.endDate,
      checkInSchedule: { kind: 'weekly' },
      supportVisibility: 'hr',
      expectations: asHr.body.expectations.items,
      supports: asHr.body.support.items,
    });
    expect(shown.status, shown.text).toBe(200);
    expect((await employee.get(path)).body.reason).toBe(secret.reason);
  });

  it('pauses a plan for an edit the employee reads, shows them the diff, and wants a new acknowledgement', async () => {
    const plan = await publishedPlan();
    const path = `/api/improvement-plans/${plan.id}`;
    const [hr, manager, employee] = await Promise.all([as(cast.hr), as(cast.manager), as(cast.employee)]);
    await employee.post(`${path}/acknowledge`, { version: plan.version });
    const current = (await manager.get(path)).body;
    expect(current.state).toBe('acknowledged');

    // The manager edits the expectations (their standing allows it; the HR-only support stays as HR left it).
    const edited = await manager.put(path, {
      version: current.version,
      reason: current.reason,
      startDate: current.startDate,
      durationDays: null,
      endDate: current.endDate,
      checkInSchedule: { kind: 'weekly' },
      supportVisibility: 'employee',
      supports: [],
      expectations: [
        ...current.expectations.items,
        {
          statement: 'Write a summary of every escalation',
          measure: 'Summaries filed',
          dueOn: addDays(today, 30),
        },
      ],
    });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body).toMatchObject({ state: 'paused', revision: 2, awaitingAcknowledgement: true });
    expect(strings((await hr.get(path)).body)).toContain(secret.support);

    const [latest] = (await employee.get(`${path}/revisions`)).body.items;
    expect(latest).toMatchObject({ number: 2, kind: 'edited', acknowledgedAt: null });
    expect(latest.changes).toHaveLength(1);
    expect(latest.changes[0].section).toBe('expectations');
    expect(latest.changes[0].before).toHaveLength(1);
    expect(latest.changes[0].after).toHaveLength(2);

    // An edit of a part the employee does not read is kept in the history but asks nothing of them.
    const paused = (await hr.get(path)).body;
    const hrOnly = await hr.put(path, {
      version: paused.version,
      reason: `${secret.reason} (and a third)`,
      startDate: paused.startDate,
      durationDays: null,
      endDate: paused.endDate,
      checkInSchedule: { kind: 'weekly' },
      supportVisibility: 'hr',
      expectations: paused.expectations.items,
      supports: [{ kind: 'resource', description: secret.support }],
    });
    expect(hrOnly.body).toMatchObject({ state: 'paused', revision: 3 });
    // Not even that the hidden parts changed: the employee's history has no entry for it.
    const employeeHistory = (await employee.get(`${path}/revisions`)).body.items;
    expect(employeeHistory.map((r: { number: number }) => r.number)).toEqual([2, 1]);
    expect(strings(employeeHistory)).not.toContain(secret.support);
    const [hidden3] = (await hr.get(`${path}/revisions`)).body.items;
    expect(hidden3.changes.map((c: { section: string }) => c.section)).toEqual(['reason', 'support']);

    // Re-acknowledging covers everything up to the latest revision.
    const again = await employee.post(`${path}/acknowledge`, { version: hrOnly.body.version });
    expect(again.body).toMatchObject({ state: 'acknowledged', acknowledgedRevision: 3 });
    const acknowledged = (await hr.get(`${path}/revisions?limit=2`)).body;
    expect(acknowledged.items.map((r: { number: number }) => r.number)).toEqual([3, 2]);
    expect(
      acknowledged.items.every((r: { acknowledgedAt: string | null }) => r.acknowledgedAt !== null),
    ).toBe(true);
    expect(acknowledged.nextCursor).not.toBeNull();
    const older = (await hr.get(`${path}/revisions?limit=2&cursor=${acknowledged.nextCursor}`)).body;
    expect(older.items.map((r: { number: number }) => r.number)).toEqual([1]);
    expect((await employee.get(`${path}/revisions?cursor=bad`)).body.error.fields).toHaveProperty('cursor');
  });

  it('keeps every response as written: a later one is a new entry, and nobody edits one', async () => {
    const plan = await publishedPlan();
    const path = `/api/improvement-plans/${plan.id}`;
    const [hr, manager, employee] = await Promise.all([as(cast.hr), as(cast.manager), as(cast.employee)]);
    await employee.post(`${path}/acknowledge`, { version: plan.version, response: 'First words' });
    const second = await employee.post(`${path}/responses`, { body: 'Second words' });
    expect(second.status).toBe(201);
    expect((await manager.post(`${path}/responses`, { body: 'Manager words' })).status).toBe(403);
    expect((await hr.post(`${path}/responses`, { body: 'HR words' })).status).toBe(403);
    // There is no route that changes or removes a response, for anyone.
    for (const client of [employee, hr]) {
      expect((await client.request('PUT', `${path}/responses/${second.body.id}`, { body: 'x' })).status).toBe(
        404,
      );
      expect(
        (await client.request('PATCH', `${path}/responses/${second.body.id}`, { body: 'x' })).status,
      ).toBe(404);
      expect((await client.request('DELETE', `${path}/responses/${second.body.id}`)).status).toBe(404);
    }
    const responses = (await manager.get(`${path}/responses`)).body.items;
    expect(
      responses.map((r: { body: string; withRevision: number | null }) => [r.body, r.withRevision]),
    ).toEqual([
      ['Second words', null],
      ['First words', 1],
    ]);
  });

  it('renders the PDF each reader may see: the employee’s without the hidden reason', async () => {
    const plan = await publishedPlan();
    const employee = await as(cast.employee);
    await employee.post(`/api/improvement-plans/${plan.id}/acknowledge`, {
      version: plan.version,
      response: 'Gelesen, nicht einverstanden: Größere Projekte fehlen.',
    });
    const download = await fetch(`${server.baseUrl}/api/improvement-plans/${plan.id}/pdf`, {
      headers: { cookie: `trellis_session=${(await cast.org.sessionFor(cast.employee.accountId!)).token}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const reader = (
      person: { id: string; accountId: string | null },
      roles: string[],
      locale = 'en',
    ): Actor => ({
      accountId: person.accountId!,
      organizationId: cast.org.organizationId,
      personId: person.id,
      email: 'x@example.test',
      roles: new Set(roles) as Actor['roles'],
      locale,
      sessionId: 's',
      csrfToken: 'c',
    });
    const db = server.database.db;
    // Lines a table cell or paragraph wrapped onto are read back as one text.
    const flat = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, ' ');
    const forEmployee = flat(
      (await planPdfFor(db, reader(cast.employee, [], 'de'), plan.id, { compress: false })).pdf,
    );
    expect(forEmployee).toContain('Leistungsverbesserungsplan: Eli Employee');
    expect(forEmployee).toContain('Answer support tickets within a day');
    expect(forEmployee).toContain('Gelesen, nicht einverstanden: Größere Projekte fehlen.');
    expect(forEmployee).toContain('Ansicht Mitarbeiter:in');
    expect(forEmployee).not.toContain(secret.reason);
    expect(forEmployee).not.toContain(secret.support);
    const forHr = flat(
      (await planPdfFor(db, reader(cast.hr, ['hr_admin']), plan.id, { compress: false })).pdf,
    );
    expect(forHr).toContain(secret.reason);
    expect(forHr).toContain(secret.support);
    expect(forHr).toContain('Revision 1: published');
    const forManager = flat(
      (await planPdfFor(db, reader(cast.manager, []), plan.id, { compress: false })).pdf,
    );
    expect(forManager).toContain(secret.reason);
    expect(forManager).not.toContain(secret.support);
    // A peer gets no PDF: the plan does not exist for them.
    await expect(planPdfFor(db, reader(cast.peer, []), plan.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('exports the plan as the employee reads it, and HR’s fuller view apart for review', async () => {
    const plan = await publishedPlan(cast.employee2);
    const hrDraft = await (await as(cast.hr)).post('/api/improvement-plans', {
      employeeId: cast.employee2.id,
      reason: 'DRAFT-never published',
      startDate: addDays(today, 1),
      durationDays: 30,
      checkInSchedule: { kind: 'biweekly' },
      expectations: [],
    });
    expect(hrDraft.status).toBe(201);
    const subject: Actor = {
      accountId: cast.employee2.accountId!,
      organizationId: cast.org.organizationId,
      personId: cast.employee2.id,
      email: 'x@example.test',
      roles: new Set(),
      locale: 'en',
      sessionId: 's',
      csrfToken: 'c',
    };
    const reviewer: Actor = {
      ...subject,
      accountId: cast.hr.accountId!,
      personId: cast.hr.id,
      roles: new Set(['hr_admin']),
    };
    const db = server.database.db;
    const own = await improvementPlansExporter.collect({ db, subject, reviewer: null });
    const visible = strings(own.visible);
    expect(visible).toContain(plan.id);
    expect(visible).toContain('Answer support tickets within a day');
    expect(visible).not.toContain(secret.reason);
    expect(visible).not.toContain(secret.support);
    expect(visible).not.toContain(hrDraft.body.id);
    expect(own.forHrReview).toEqual([]);
    const onRequest = await improvementPlansExporter.collect({ db, subject, reviewer });
    const hrCopy = strings(onRequest.forHrReview);
    expect(hrCopy).toContain(secret.reason);
    expect(hrCopy).toContain('DRAFT-never published');
    expect(strings(onRequest.visible)).not.toContain(secret.reason);
  });
});
