import { inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { departments, people } from '../../org/tables';
import type { Actor } from '../../platform/auth/actor';
import { loadActor } from '../../platform/auth/sessions';
import { type Db, queryRows } from '../../platform/db/client';
import { testDatabase } from '../../testing/database';
import { type Cast, createCast, createTestOrganization } from '../../testing/factories';
import { goalAccess } from './access';
import { findGoal } from './queries';
import { goals } from './tables';
import { goalScope } from './visibility';

/**
 * GUIDE 12 on the real database: every goal list filters with the caller's reach in SQL
 * (`goalScope`), and one goal is decided by its guard (`goalAccess`). For every viewer — each role,
 * each standing towards the owner or the owning department, another organisation — and every kind
 * of goal, the two must agree, or a list would show (or count) a goal that answers 404.
 */
let db: Db;
let cast: Cast;
const viewers: Record<string, Actor> = {};
const goalIds: Record<string, string> = {};

async function actorOf(person: { accountId: string | null }, org: Cast['org']) {
  return (await loadActor(db, (await org.sessionFor(person.accountId!)).token))!;
}

beforeAll(async () => {
  db = (await testDatabase()).db;
  cast = await createCast(db);
  const [sales] = await db
    .insert(departments)
    .values({ organizationId: cast.org.organizationId, name: 'Sales' })
    .returning();
  const salesLead = await cast.org.addPerson({ managerId: cast.ceo.id });
  const salesRep = await cast.org.addPerson({ managerId: salesLead.id });
  await db
    .update(people)
    .set({ departmentId: sales!.id })
    .where(inArray(people.id, [salesLead.id, salesRep.id]));
  const elsewhere = await createTestOrganization(db, 'Elsewhere');

  const { org: _org, ...castPeople } = cast;
  const standing: Record<string, { accountId: string | null }> = { ...castPeople, salesLead, salesRep };
  for (const [name, person] of Object.entries(standing)) viewers[name] = await actorOf(person, cast.org);
  viewers.otherOrgHr = await actorOf(await elsewhere.addPerson({ roles: ['hr_admin'] }), elsewhere);

  const base = {
    organizationId: cast.org.organizationId,
    title: 'Reach check',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
  };
  const made = {
    employeePrivate: { level: 'personal', ownerPersonId: cast.employee.id, visibility: 'private' },
    employeePublic: { level: 'personal', ownerPersonId: cast.employee.id, visibility: 'public' },
    salesRepPrivate: { level: 'personal', ownerPersonId: salesRep.id, visibility: 'private' },
    salesPrivate: { level: 'department', ownerDepartmentId: sales!.id, visibility: 'private' },
    salesPublic: { level: 'department', ownerDepartmentId: sales!.id, visibility: 'public' },
    engineeringPrivate: {
      level: 'department',
      ownerDepartmentId: cast.org.departmentId,
      visibility: 'private',
    },
    company: { level: 'company', visibility: 'public' },
  } as const;
  for (const [name, values] of Object.entries(made)) {
    const [row] = await db
      .insert(goals)
      .values({ ...base, ...values })
      .returning({ id: goals.id });
    goalIds[name] = row!.id;
  }
});

describe('goal reach (SQL) and goal guard agree', () => {
  it('for every viewer and every kind of goal', async () => {
    const ids = Object.values(goalIds);
    for (const [viewer, actor] of Object.entries(viewers)) {
      const scope = goalScope(actor);
      const inReach = await queryRows<{ id: string; visible: boolean }>(
        db,
        sql`WITH RECURSIVE ${scope.managedCte}
            SELECT g.id, (g.organization_id = ${actor.organizationId} AND ${scope.visible('g')}) AS visible
              FROM goals g WHERE g.id = ANY(${sql.param(ids)}::uuid[])`,
      );
      for (const [name, id] of Object.entries(goalIds)) {
        const row = await findGoal(db, actor.organizationId, id);
        const read = row ? (await goalAccess.policyFor(db, actor, row)).policy.read : false;
        const listed = Boolean(inReach.find((r) => r.id === id)?.visible);
        expect(listed, `${viewer} on ${name}`).toBe(read);
      }
    }
  });

  it('reaches what it should: a department’s private goal is its members’ and managers’, and HR’s', async () => {
    const readers = async (goal: string) => {
      const row = (await findGoal(db, cast.org.organizationId, goalIds[goal]!))!;
      const names: string[] = [];
      for (const [viewer, actor] of Object.entries(viewers))
        if (
          actor.organizationId === cast.org.organizationId &&
          (await goalAccess.policyFor(db, actor, row)).policy.read
        )
          names.push(viewer);
      return names.sort();
    };
    expect(await readers('salesPrivate')).toEqual(['ceo', 'hr', 'salesLead', 'salesRep']);
    expect(await readers('employeePrivate')).toEqual(['ceo', 'employee', 'hr', 'manager', 'skip']);
  });
});
