import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import { type Cast, createCast } from '../../testing/factories';
import { startTestServer, type TestServer } from '../../testing/http';
import { planAccess } from './access';
import { pipListReach } from './policy';
import { listPlans } from './queries';
import { improvementPlans, type PipState } from './tables';
import { insertTestPlan } from './testing';

let server: TestServer;
let cast: Cast;

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const actorOf = (person: { id: string; accountId: string | null }, roles: RoleName[] = []): Actor => ({
  accountId: person.accountId!,
  organizationId: cast.org.organizationId,
  personId: person.id,
  email: 'x@example.test',
  roles: new Set(roles),
  locale: 'en',
  sessionId: 's',
  csrfToken: 'c',
});

describe('improvement plan list reach', () => {
  it('lists exactly the plans the guard lets each caller read', async () => {
    const db = server.database.db;
    const { organizationId } = cast.org;
    // Plans about people everywhere in the cast, in every state, and a draft discarded unpublished.
    const states: PipState[] = ['draft', 'active', 'acknowledged', 'paused', 'extended', 'closed'];
    const subjects = [cast.employee, cast.employee2, cast.manager, cast.peer, cast.hr, cast.skip, cast.coach];
    for (const [index, subject] of subjects.entries())
      await insertTestPlan(db, {
        organizationId,
        employeeId: subject.id,
        state: states[index % states.length],
      });
    const { plan: discarded } = await insertTestPlan(db, {
      organizationId,
      employeeId: cast.employee.id,
      state: 'draft',
    });
    await db
      .update(improvementPlans)
      .set({ state: 'closed', outcome: 'cancelled' })
      .where(eq(improvementPlans.id, discarded.id));
    const all = await db
      .select()
      .from(improvementPlans)
      .where(eq(improvementPlans.organizationId, organizationId));

    const callers: [string, Actor][] = [
      ['employee', actorOf(cast.employee)],
      ['manager', actorOf(cast.manager)],
      ['skip-level', actorOf(cast.skip)],
      ['HR admin', actorOf(cast.hr, ['hr_admin'])],
      ['approver', actorOf(cast.approver, ['approver'])],
      ['coach', actorOf(cast.coach, ['coach'])],
      ['org admin', actorOf(cast.orgAdmin, ['org_admin'])],
      ['peer', actorOf(cast.peer)],
      ['CEO', actorOf(cast.ceo)],
    ];
    for (const [label, actor] of callers) {
      const readable: string[] = [];
      for (const row of all)
        if ((await planAccess.policyFor(db, actor, row)).policy.read) readable.push(row.id);
      const listed: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listPlans(db, { organizationId, reach: pipListReach(actor), limit: 3, cursor });
        listed.push(...page.rows.map((row) => row.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(listed.sort(), label).toEqual(readable.sort());
    }
    // The discarded draft reaches HR and the chain, never the employee it was about.
    const employeeList = await listPlans(db, {
      organizationId,
      reach: pipListReach(actorOf(cast.employee)),
      limit: 50,
    });
    expect(employeeList.rows.map((row) => row.id)).not.toContain(discarded.id);
  });
});
