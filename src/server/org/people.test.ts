import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, createCast } from '../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../testing/http';
import { people, reportingLines } from './tables';

let server: TestServer;
let cast: Cast;
let hr: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
  hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
});
afterAll(() => server.close());

const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

describe('people', () => {
  it('HR adds a person who then appears in the directory and under their manager in the org chart', async () => {
    const created = await hr.post('/api/people', {
      givenName: 'Noor',
      familyName: 'Haddad',
      email: 'noor.haddad@example.test',
      jobTitle: 'Data Engineer',
      departmentId: cast.org.departmentId,
      levelId: cast.org.levelId,
      hireDate: '2026-10-01',
      managerId: cast.manager.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      displayName: 'Noor Haddad',
      manager: { id: cast.manager.id },
      version: 1,
    });
    const directory = await (await as(cast.employee)).get('/api/people?q=haddad');
    expect(directory.body.items.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    const children = await hr.get(`/api/org-chart/${cast.manager.id}/children`);
    expect(children.body.items.map((p: { displayName: string }) => p.displayName)).toContain('Noor Haddad');
  });

  it('a duplicate email is refused and names the field', async () => {
    const response = await hr.post('/api/people', {
      givenName: 'Dup',
      familyName: 'Licate',
      email: cast.peer.email.toUpperCase(),
      hireDate: '2026-01-01',
    });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({
      code: 'already_exists',
      fields: { email: expect.any(String) },
    });
  });

  it('a stale edit gets 409 with the current version and changes nothing', async () => {
    const person = await cast.org.addPerson({ managerId: cast.manager.id });
    const first = await hr.patch(`/api/people/${person.id}`, { version: 1, location: 'Porto' });
    expect(first.status).toBe(200);
    const stale = await hr.patch(`/api/people/${person.id}`, {
      version: 1,
      location: 'Oslo',
      jobTitle: 'Changed',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const current = await hr.get(`/api/people/${person.id}`);
    expect(current.body).toMatchObject({ location: 'Porto', jobTitle: 'Engineer', version: 2 });
  });

  it('a manager change keeps the history: who managed X on date D', async () => {
    const person = await cast.org.addPerson({ managerId: cast.manager.id, hireDate: '2024-01-01' });
    const moved = await hr.patch(`/api/people/${person.id}`, {
      version: 1,
      managerId: cast.peerManager.id,
      managerChangeEffective: '2026-03-01',
    });
    expect(moved.status).toBe(200);
    const before = await hr.get(`/api/people/${person.id}/manager-on?date=2026-02-28`);
    const after = await hr.get(`/api/people/${person.id}/manager-on?date=2026-03-01`);
    expect(before.body.manager.id).toBe(cast.manager.id);
    expect(after.body.manager.id).toBe(cast.peerManager.id);
    const history = await hr.get(`/api/people/${person.id}/reporting-lines`);
    expect(history.body.items).toMatchObject([
      { validFrom: '2026-03-01', validTo: null, manager: { id: cast.peerManager.id } },
      { validFrom: '2024-01-01', validTo: '2026-03-01', manager: { id: cast.manager.id } },
    ]);
  });

  it('refuses a reporting cycle and names the field', async () => {
    const [skip] = await server.database.db
      .select({ version: people.version })
      .from(people)
      .where(eq(people.id, cast.skip.id));
    const response = await hr.patch(`/api/people/${cast.skip.id}`, {
      version: skip!.version,
      managerId: cast.employee.id,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields.managerId).toMatch(/manage their own manager/);
  });

  it('deactivating a person ends their sessions at once and moves their reports up', async () => {
    const leaver = await cast.org.addPerson({ managerId: cast.skip.id });
    const report = await cast.org.addPerson({ managerId: leaver.id });
    const leaverClient = await as(leaver);
    expect((await leaverClient.get('/api/auth/me')).status).toBe(200);
    const response = await hr.post(`/api/people/${leaver.id}/deactivate`, {
      version: 1,
      terminatedOn: '2026-11-01',
    });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('terminated');
    expect((await leaverClient.get('/api/auth/me')).status).toBe(401);
    const lines = await server.database.db
      .select()
      .from(reportingLines)
      .where(eq(reportingLines.personId, report.id));
    expect(lines.find((l) => l.validTo === null)?.managerId).toBe(cast.skip.id);
    // Leavers vanish from everyone's directory except HR's and admins'.
    const seenByEmployee = await (await as(cast.employee)).get(`/api/people/${leaver.id}`);
    expect(seenByEmployee.status).toBe(404);
  });

  it('records why a person left for the turnover figures only, and names a bad reason', async () => {
    const leaver = await cast.org.addPerson({ managerId: cast.skip.id });
    const bad = await hr.post(`/api/people/${leaver.id}/deactivate`, {
      version: 1,
      terminatedOn: '2026-11-01',
      terminationReason: 'fired',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['terminationReason']);
    const response = await hr.post(`/api/people/${leaver.id}/deactivate`, {
      version: 1,
      terminatedOn: '2026-11-01',
      terminationReason: 'voluntary',
    });
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).not.toContain('voluntary');
    const [row] = await server.database.db
      .select({ reason: people.terminationReason })
      .from(people)
      .where(eq(people.id, leaver.id));
    expect(row!.reason).toBe('voluntary');
  });

  it('matches three letters anywhere, and one or two letters at the start of a name', async () => {
    const names = async (q: string) =>
      (await hr.get(`/api/people?q=${q}&pageSize=100`)).body.items.map(
        (p: { displayName: string }) => p.displayName,
      );
    expect(await names('ma')).toContain('Mia Manager');
    expect(await names('ma')).not.toContain('Ema Employee');
    expect(await names('mpl')).toEqual(expect.arrayContaining(['Eli Employee', 'Ema Employee']));
    expect(await names('E')).toEqual(expect.arrayContaining(['Eli Employee', 'Ema Employee']));
    expect(await names('%')).toEqual([]);
  });

  it('paginates the directory and filters by department', async () => {
    const page1 = await hr.get('/api/people?pageSize=3&page=1');
    const page2 = await hr.get('/api/people?pageSize=3&page=2');
    expect(page1.body.items).toHaveLength(3);
    expect(page1.body.total).toBeGreaterThan(6);
    const ids = new Set([...page1.body.items, ...page2.body.items].map((p: { id: string }) => p.id));
    expect(ids.size).toBe(6);
    const filtered = await hr.get(`/api/people?departmentId=${cast.org.departmentId}&pageSize=100`);
    expect(
      filtered.body.items.every(
        (p: { department: { id: string } }) => p.department.id === cast.org.departmentId,
      ),
    ).toBe(true);
  });

  it('org chart children page by cursor without gaps or repeats', async () => {
    const boss = await cast.org.addPerson({ managerId: cast.ceo.id });
    for (let i = 0; i < 55; i++)
      await cast.org.addPerson({ managerId: boss.id, familyName: `Report ${String(i).padStart(2, '0')}` });
    const first = await hr.get(`/api/org-chart/${boss.id}/children`);
    expect(first.body.items).toHaveLength(50);
    const second = await hr.get(`/api/org-chart/${boss.id}/children?cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(5);
    expect(second.body.nextCursor).toBeNull();
    const all = [...first.body.items, ...second.body.items].map((n: { id: string }) => n.id);
    expect(new Set(all).size).toBe(55);
    const path = await hr.get(`/api/org-chart/${second.body.items[0].id}/path`);
    expect(path.body.items.map((n: { id: string }) => n.id)).toEqual([
      cast.ceo.id,
      boss.id,
      second.body.items[0].id,
    ]);
  });

  it('a forged org chart cursor is a field error, not a database error', async () => {
    for (const cursor of ['not-a-cursor', Buffer.from('["Smith","x"]').toString('base64url')]) {
      const response = await hr.get(`/api/org-chart/${cast.ceo.id}/children?cursor=${cursor}`);
      expect(response.status).toBe(400);
      expect(response.body.error.fields).toHaveProperty('cursor');
    }
  });

  it('records a profile read by someone else on the subject’s access log, not a read of one’s own', async () => {
    const subject = await cast.org.addPerson({ managerId: cast.manager.id });
    await (await as(cast.manager)).get(`/api/people/${subject.id}`);
    const subjectClient = await as(subject);
    await subjectClient.get(`/api/people/${subject.id}`);
    const log = await subjectClient.get('/api/access-log/me');
    expect(log.body.total).toBe(1);
    expect(log.body.items[0]).toMatchObject({
      viewer: { displayName: 'Mia Manager' },
      dataClass: 'directory',
      resource: 'profile',
    });
  });
});

describe('counts', () => {
  it('departments report their active headcount and people their direct reports', async () => {
    const fresh = await createCast(server.database.db);
    const client = new ApiClient(server.baseUrl).withSession(await fresh.org.sessionFor(fresh.hr.accountId!));
    const departments = await client.get('/api/departments');
    expect(departments.body.items).toEqual([
      { id: fresh.org.departmentId, name: 'Engineering', headcount: 11 },
    ]);
    const manager = await client.get(`/api/people/${fresh.manager.id}`);
    expect(manager.body.directReportCount).toBe(2);
    const roots = await client.get('/api/org-chart/roots');
    expect(roots.body.items).toMatchObject([{ id: fresh.ceo.id, directReportCount: 6 }]);
    const children = await client.get(`/api/org-chart/${fresh.skip.id}/children`);
    expect(children.body.items).toMatchObject([{ id: fresh.manager.id, directReportCount: 2 }]);
  });
});
