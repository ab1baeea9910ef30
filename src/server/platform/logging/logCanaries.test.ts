import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedCycle, launchCycleForCast } from '../../performance/reviews/testing';
import { TEST_PASSWORD } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { canariesIn, plantCanary, registerCanary, resetCanaries } from '../dataClasses/scanner';

/**
 * SPEC S2 and guide practices 13–14 for the log: a realistic stretch of use — failed and good
 * logins, goals, a review answer, a development note, searches, and the error paths (400, 404,
 * 409) — with canary values planted in every field a person types, in a query string and in an
 * email address. The server's own logger captures every line at trace level, request lines on
 * (the default); no line may carry a canary, a session token or a password.
 */
let server: TestServer;
let launched: LaunchedCycle;
const logLines: string[] = [];

beforeAll(async () => {
  resetCanaries();
  server = await startTestServer({}, { log: (line) => logLines.push(line) });
  launched = await launchCycleForCast(server);
});
afterAll(() => server.close());

const personalGoal = (ownerPersonId: string, title: string, extra: Record<string, unknown> = {}) => ({
  level: 'personal',
  ownerPersonId,
  title,
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  keyResults: [{ title: 'Launch done', kind: 'milestone', startValue: 0, targetValue: 1 }],
  ...extra,
});

describe('the log carries no personal values or secrets', () => {
  it('a realistic sequence with canaries everywhere leaves none in any log line', async () => {
    const { cast, client } = launched;
    const statuses: number[] = [];
    const keep = <T extends { status: number }>(response: T) => {
      statuses.push(response.status);
      return response;
    };

    // Logins: a wrong (canary) password for a real account, an unknown (canary) email, then a good one.
    const wrongPassword = plantCanary('credential', 'password');
    const anonymous = new ApiClient(server.baseUrl);
    expect(
      keep(await anonymous.post('/api/auth/login', { email: cast.employee.email, password: wrongPassword }))
        .status,
    ).toBe(401);
    const strangerEmail = `${plantCanary('directory', 'email')}@example.test`;
    expect(
      keep(await anonymous.post('/api/auth/login', { email: strangerEmail, password: TEST_PASSWORD })).status,
    ).toBe(401);
    keep(await anonymous.post('/api/auth/password-reset/request', { email: strangerEmail }));
    const signedIn = new ApiClient(server.baseUrl);
    const login = keep(
      await signedIn.post('/api/auth/login', { email: cast.employee.email, password: TEST_PASSWORD }),
    );
    expect(login.status).toBe(200);
    const sessionToken = login.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('trellis_session='))!
      .split(';')[0]!
      .slice('trellis_session='.length);
    registerCanary('credential', sessionToken, { label: 'session token' });
    registerCanary('credential', login.body.csrfToken, { label: 'csrf token' });

    // A goal with a canary title, a check-in with a canary comment, a stale edit (409).
    const goalTitle = plantCanary('performance', 'goal-title');
    const goal = keep(await signedIn.post('/api/goals', personalGoal(cast.employee.id, goalTitle)));
    expect(goal.status, goal.text).toBe(201);
    const checkInComment = plantCanary('performance', 'check-in');
    keep(
      await signedIn.post(`/api/goals/${goal.body.id}/check-ins`, {
        status: 'on_track',
        comment: checkInComment,
        values: [{ keyResultId: goal.body.keyResults[0].id, value: 1 }],
        version: goal.body.version,
      }),
    );
    const staleTitle = plantCanary('performance', 'stale-edit');
    const { level: _level, ownerPersonId: _owner, ...editable } = personalGoal(cast.employee.id, staleTitle);
    const stale = keep(
      await signedIn.put(`/api/goals/${goal.body.id}`, { ...editable, status: 'active', version: 1 }),
    );
    expect(stale.status, stale.text).toBe(409);

    // Validation errors (400) echo nothing of the input into the log either.
    const invalidTitle = plantCanary('performance', 'invalid-goal');
    const invalid = keep(
      await signedIn.post(
        '/api/goals',
        personalGoal(cast.employee.id, invalidTitle, { periodEnd: `not-a-date-${invalidTitle}` }),
      ),
    );
    expect(invalid.status).toBe(400);

    // A review answer in the employee's self review.
    const answer = plantCanary('performance', 'review-answer');
    const saved = keep(
      await signedIn.put(`/api/review-forms/${launched.selfFormId}/answers/wins`, {
        text: answer,
        version: 0,
      }),
    );
    expect(saved.status, saved.text).toBe(200);

    // A development plan and a progress note.
    const planTitle = plantCanary('development', 'plan-title');
    const plan = keep(await signedIn.post('/api/growth/plans', { title: planTitle }));
    expect(plan.status, plan.text).toBe(201);
    const note = plantCanary('development', 'progress-note');
    expect(keep(await signedIn.post(`/api/growth/plans/${plan.body.id}/updates`, { note })).status).toBe(201);

    // Searches: the query string holds a canary.
    const search = plantCanary('directory', 'search');
    expect(keep(await signedIn.get(`/api/people?q=${search}`)).status).toBe(200);
    keep(await signedIn.get(`/api/growth/plans/objectives?search=${encodeURIComponent(search)}`));

    // Not found: an unknown route with canaries in its path and query, and an unknown record.
    const pathCanary = plantCanary('directory', 'path');
    expect(
      keep(await signedIn.get(`/api/no-such-route/${pathCanary}?email=${encodeURIComponent(strangerEmail)}`))
        .status,
    ).toBe(404);
    expect(keep(await signedIn.get(`/api/goals/${randomUUID()}`)).status).toBe(404);

    // A manager reading the employee's goals: the access log records it, the server log names no one.
    keep(await (await client(cast.manager)).get(`/api/people/${cast.employee.id}/goals`));

    expect(statuses).toEqual(expect.arrayContaining([200, 201, 400, 401, 404, 409]));
    // The canaries are real: they went into the database and came back in answers.
    expect(goal.text).toContain(goalTitle);
    expect(plan.text).toContain(planTitle);

    const log = logLines.join('\n');
    // Request lines are on by default, by route pattern, each with its request id.
    const requestLines = logLines
      .map((line) => JSON.parse(line) as { msg?: string; reqId?: string; req?: { route?: string | null } })
      .filter((line) => line.msg === 'request completed');
    expect(requestLines.length).toBeGreaterThanOrEqual(statuses.length);
    expect(requestLines.every((line) => typeof line.reqId === 'string' && line.reqId.length > 0)).toBe(true);
    expect(requestLines.map((line) => line.req?.route)).toEqual(
      expect.arrayContaining(['/api/goals/:goalId', '/api/review-forms/:formId/answers/:questionId', null]),
    );
    expect(canariesIn(log).map((canary) => canary.label)).toEqual([]);
    expect(log).not.toContain(TEST_PASSWORD);
    expect(log).not.toContain(cast.employee.email);
  });
});
