import { and, asc, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { type PersonRef, peopleRefs } from '../../org/peopleRefs';
import { people } from '../../org/tables';
import { type Db, queryRows } from '../../platform/db/client';
import { developmentActions, developmentGoals, developmentPlans, developmentPlanUpdates } from './tables';

export type PlanRow = typeof developmentPlans.$inferSelect;
export type GoalRow = typeof developmentGoals.$inferSelect;
export type ActionRow = typeof developmentActions.$inferSelect;
export type UpdateRow = typeof developmentPlanUpdates.$inferSelect;

export async function findPlan(
  db: Db,
  organizationId: string,
  planId: string,
  forUpdate = false,
): Promise<PlanRow | null> {
  const query = db
    .select()
    .from(developmentPlans)
    .where(and(eq(developmentPlans.organizationId, organizationId), eq(developmentPlans.id, planId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** The caller's own plans, most recently active first. */
export async function listOwnPlans(
  db: Db,
  organizationId: string,
  ownerId: string,
  page: number,
  pageSize: number,
) {
  const where = and(
    eq(developmentPlans.organizationId, organizationId),
    eq(developmentPlans.ownerId, ownerId),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(developmentPlans)
      .where(where)
      .orderBy(
        sql`CASE ${developmentPlans.status} WHEN 'active' THEN 0 WHEN 'draft' THEN 1 WHEN 'completed' THEN 2 ELSE 3 END`,
        desc(developmentPlans.lastActivityAt),
        asc(developmentPlans.id),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(developmentPlans).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/**
 * Plans shared with the caller by their direct reports. Same rule as `planPolicy`: shared with
 * this person, and the owner still reports to them (a changed manager loses sight of it).
 */
export async function listSharedWithManager(
  db: Db,
  organizationId: string,
  managerId: string,
  page: number,
  pageSize: number,
) {
  const where = and(
    eq(developmentPlans.organizationId, organizationId),
    eq(developmentPlans.sharedWithId, managerId),
    isNotNull(developmentPlans.sharedAt),
    eq(people.managerId, managerId),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ plan: developmentPlans })
      .from(developmentPlans)
      .innerJoin(people, eq(people.id, developmentPlans.ownerId))
      .where(where)
      .orderBy(asc(people.givenName), asc(people.familyName), desc(developmentPlans.lastActivityAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(developmentPlans)
      .innerJoin(people, eq(people.id, developmentPlans.ownerId))
      .where(where),
  ]);
  return { rows: rows.map((r) => r.plan), total: Number(total?.n ?? 0) };
}

export interface ProgressCounts {
  actionsTotal: number;
  actionsDone: number;
  openActions: number;
  percent: number;
}

export function progressOf(actions: { status: string }[]): ProgressCounts {
  const counted = actions.filter((a) => a.status !== 'dropped');
  const done = counted.filter((a) => a.status === 'done').length;
  return {
    actionsTotal: counted.length,
    actionsDone: done,
    openActions: counted.length - done,
    percent: counted.length === 0 ? 0 : Math.round((done / counted.length) * 100),
  };
}

/** Progress and goal counts of many plans in two queries. */
export async function planStats(db: Db, planIds: string[]) {
  const stats = new Map<string, ProgressCounts & { goalCount: number }>();
  if (planIds.length === 0) return stats;
  const [actions, goals] = await Promise.all([
    db
      .select({ planId: developmentActions.planId, status: developmentActions.status })
      .from(developmentActions)
      .where(inArray(developmentActions.planId, planIds)),
    db
      .select({ planId: developmentGoals.planId, n: count() })
      .from(developmentGoals)
      .where(inArray(developmentGoals.planId, planIds))
      .groupBy(developmentGoals.planId),
  ]);
  for (const id of planIds) {
    const goalCount = Number(goals.find((g) => g.planId === id)?.n ?? 0);
    stats.set(id, { ...progressOf(actions.filter((a) => a.planId === id)), goalCount });
  }
  return stats;
}

export async function planContents(db: Db, planId: string) {
  const [goals, actions, updates] = await Promise.all([
    db
      .select()
      .from(developmentGoals)
      .where(eq(developmentGoals.planId, planId))
      .orderBy(asc(developmentGoals.position), asc(developmentGoals.createdAt)),
    db
      .select()
      .from(developmentActions)
      .where(eq(developmentActions.planId, planId))
      .orderBy(asc(developmentActions.createdAt), asc(developmentActions.id)),
    db
      .select()
      .from(developmentPlanUpdates)
      .where(eq(developmentPlanUpdates.planId, planId))
      .orderBy(desc(developmentPlanUpdates.createdAt), desc(developmentPlanUpdates.id))
      .limit(200),
  ]);
  return { goals, actions, updates };
}

export async function openActionsOf(db: Db, planId: string, actionIds?: string[]) {
  const conditions = [
    eq(developmentActions.planId, planId),
    inArray(developmentActions.status, ['planned', 'in_progress']),
  ];
  if (actionIds) conditions.push(inArray(developmentActions.id, actionIds));
  return db
    .select({
      id: developmentActions.id,
      title: developmentActions.title,
      kind: developmentActions.kind,
      dueDate: developmentActions.dueDate,
    })
    .from(developmentActions)
    .where(and(...conditions))
    .orderBy(asc(developmentActions.createdAt));
}

export async function directManagerOf(db: Db, organizationId: string, personId: string) {
  const [row] = await db
    .select({ managerId: people.managerId })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)));
  return row?.managerId ?? null;
}

/**
 * HR coverage (cross-part contract 3): per department, people not terminated and how many of them
 * own an active plan. Counts only — no titles, no names, no content.
 */
export async function planCoverage(db: Db, organizationId: string, page: number, pageSize: number) {
  const rows = await queryRows<{
    department_id: string | null;
    department_name: string | null;
    people: number;
    with_active_plan: number;
    total: number;
  }>(
    db,
    sql`SELECT p.department_id, d.name AS department_name, count(*)::int AS people,
               count(*) FILTER (WHERE EXISTS (
                 SELECT 1 FROM development_plans dp WHERE dp.owner_id = p.id AND dp.status = 'active'))::int
                 AS with_active_plan,
               count(*) OVER ()::int AS total
          FROM people p LEFT JOIN departments d ON d.id = p.department_id
         WHERE p.organization_id = ${organizationId} AND p.status <> 'terminated'
         GROUP BY p.department_id, d.name
         ORDER BY d.name NULLS LAST
         LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  );
  return {
    rows: rows.map((row) => ({
      departmentId: row.department_id,
      departmentName: row.department_name,
      people: Number(row.people),
      withActivePlan: Number(row.with_active_plan),
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}

export { type PersonRef, peopleRefs };
