import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganization } from '../../org/seed/demo';
import { demoAccounts } from '../../org/seed/demoRoster';
import { createSession } from '../../platform/auth/sessions';
import { accounts } from '../../platform/auth/tables';
import { addDays, organizationToday } from '../../platform/clock';
import { inTransaction } from '../../platform/db/tx';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { seedDemoSurveys } from './demoSeed';
import { engagementSurveys } from './tables';

let server: TestServer;
let organizationId: string;

async function clientFor(email: string) {
  const [account] = await server.database.db.select().from(accounts).where(eq(accounts.email, email));
  return new ApiClient(server.baseUrl).withSession(
    await createSession(server.database.db, account!, 'vitest'),
  );
}

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  ({ organizationId } = await seedDemoOrganization(db));
  // Other files may have seeded the growth side already: start this part from empty.
  await db.delete(engagementSurveys).where(eq(engagementSurveys.organizationId, organizationId));
  const today = new Date().toISOString().slice(0, 10);
  await inTransaction(db, (tx) => seedDemoSurveys(tx, { organizationId, today }));
}, 120_000);
afterAll(() => server.close());

describe('engagement pulse demo', () => {
  it('HR sees two closed rounds with a trend, large departments shown and small ones withheld', async () => {
    const hr = await clientFor(demoAccounts.hr);
    const rounds = (await hr.get('/api/growth/surveys/reportable-rounds')).body.items as {
      id: string;
      status: string;
      roundNumber: number;
    }[];
    expect(rounds.map((r) => [r.roundNumber, r.status])).toEqual([
      [3, 'open'],
      [2, 'closed'],
      [1, 'closed'],
    ]);
    const second = rounds.find((r) => r.roundNumber === 2)!;
    const results = (await hr.get(`/api/growth/surveys/rounds/${second.id}/results`)).body;
    expect(results.enps.state).toBe('shown');
    expect(results.previousRoundId).toBe(rounds.find((r) => r.roundNumber === 1)!.id);
    expect(results.drivers.some((d: { trend: { state: string } }) => d.trend.state === 'shown')).toBe(true);

    const heatmap = (await hr.get(`/api/growth/surveys/rounds/${second.id}/heatmap`)).body;
    const states = heatmap.rows.map((r: { count: { state: string } }) => r.count.state);
    expect(states.filter((s: string) => s === 'shown').length).toBeGreaterThanOrEqual(3);
    expect(states.some((s: string) => s === 'below_threshold')).toBe(true);

    const comments = (await hr.get(`/api/growth/surveys/rounds/${second.id}/comments`)).body;
    expect(comments.state).toBe('shown');
    expect(comments.total).toBeGreaterThan(10);
  });

  it('Sofia has the open round to answer, and answers it once', async () => {
    const sofia = await clientFor(demoAccounts.employee);
    const mine = (await sofia.get('/api/growth/surveys/mine')).body.items;
    expect(mine).toHaveLength(1);
    const questionnaire = (await sofia.get(`/api/growth/surveys/mine/${mine[0].roundId}`)).body;
    const likert = Object.fromEntries(
      questionnaire.questions
        .filter((q: { kind: string }) => q.kind === 'likert')
        .map((q: { id: string }) => [q.id, 4]),
    );
    const sent = await sofia.post(`/api/growth/surveys/mine/${mine[0].roundId}/answers`, { likert, enps: 8 });
    expect(sent.status).toBe(204);
    expect((await sofia.get('/api/growth/surveys/mine')).body.items).toEqual([]);
    // An employee reads no report.
    expect((await sofia.get(`/api/growth/surveys/rounds/${mine[0].roundId}/results`)).status).toBe(404);
  });

  it('HR launching a round now invites people (nobody rests); a second launch the same day says everyone rests, and until when', async () => {
    const hr = await clientFor(demoAccounts.hr);
    const surveys = (await hr.get('/api/growth/surveys')).body.items as { id: string; name: string }[];
    const pulse = surveys.find((s) => s.name === 'Monthly engagement pulse')!;
    const launched = await hr.post(`/api/growth/surveys/${pulse.id}/rounds`);
    expect(launched.status).toBe(201);
    expect(launched.body.roundNumber).toBe(4);
    expect(launched.body.skippedForFatigue).toBe(0);
    expect(launched.body.invited).toBeGreaterThan(20);

    const again = await hr.post(`/api/growth/surveys/${pulse.id}/rounds`);
    expect(again.status).toBe(409);
    const today = await organizationToday(server.database.db, organizationId);
    expect(again.body.error.reason).toEqual({
      code: 'surveyNobodyInvited',
      params: { resting: launched.body.invited, availableOn: addDays(today, 7) },
    });
  });
});
