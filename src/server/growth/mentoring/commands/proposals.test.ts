import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, createCast } from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';

/**
 * Nobody is paired with themself: both ways of proposing a pair (the mentee asking, an admin
 * deciding) answer with the matching module's own rule, `same_person`, never with a check of
 * their own. A person may hold both profiles in one programme, so the rule is reachable.
 */
let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
const base = '/api/growth/mentoring';

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

async function programmeWithBothSides(matchingMode: string) {
  const hr = await as(cast.hr);
  const created = await hr.post(`${base}/programmes`, {
    name: `Self pairing ${matchingMode}`,
    status: 'open',
    matchingMode,
    minLevelGap: 0,
  });
  expect(created.status).toBe(201);
  const programmeId = created.body.id as string;
  const employee = await as(cast.employee);
  for (const role of ['mentor', 'mentee'])
    expect(
      (await employee.put(`${base}/programmes/${programmeId}/profiles/${role}`, { languages: ['en'] }))
        .status,
    ).toBe(200);
  return programmeId;
}

describe('proposing a pair of one person', () => {
  it('a mentee asking themself is refused by the same_person rule', async () => {
    const programmeId = await programmeWithBothSides('self_select');
    const refused = await (await as(cast.employee)).post(`${base}/programmes/${programmeId}/requests`, {
      mentorId: cast.employee.id,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.reason).toEqual({
      code: 'mentoringRuleBroken',
      params: { mentee: 'Eli Employee', mentor: 'Eli Employee', rule: 'same_person' },
    });
  });

  it('an admin deciding such a pair is refused by the same rule', async () => {
    const programmeId = await programmeWithBothSides('mentee_ranks_admin_decides');
    const refused = await (await as(cast.hr)).post(`${base}/programmes/${programmeId}/matches`, {
      menteeId: cast.employee.id,
      mentorId: cast.employee.id,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.reason).toMatchObject({
      code: 'mentoringRuleBroken',
      params: { rule: 'same_person' },
    });
  });
});
