import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganization } from '../../org/seed/demo';
import { demoAccounts } from '../../org/seed/demoRoster';
import { people } from '../../org/tables';
import { createSession } from '../../platform/auth/sessions';
import { accounts } from '../../platform/auth/tables';
import { queryRows } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { seedDemoPlans } from './demoSeed';
import { developmentPlans } from './tables';

let server: TestServer;
let organizationId: string;
const today = '2026-11-20';

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
  await db.delete(developmentPlans).where(eq(developmentPlans.organizationId, organizationId));
  // The demo organisation may come without the performance track (other files seed only parts of
  // it): make sure a company objective and the employee's 1:1 with their manager exist.
  const [employee] = await db
    .select()
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.email, demoAccounts.employee)));
  const [company] = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM goals WHERE organization_id = ${organizationId} AND level = 'company' AND status = 'active' LIMIT 1`,
  );
  if (!company) {
    await queryRows(
      db,
      sql`INSERT INTO goals (organization_id, level, title, period_start, period_end)
          VALUES (${organizationId}, 'company', 'Make customers successful', '2026-07-01', '2026-12-31')`,
    );
  }
  const manager = await clientFor(demoAccounts.manager);
  const series = await manager.get(`/api/one-on-ones?withPersonId=${employee!.id}`);
  if (series.body.items.length === 0) {
    const created = await manager.post('/api/one-on-ones', {
      withPersonId: employee!.id,
      cadence: 'weekly',
      firstMeetingOn: '2026-11-23',
    });
    expect(created.status, created.text).toBe(201);
  }
  await inTransaction(db, (tx) => seedDemoPlans(tx, { organizationId, today }));
}, 60_000);
afterAll(() => server.close());

describe('demo development plans', () => {
  it('the demo employee has an active, shared plan with history, a business link and varied actions', async () => {
    const employee = await clientFor(demoAccounts.employee);
    const list = await employee.get('/api/growth/plans');
    expect(list.body.items).toHaveLength(1);
    const plan = (await employee.get(`/api/growth/plans/${list.body.items[0].id}`)).body;
    expect(plan).toMatchObject({ status: 'active', shared: true });
    expect(plan.updates.length).toBeGreaterThanOrEqual(5);
    expect(
      new Set(plan.updates.map((u: { progressPercent: number }) => u.progressPercent)).size,
    ).toBeGreaterThan(1);
    expect(plan.goals.some((g: { businessObjective: unknown }) => g.businessObjective !== null)).toBe(true);
    const kinds = new Set(
      plan.goals.flatMap((g: { actions: { kind: string }[] }) => g.actions.map((a) => a.kind)),
    );
    expect(kinds.size).toBeGreaterThanOrEqual(5);

    const manager = await clientFor(demoAccounts.manager);
    expect((await manager.get(`/api/growth/plans/${plan.id}`)).status).toBe(200);
    const [me] = await server.database.db
      .select()
      .from(people)
      .where(and(eq(people.organizationId, organizationId), eq(people.email, demoAccounts.employee)));
    const series = await manager.get(`/api/one-on-ones?withPersonId=${me!.id}`);
    const detail = await manager.get(`/api/one-on-ones/${series.body.items[0].id}`);
    const next = detail.body.currentMeeting.agenda.filter(
      (item: { section: string; source: string }) =>
        item.section === 'next' && item.source === 'development_plan',
    );
    // The 1:1 suggests the most relevant open actions, three at most (oneOnOnes/nextSection.ts).
    expect(next.length).toBe(Math.min(plan.progress.openActions, 3));
  });

  it('a colleague’s plan has been quiet for more than 30 days', async () => {
    const rows = await server.database.db
      .select()
      .from(developmentPlans)
      .where(eq(developmentPlans.organizationId, organizationId));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const stale = rows.filter(
      (row) =>
        row.status === 'active' &&
        Date.parse(`${today}T12:00:00Z`) - row.lastActivityAt.getTime() > 30 * 86_400_000,
    );
    expect(stale.length).toBeGreaterThanOrEqual(1);
  });
});
