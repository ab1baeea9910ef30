import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../platform/audit/tables';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { findLearningItems } from './queries';
import { sendDueCertificationReminders } from './reminders';
import { certifications } from './tables';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

describe('learning catalogue', () => {
  it('HR manages items with version checks; search is paginated; others cannot edit', async () => {
    const hr = await as(cast.hr);
    const created = await hr.post('/api/growth/learning/items', {
      title: 'Structured problem solving',
      kind: 'workshop',
      provider: 'Internal academy',
      durationMinutes: 180,
      skills: ['analysis', 'facilitation'],
    });
    expect(created.status).toBe(201);
    expect(created.body.url).toBeNull();
    const link = await hr.post('/api/growth/learning/items', {
      title: 'Writing for engineers',
      kind: 'course',
      url: 'https://learning.example.com/writing',
    });
    expect(link.status).toBe(201);
    const badUrl = await hr.post('/api/growth/learning/items', {
      title: 'Bad',
      kind: 'course',
      url: 'javascript:alert(1)',
    });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.error.fields).toHaveProperty('url');

    const employee = await as(cast.employee);
    expect((await employee.post('/api/growth/learning/items', { title: 'Mine', kind: 'book' })).status).toBe(
      403,
    );
    const search = await employee.get('/api/growth/learning/items?search=facilit&pageSize=1');
    expect(search.body).toMatchObject({ page: 1, pageSize: 1, total: 1 });
    expect(search.body.items[0].id).toBe(created.body.id);
    expect(search.body.items[0].enrolledCount).toBeNull();

    const update = (version: number, status: string) =>
      hr.put(`/api/growth/learning/items/${created.body.id}`, { ...created.body, status, version });
    expect((await update(1, 'active')).status).toBe(200);
    const stale = await update(1, 'retired');
    expect(stale.status).toBe(409);
    expect(stale.body.error.currentVersion).toBe(2);
    expect((await update(2, 'retired')).status).toBe(200);
    // Retired: gone for employees, still listed for HR and still resolvable for plan links.
    expect((await employee.get(`/api/growth/learning/items/${created.body.id}`)).status).toBe(404);
    expect(
      (await hr.get('/api/growth/learning/items?status=retired')).body.items.map((i: { id: string }) => i.id),
    ).toContain(created.body.id);
    const found = await findLearningItems(server.database.db, cast.org.organizationId, [
      created.body.id,
      link.body.id,
    ]);
    expect(found.map((f) => f.title).sort()).toEqual(['Structured problem solving', 'Writing for engineers']);
    expect(
      await findLearningItems(server.database.db, '00000000-0000-0000-0000-000000000000', [link.body.id]),
    ).toEqual([]);
  });

  it('employees enrol and complete; managers see shared items only (logged); HR sees counts, never names', async () => {
    const hr = await as(cast.hr);
    const item = (
      await hr.post('/api/growth/learning/items', { title: 'Negotiation basics', kind: 'course' })
    ).body;
    const employee = await as(cast.employee);
    const enrolled = await employee.post(`/api/growth/learning/items/${item.id}/enrol`);
    expect(enrolled.status).toBe(201);
    expect((await employee.post(`/api/growth/learning/items/${item.id}/enrol`)).status).toBe(409);
    const future = await employee.put(`/api/growth/learning/enrolments/${enrolled.body.id}`, {
      status: 'completed',
      completedOn: addDays(today, 3),
      sharedWithManager: false,
      version: 1,
    });
    expect(future.body.error.fields).toHaveProperty('completedOn');
    const missingDate = await employee.put(`/api/growth/learning/enrolments/${enrolled.body.id}`, {
      status: 'completed',
      sharedWithManager: false,
      version: 1,
    });
    expect(missingDate.body.error.fields).toHaveProperty('completedOn');
    const done = await employee.put(`/api/growth/learning/enrolments/${enrolled.body.id}`, {
      status: 'completed',
      completedOn: today,
      sharedWithManager: false,
      version: 1,
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', completedOn: today, version: 2 });

    const manager = await as(cast.manager);
    const hidden = await manager.get(`/api/growth/learning/people/${cast.employee.id}/enrolments`);
    expect(hidden.status).toBe(200);
    expect(hidden.body.total).toBe(0);
    expect((await manager.get(`/api/growth/learning/people/${cast.employee.id}/enrolments`)).status).toBe(
      200,
    );
    expect(
      (
        await manager.put(`/api/growth/learning/enrolments/${enrolled.body.id}`, {
          status: 'enrolled',
          sharedWithManager: true,
          version: 2,
        })
      ).status,
    ).toBe(404);
    await employee.put(`/api/growth/learning/enrolments/${enrolled.body.id}`, {
      status: 'completed',
      completedOn: today,
      sharedWithManager: true,
      version: 2,
    });
    const shared = await manager.get(`/api/growth/learning/people/${cast.employee.id}/enrolments`);
    expect(shared.body.items.map((e: { id: string }) => e.id)).toEqual([enrolled.body.id]);
    expect(shared.body.items[0].abilities.edit).toBe(false);
    // The manager reads the shared enrolment but may not change it (403, not a hidden 404).
    expect(
      (
        await manager.put(`/api/growth/learning/enrolments/${enrolled.body.id}`, {
          status: 'enrolled',
          sharedWithManager: false,
          version: 3,
        })
      ).status,
    ).toBe(403);

    for (const person of [cast.hr, cast.orgAdmin, cast.peer, cast.coach]) {
      expect(
        (await (await as(person)).get(`/api/growth/learning/people/${cast.employee.id}/enrolments`)).status,
      ).toBe(404);
      expect(
        (await (await as(person)).get(`/api/growth/learning/people/${cast.employee.id}/certifications`))
          .status,
      ).toBe(404);
    }
    const counts = (await hr.get(`/api/growth/learning/items/${item.id}`)).body;
    expect(counts).toMatchObject({ enrolledCount: 1, completedCount: 1 });
    expect(JSON.stringify(counts)).not.toContain(cast.employee.id);

    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(
        and(eq(accessLog.subjectPersonId, cast.employee.id), eq(accessLog.viewerPersonId, cast.manager.id)),
      );
    expect(logged.some((l) => l.dataClass === 'development' && l.resource === 'learning enrolments')).toBe(
      true,
    );
  });
});

describe('shared with my manager', () => {
  it('means the direct manager only: the skip-level reads no shared enrolment or certification', async () => {
    const hr = await as(cast.hr);
    const item = (await hr.post('/api/growth/learning/items', { title: 'Public speaking', kind: 'course' }))
      .body;
    const report = await cast.org.addPerson({ managerId: cast.manager.id });
    const employee = await as(report);
    const enrolled = (await employee.post(`/api/growth/learning/items/${item.id}/enrol`)).body;
    await employee.put(`/api/growth/learning/enrolments/${enrolled.id}`, {
      status: 'enrolled',
      sharedWithManager: true,
      version: 1,
    });
    const certified = await employee.post('/api/growth/learning/certifications', {
      certificationName: 'Speaker badge',
      issuedOn: addDays(today, -30),
      sharedWithManager: true,
    });
    expect(certified.status).toBe(201);

    const manager = await as(cast.manager);
    const lists = (client: ApiClient) =>
      Promise.all(
        ['enrolments', 'certifications'].map((kind) =>
          client.get(`/api/growth/learning/people/${report.id}/${kind}`),
        ),
      );
    for (const list of await lists(manager)) {
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(1);
    }
    const skip = await as(cast.skip);
    for (const list of await lists(skip)) expect(list.status).toBe(404);
    expect(
      (
        await skip.put(`/api/growth/learning/certifications/${certified.body.id}`, {
          certificationName: 'Renamed',
          issuedOn: addDays(today, -30),
          sharedWithManager: true,
          version: 1,
        })
      ).status,
    ).toBe(404);
    const skipReads = await server.database.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.subjectPersonId, report.id), eq(accessLog.viewerPersonId, cast.skip.id)));
    expect(skipReads).toEqual([]);
  });
});

