import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, createCast } from '../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../testing/http';
import { jobTitles } from './tables';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
  await server.database.db.insert(jobTitles).values([
    { organizationId: cast.org.organizationId, name: 'Engineer', levelId: cast.org.levelId },
    { organizationId: cast.org.organizationId, name: 'Engineering Manager', levelId: null },
    { organizationId: cast.org.organizationId, name: 'Data_Analyst', levelId: null },
    { organizationId: cast.org.organizationId, name: 'Designer', levelId: null },
  ]);
});
afterAll(() => server.close());

const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

describe('GET /api/job-titles', () => {
  it('lists the titles by name with their level to any member, paged', async () => {
    const employee = await as(cast.employee);
    const all = await employee.get('/api/job-titles');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ page: 1, pageSize: 25, total: 4 });
    expect(all.body.items.map((t: { name: string }) => t.name)).toEqual([
      'Data_Analyst',
      'Designer',
      'Engineer',
      'Engineering Manager',
    ]);
    const engineer = all.body.items.find((t: { name: string }) => t.name === 'Engineer');
    expect(engineer.level).toMatchObject({ id: cast.org.levelId });
    expect(all.body.items.find((t: { name: string }) => t.name === 'Designer').level).toBeNull();

    const second = await employee.get('/api/job-titles?page=2&pageSize=3');
    expect(second.body).toMatchObject({ page: 2, pageSize: 3, total: 4 });
    expect(second.body.items.map((t: { name: string }) => t.name)).toEqual(['Engineering Manager']);
  });

  it('searches case-insensitively, treating wildcard characters literally', async () => {
    const hr = await as(cast.hr);
    const found = await hr.get('/api/job-titles?q=ENGIN');
    expect(found.body.total).toBe(2);
    expect(found.body.items.map((t: { name: string }) => t.name)).toEqual([
      'Engineer',
      'Engineering Manager',
    ]);
    const underscore = await hr.get('/api/job-titles?q=_');
    expect(underscore.body.items.map((t: { name: string }) => t.name)).toEqual(['Data_Analyst']);
    expect((await hr.get('/api/job-titles?q=nothing-like-this')).body).toMatchObject({ items: [], total: 0 });
  });

  it("never shows another organisation's titles and refuses anonymous callers", async () => {
    const other = await createCast(server.database.db);
    const outsider = new ApiClient(server.baseUrl).withSession(
      await other.org.sessionFor(other.employee.accountId!),
    );
    expect((await outsider.get('/api/job-titles')).body).toMatchObject({ items: [], total: 0 });
    expect((await new ApiClient(server.baseUrl).get('/api/job-titles')).status).toBe(401);
    expect((await outsider.get('/api/job-titles?pageSize=500')).status).toBe(400);
  });
});
