import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganization } from '../../org/seed/demo';
import { demoAccounts } from '../../org/seed/demoRoster';
import { people } from '../../org/tables';
import { createSession } from '../../platform/auth/sessions';
import { accounts } from '../../platform/auth/tables';
import { inTransaction } from '../../platform/db/tx';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { seedDemoAspirations } from '../aspirations/demoSeed';
import { aspirations } from '../aspirations/tables';
import { seedDemoConversations } from './demoSeed';
import { careerConversations } from './tables';

let server: TestServer;
let employeeId: string;

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
  // Other files may have seeded the growth side already: start this part from empty.
  await db.delete(careerConversations).where(eq(careerConversations.organizationId, organizationId));
  await db.delete(aspirations).where(eq(aspirations.organizationId, organizationId));
  const today = new Date().toISOString().slice(0, 10);
  await inTransaction(db, async (tx) => {
    await seedDemoAspirations(tx, { organizationId, today });
    await seedDemoConversations(tx, { organizationId, today });
  });
  const [employee] = await db
    .select()
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.email, demoAccounts.employee)));
  employeeId = employee!.id;
}, 60_000);
afterAll(() => server.close());

describe('demo aspirations and career conversations', () => {
  it('the demo employee has shared and private aspirations and a past conversation with their manager', async () => {
    const employee = await clientFor(demoAccounts.employee);
    const own = await employee.get('/api/growth/aspirations?pageSize=100');
    expect(own.body.total).toBe(5);
    const shared = own.body.items.filter((a: { sharedWithManager: boolean }) => a.sharedWithManager);
    expect(shared.length).toBe(3);
    expect(own.body.items.some((a: { fromConversation: boolean }) => a.fromConversation)).toBe(true);

    const conversations = await employee.get('/api/growth/conversations?status=completed');
    expect(conversations.body.items).toMatchObject([
      { status: 'completed', manager: { displayName: 'Daniel Mensah' } },
    ]);
    const detail = await employee.get(`/api/growth/conversations/${conversations.body.items[0].id}`);
    expect(detail.body.notes.length).toBe(5);

    const manager = await clientFor(demoAccounts.manager);
    const managerView = await manager.get(`/api/growth/aspirations/people/${employeeId}`);
    expect(managerView.body.items.length).toBe(3);
    const managerDetail = await manager.get(`/api/growth/conversations/${conversations.body.items[0].id}`);
    // Four notes by the employee (three shared) and one by the manager.
    expect(managerDetail.body.notes.length).toBe(4);
  });

  it("some of the manager's reports are overdue and one has a conversation coming up", async () => {
    const manager = await clientFor(demoAccounts.manager);
    const reports = await manager.get('/api/growth/conversations/reports');
    expect(reports.body.overdueCount).toBeGreaterThanOrEqual(2);
    const sofia = reports.body.items.find((r: { person: { id: string } }) => r.person.id === employeeId);
    expect(sofia).toMatchObject({ overdue: false });
    expect(
      reports.body.items.some((r: { nextScheduledAt: string | null }) => r.nextScheduledAt !== null),
    ).toBe(true);
  });
});
