import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganization } from '../../org/seed/demo';
import { demoAccounts } from '../../org/seed/demoRoster';
import { createSession } from '../../platform/auth/sessions';
import { accounts } from '../../platform/auth/tables';
import { todayIn } from '../../platform/clock';
import { inTransaction } from '../../platform/db/tx';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { PIP_AGENDA_SOURCE } from './agenda';
import { seedDemoImprovementPlans } from './demoSeed';
import { improvementPlans } from './tables';

let server: TestServer;
// Check-in states are read against the real calendar, so the demo is built for today.
const today = todayIn('UTC');

async function clientFor(email: string) {
  const [account] = await server.database.db.select().from(accounts).where(eq(accounts.email, email));
  return new ApiClient(server.baseUrl).withSession(
    await createSession(server.database.db, account!, 'vitest'),
  );
}

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  const { organizationId } = await seedDemoOrganization(db);
  // The demo organisation may be shared with other test files: start this part from nothing.
  await db.delete(improvementPlans).where(eq(improvementPlans.organizationId, organizationId));
  await inTransaction(db, (tx) => seedDemoImprovementPlans(tx, { organizationId, today }));
}, 60_000);
afterAll(() => server.close());

describe('demo improvement plan', () => {
  it('is an acknowledged plan with a response in the demo manager’s team, not on the demo employee', async () => {
    const manager = await clientFor(demoAccounts.manager);
    const { items } = (await manager.get('/api/improvement-plans')).body;
    expect(items).toHaveLength(1);
    const [summary] = items;
    expect(summary).toMatchObject({ state: 'acknowledged', awaitingAcknowledgement: false });
    const employee = await clientFor(demoAccounts.employee);
    expect((await employee.get('/api/improvement-plans')).body.items).toEqual([]);
    expect((await employee.get(`/api/improvement-plans/${summary.id}`)).status).toBe(404);

    const plan = (await manager.get(`/api/improvement-plans/${summary.id}`)).body;
    expect(plan.expectations.items).toHaveLength(3);
    expect(plan.checkIns.items.map((c: { status: string }) => c.status)).toEqual([
      'recorded',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    const responses = (await manager.get(`/api/improvement-plans/${summary.id}/responses`)).body.items;
    expect(responses).toHaveLength(1);
    expect(responses[0].withRevision).toBe(1);
    const hr = await clientFor(demoAccounts.hr);
    expect((await hr.get(`/api/improvement-plans/${summary.id}`)).body.reason).toContain(
      'missed release dates',
    );

    // The next check-in waits on the "Now" agenda of the manager's 1:1 with the person.
    const series = (await manager.get('/api/one-on-ones?pageSize=50')).body.items.find(
      (s: { withPerson: { id: string } }) => s.withPerson.id === summary.employee.id,
    );
    const detail = (await manager.get(`/api/one-on-ones/${series.id}`)).body;
    const agenda = detail.currentMeeting.agenda.filter(
      (item: { source: string }) => item.source === PIP_AGENDA_SOURCE,
    );
    expect(agenda.map((item: { section: string }) => item.section)).toEqual(['now']);
  });
});
