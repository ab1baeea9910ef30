import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { type LaunchedCycle, launchCycleForCast } from './testing';

/**
 * Beside the authorization matrix: the same routes on records of a launched cycle (reviews, forms,
 * templates, cycles), including another organisation's HR, who must get 404 for records not theirs.
 */
let server: TestServer;
let setup: LaunchedCycle;
let other: LaunchedCycle;

beforeAll(async () => {
  server = await startTestServer();
  setup = await launchCycleForCast(server);
  other = await launchCycleForCast(server);
});
afterAll(() => server.close());

type Who =
  | 'anonymous'
  | 'subject'
  | 'reviewer'
  | 'skip'
  | 'colleague'
  | 'hr'
  | 'approver'
  | 'coach'
  | 'orgAdmin'
  | 'otherOrgHr';

async function clientFor(who: Who): Promise<ApiClient> {
  const { cast } = setup;
  if (who === 'anonymous') return new ApiClient(server.baseUrl);
  if (who === 'otherOrgHr') return other.hr;
  const person = {
    subject: cast.employee,
    reviewer: cast.manager,
    skip: cast.skip,
    colleague: cast.peer,
    hr: cast.hr,
    approver: cast.approver,
    coach: cast.coach,
    orgAdmin: cast.orgAdmin,
  }[who];
  return setup.client(person);
}

const everyone: Who[] = [
  'anonymous',
  'subject',
  'reviewer',
  'skip',
  'colleague',
  'hr',
  'approver',
  'coach',
  'orgAdmin',
  'otherOrgHr',
];

async function sweep(method: string, path: () => string, expected: Record<Who, number>, body?: unknown) {
  const failures: string[] = [];
  for (const who of everyone) {
    const response = await (await clientFor(who)).request(
      method,
      path(),
      body ?? (method === 'GET' ? undefined : {}),
    );
    if (response.status !== expected[who])
      failures.push(`${method} ${path()} as ${who}: ${response.status} ${response.text.slice(0, 120)}`);
  }
  expect(failures).toEqual([]);
}

const hrOnly = (ok: number): Record<Who, number> => ({
  anonymous: 401,
  subject: 403,
  reviewer: 403,
  skip: 403,
  colleague: 403,
  hr: ok,
  approver: 403,
  coach: 403,
  orgAdmin: 403,
  otherOrgHr: 404,
});

describe('routes by record id, every role', () => {
  it('templates and cycles are HR’s; another organisation’s HR gets 404', async () => {
    await sweep('GET', () => `/api/review-templates/${setup.templateId}`, hrOnly(200));
    await sweep('GET', () => `/api/review-cycles/${setup.cycleId}`, hrOnly(200));
    await sweep('GET', () => `/api/review-cycles/${setup.cycleId}/dashboard`, hrOnly(200));
    await sweep('GET', () => `/api/review-cycles/${setup.cycleId}/overdue`, hrOnly(200));
    await sweep('GET', () => `/api/review-cycles/${setup.cycleId}/reviews`, hrOnly(200));
    // Launched already: HR is told the state forbids it.
    await sweep(
      'POST',
      () => `/api/review-cycles/${setup.cycleId}/launch`,
      { ...hrOnly(409) },
      { version: 2 },
    );
  });

  it('a review: subject, reviewer, management chain and HR see it; everyone else gets 404', async () => {
    await sweep('GET', () => `/api/reviews/${setup.reviewId}`, {
      anonymous: 401,
      subject: 200,
      reviewer: 200,
      skip: 200,
      colleague: 404,
      hr: 200,
      // Approvers see reviews only once they sit in a calibration session the approver signs off.
      approver: 404,
      coach: 404,
      orgAdmin: 404,
      otherOrgHr: 404,
    });
  });

  it('a form page is for its author only', async () => {
    const authorOnly = (author: Who): Record<Who, number> =>
      ({
        ...Object.fromEntries(everyone.map((who) => [who, 404])),
        anonymous: 401,
        [author]: 200,
      }) as Record<Who, number>;
    await sweep('GET', () => `/api/review-forms/${setup.selfFormId}`, authorOnly('subject'));
    await sweep('GET', () => `/api/review-forms/${setup.managerFormId}`, authorOnly('reviewer'));
  });

  it('peer requests: the reviewer only; the others who see the review are refused', async () => {
    let n = 0;
    const writers = [setup.cast.employee2, setup.cast.peerManager, setup.cast.coach];
    const failures: string[] = [];
    const expected: Record<Who, number> = {
      anonymous: 401,
      subject: 403,
      reviewer: 201,
      skip: 403,
      colleague: 404,
      hr: 403,
      approver: 404,
      coach: 404,
      orgAdmin: 404,
      otherOrgHr: 404,
    };
    for (const who of everyone) {
      const writer = writers[Math.min(n, writers.length - 1)]!;
      const response = await (await clientFor(who)).post(`/api/reviews/${setup.reviewId}/peer-requests`, {
        writerId: writer.id,
      });
      if (response.status === 201) n++;
      if (response.status !== expected[who])
        failures.push(`${who}: ${response.status} ${response.text.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
  });
});
