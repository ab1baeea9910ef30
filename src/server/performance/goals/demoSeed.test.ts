import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganization } from '../../org/seed/demo';
import { demoAccounts } from '../../org/seed/demoRoster';
import { people } from '../../org/tables';
import type { Database } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { testDatabase } from '../../testing/database';
import { performanceAreasForPerson } from './catalogueQueries';
import { seedDemoGoals } from './demoSeed';
import { goalCheckIns, goals, goalTemplates, performanceAreas } from './tables';

let database: Database;
let organizationId: string;
const today = '2026-11-20';

beforeAll(async () => {
  database = await testDatabase();
  ({ organizationId } = await seedDemoOrganization(database.db));
  // The demo organisation may be shared with other test files: start this part from nothing.
  await database.db.delete(goals).where(eq(goals.organizationId, organizationId));
  await database.db.delete(goalTemplates).where(eq(goalTemplates.organizationId, organizationId));
  await database.db.delete(performanceAreas).where(eq(performanceAreas.organizationId, organizationId));
  await inTransaction(database.db, (tx) => seedDemoGoals(tx, { organizationId, today }));
}, 60_000);

describe('seedDemoGoals', () => {
  it('builds a company → department → personal tree', async () => {
    const rows = await database.db.select().from(goals).where(eq(goals.organizationId, organizationId));
    const byId = new Map(rows.map((goal) => [goal.id, goal]));
    const count = (level: string) => rows.filter((goal) => goal.level === level).length;
    expect(count('company')).toBe(3);
    expect(count('department')).toBeGreaterThanOrEqual(5);
    expect(count('personal')).toBeGreaterThan(30);
    for (const goal of rows.filter((g) => g.level === 'department')) {
      expect(byId.get(goal.parentId!)?.level).toBe('company');
    }
  });

  it('gives the demo employee three goals, one private, with a quarter of weekly check-ins', async () => {
    const [employee] = await database.db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.organizationId, organizationId), eq(people.email, demoAccounts.employee)));
    const mine = await database.db.select().from(goals).where(eq(goals.ownerPersonId, employee!.id));
    expect(mine).toHaveLength(3);
    expect(mine.filter((goal) => goal.visibility === 'private')).toHaveLength(1);
    const history = await database.db
      .select()
      .from(goalCheckIns)
      .where(eq(goalCheckIns.goalId, mine[0]!.id))
      .orderBy(goalCheckIns.checkedInAt);
    expect(history.length).toBeGreaterThanOrEqual(8);
    expect(history.length).toBeLessThanOrEqual(13);
    expect(history.at(-1)!.checkedInAt.toISOString() <= `${today}T23:59:59Z`).toBe(true);
    expect(history[0]!.checkedInAt.toISOString() >= '2026-08-20').toBe(true);
    expect(mine[0]!.health).toBe(history.at(-1)!.status);
  });

  it('mixes statuses and seeds a template and performance areas', async () => {
    const statuses = await database.db
      .select({ status: goalCheckIns.status, n: sql<number>`count(*)`.mapWith(Number) })
      .from(goalCheckIns)
      .where(eq(goalCheckIns.organizationId, organizationId))
      .groupBy(goalCheckIns.status);
    expect(statuses.map((s) => s.status).sort()).toEqual(['at_risk', 'off_track', 'on_track']);
    expect(
      await database.db.select().from(goalTemplates).where(eq(goalTemplates.organizationId, organizationId)),
    ).toHaveLength(1);
    const areas = await database.db
      .select()
      .from(performanceAreas)
      .where(eq(performanceAreas.organizationId, organizationId));
    expect(areas.length).toBeGreaterThanOrEqual(2);
  });

  it('shows the demo employee an area for their job title and one for their level', async () => {
    const [employee] = await database.db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.organizationId, organizationId), eq(people.email, demoAccounts.employee)));
    const areas = await performanceAreasForPerson(database.db, organizationId, employee!.id);
    expect(areas.some((area) => area.jobTitle !== null)).toBe(true);
    expect(areas.some((area) => area.level !== null)).toBe(true);
  });
});
