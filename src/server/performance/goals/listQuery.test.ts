import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';

/**
 * `current` is read strictly from the query string: `false`/`0` mean every goal, `true`/`1` only
 * those whose period includes today, and any other spelling is a 400 naming the parameter — never
 * read as "true" the way `Boolean('false')` would.
 */
let server: TestServer;
let cast: Cast;
let currentId: string;
let pastId: string;
const year = new Date().getUTCFullYear();

const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
  const employee = await as(cast.employee);
  const goal = async (title: string, periodStart: string, periodEnd: string) => {
    const created = await employee.post('/api/goals', {
      level: 'personal',
      ownerPersonId: cast.employee.id,
      title,
      periodStart,
      periodEnd,
      keyResults: [{ title: 'Done', kind: 'milestone', startValue: 0, targetValue: 1 }],
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  currentId = await goal('Runs this year', `${year - 1}-01-01`, `${year + 1}-12-31`);
  pastId = await goal('Ended long ago', '2020-01-01', '2020-03-31');
});
afterAll(() => server.close());

const ids = (body: { items: { id: string }[] }) => body.items.map((g) => g.id).sort();

describe('the goals list reads ?current strictly', () => {
  it.each([
    ['/api/goals?current=false', 'all'],
    ['/api/goals?current=0', 'all'],
    ['/api/goals', 'all'],
    ['/api/goals?current=true', 'current'],
    ['/api/goals?current=1', 'current'],
  ])('%s lists %s goals', async (path, expected) => {
    const response = await (await as(cast.employee)).get(path);
    expect(response.status).toBe(200);
    expect(ids(response.body)).toEqual(expected === 'all' ? [currentId, pastId].sort() : [currentId]);
  });

  it("a person's goals read it the same way", async () => {
    const manager = await as(cast.manager);
    const all = await manager.get(`/api/people/${cast.employee.id}/goals?current=false`);
    expect(ids(all.body)).toEqual([currentId, pastId].sort());
    const current = await manager.get(`/api/people/${cast.employee.id}/goals?current=1`);
    expect(ids(current.body)).toEqual([currentId]);
  });

  it.each(['maybe', 'TRUE', 'yes', ''])('?current=%s is a 400 naming current', async (value) => {
    const response = await (await as(cast.employee)).get(`/api/goals?current=${value}`);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.fieldIssues).toEqual({ current: { code: 'valueInvalid' } });
    expect(Object.keys(response.body.error.fields)).toEqual(['current']);
  });
});