describe('certifications', () => {
  it('one reminder per certification and expiry, in-app and by email; a renewal is reminded again', async () => {
    const employee = await as(cast.employee2);
    const soon = await employee.post('/api/growth/learning/certifications', {
      certificationName: 'Cloud practitioner',
      issuer: 'Example Cloud',
      issuedOn: addDays(today, -700),
      expiresOn: addDays(today, 10),
    });
    expect(soon.status).toBe(201);
    expect(soon.body.state).toBe('expiring');
    const later = await employee.post('/api/growth/learning/certifications', {
      certificationName: 'First aid',
      issuedOn: addDays(today, -10),
      expiresOn: addDays(today, 300),
    });
    expect(later.body.state).toBe('valid');
    const invalid = await employee.post('/api/growth/learning/certifications', {
      certificationName: 'Backwards',
      issuedOn: today,
      expiresOn: addDays(today, -1),
    });
    expect(invalid.body.error.fields).toHaveProperty('expiresOn');

    const reminders = () =>
      server.database.db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.recipientId, cast.employee2.id),
            eq(notifications.kind, 'learning.certification_expiring'),
          ),
        );
    await sendDueCertificationReminders({ db: server.database.db, organizationId: cast.org.organizationId });
    await sendDueCertificationReminders({ db: server.database.db, organizationId: cast.org.organizationId });
    const first = await reminders();
    expect(first).toHaveLength(1);
    expect(first[0]!.emailState).not.toBe('none');
    // The text names the task, not the certification.
    expect(first[0]!.title + first[0]!.body).not.toContain('Cloud practitioner');

    // Renewed with a new expiry inside the window: one more reminder, once.
    const renewed = await employee.put(`/api/growth/learning/certifications/${soon.body.id}`, {
      ...soon.body,
      expiresOn: addDays(today, 20),
      version: soon.body.version,
    });
    expect(renewed.status).toBe(200);
    const staleRenewal = await employee.put(`/api/growth/learning/certifications/${soon.body.id}`, {
      ...soon.body,
      version: soon.body.version,
    });
    expect(staleRenewal.status).toBe(409);
    await sendDueCertificationReminders({ db: server.database.db, organizationId: cast.org.organizationId });
    await sendDueCertificationReminders({ db: server.database.db, organizationId: cast.org.organizationId });
    expect(await reminders()).toHaveLength(2);

    const manager = await as(cast.manager);
    expect(
      (await manager.get(`/api/growth/learning/people/${cast.employee2.id}/certifications`)).body.total,
    ).toBe(0);
    const rows = await server.database.db
      .select()
      .from(certifications)
      .where(eq(certifications.id, soon.body.id));
    expect(rows[0]!.expiresOn).toBe(addDays(today, 20));
  });
});
