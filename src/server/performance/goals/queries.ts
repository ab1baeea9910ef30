import type { SQL } from 'drizzle-orm';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { departments, people } from '../../org/tables';
import type { Actor } from '../../platform/auth/actor';
import { type Db, queryRows } from '../../platform/db/client';
import type { GoalReach } from './policy';
import { goalCheckIns, goals, keyResults } from './tables';
import { goalScope } from './visibility';

/** One goal as lists and trees show it; childCount counts only children the caller may see. */
export interface GoalSummaryRow {
  id: string;
  title: string;
  level: 'company' | 'department' | 'personal';
  owner_person_id: string | null;
  owner_person_name: string | null;
  owner_department_id: string | null;
  owner_department_name: string | null;
  period_start: string;
  period_end: string;
  visibility: 'public' | 'private';
  status: 'active' | 'completed' | 'cancelled';
  health: 'on_track' | 'at_risk' | 'off_track' | null;
  progress: number;
  parent_id: string | null;
  child_count: number;
  total: number;
}

/**
 * A page of goals matching `where` (over alias g) within the caller's reach (`goalReach`), newest
 * period first or by title. One query: the reach, child counts and the total are computed in the
 * database.
 */
async function pageOfVisibleGoals(
  db: Db,
  actor: Actor,
  reach: GoalReach,
  where: SQL,
  options: { page: number; pageSize: number; order: 'period' | 'title' },
) {
  const scope = goalScope(actor, reach);
  const order =
    options.order === 'period'
      ? sql`g.period_end DESC, g.title, g.id`
      : sql`CASE g.level WHEN 'company' THEN 0 WHEN 'department' THEN 1 ELSE 2 END, g.title, g.id`;
  const rows = await queryRows<GoalSummaryRow>(
    db,
    sql`WITH RECURSIVE ${scope.managedCte}
    SELECT g.id, g.title, g.level, g.owner_person_id,
           CASE WHEN op.id IS NULL THEN NULL ELSE op.given_name || ' ' || op.family_name END AS owner_person_name,
           g.owner_department_id, od.name AS owner_department_name,
           g.period_start::text AS period_start, g.period_end::text AS period_end,
           g.visibility, g.status, g.health, g.progress::float8 AS progress, g.parent_id,
           (SELECT count(*)::int FROM goals c WHERE c.parent_id = g.id AND ${scope.visible('c')}) AS child_count,
           count(*) OVER ()::int AS total
      FROM goals g
      LEFT JOIN people op ON op.id = g.owner_person_id
      LEFT JOIN departments od ON od.id = g.owner_department_id
     WHERE g.organization_id = ${actor.organizationId} AND ${where} AND ${scope.visible('g')}
     ORDER BY ${order}
     LIMIT ${options.pageSize} OFFSET ${(options.page - 1) * options.pageSize}`,
  );
  return { rows, total: rows[0]?.total ?? 0 };
}

const currentOnly = (current: boolean, today: string) =>
  current ? sql`g.period_start <= ${today}::date AND g.period_end >= ${today}::date` : sql`TRUE`;

export function listPersonGoals(
  db: Db,
  actor: Actor,
  reach: GoalReach,
  input: { personId: string; current: boolean; today: string; page: number; pageSize: number },
) {
  return pageOfVisibleGoals(
    db,
    actor,
    reach,
    sql`g.owner_person_id = ${input.personId}::uuid AND g.status <> 'cancelled' AND ${currentOnly(input.current, input.today)}`,
    { ...input, order: 'period' },
  );
}

/** Personal goals of the caller's direct reports. */
export function listTeamGoals(
  db: Db,
  actor: Actor,
  reach: GoalReach,
  input: { current: boolean; today: string; page: number; pageSize: number },
) {
  return pageOfVisibleGoals(
    db,
    actor,
    reach,
    sql`g.owner_person_id IN (SELECT id FROM people WHERE manager_id = ${actor.personId}::uuid AND status <> 'terminated')
        AND g.status <> 'cancelled' AND ${currentOnly(input.current, input.today)}`,
    { ...input, order: 'period' },
  );
}

/** One level of the goal tree: company goals at the root, else the children of `parentId`. */
export function listTreeLevel(
  db: Db,
  actor: Actor,
  reach: GoalReach,
  input: { parentId: string | null; page: number; pageSize: number },
) {
  const where = input.parentId
    ? sql`g.parent_id = ${input.parentId}::uuid`
    : sql`g.parent_id IS NULL AND g.level = 'company'`;
  return pageOfVisibleGoals(db, actor, reach, sql`${where} AND g.status <> 'cancelled'`, {
    ...input,
    order: 'title',
  });
}

/** Active company and department goals the caller may see, to align a new goal under. */
export function listParentOptions(
  db: Db,
  actor: Actor,
  reach: GoalReach,
  input: { q?: string; forLevel: 'company' | 'department' | 'personal' },
) {
  const levels = input.forLevel === 'personal' ? sql`('company', 'department')` : sql`('company')`;
  const search = input.q ? sql`g.title ILIKE ${`%${input.q.replace(/[%_\\]/g, '\\$&')}%`}` : sql`TRUE`;
  return pageOfVisibleGoals(
    db,
    actor,
    reach,
    sql`g.level IN ${levels} AND g.status = 'active' AND ${search}`,
    { page: 1, pageSize: 50, order: 'title' },
  );
}

/**
 * The goal row with owner names and parent title; null when it is not in the organisation.
 * `forUpdate` locks the goal row for a change.
 */
export async function findGoal(db: Db, organizationId: string, goalId: string, forUpdate = false) {
  const parent = sql<string | null>`(SELECT p.title FROM goals p WHERE p.id = ${goals.parentId})`;
  const query = db
    .select({
      goal: goals,
      ownerPersonName: sql<
        string | null
      >`CASE WHEN ${people.id} IS NULL THEN NULL ELSE ${people.givenName} || ' ' || ${people.familyName} END`,
      ownerDepartmentName: departments.name,
      parentTitle: parent,
    })
    .from(goals)
    .leftJoin(people, eq(people.id, goals.ownerPersonId))
    .leftJoin(departments, eq(departments.id, goals.ownerDepartmentId))
    .where(and(eq(goals.id, goalId), eq(goals.organizationId, organizationId)))
    .limit(1);
  const [row] = forUpdate ? await query.for('update', { of: goals }) : await query;
  return row ?? null;
}
export type GoalRow = NonNullable<Awaited<ReturnType<typeof findGoal>>>;

export function keyResultsOf(db: Db, goalId: string) {
  return db.select().from(keyResults).where(eq(keyResults.goalId, goalId)).orderBy(asc(keyResults.position));
}

/** Children within the caller's reach of one goal (for the detail page's count). */
export async function visibleChildCount(db: Db, actor: Actor, reach: GoalReach, goalId: string) {
  const scope = goalScope(actor, reach);
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`WITH RECURSIVE ${scope.managedCte}
        SELECT count(*)::int AS n FROM goals c WHERE c.parent_id = ${goalId}::uuid AND c.status <> 'cancelled' AND ${scope.visible('c')}`,
  );
  return row?.n ?? 0;
}

/** Check-ins newest first (the first page is the latest; the chart reverses it), with author names. */
export async function listCheckIns(db: Db, goalId: string, page: number, pageSize: number) {
  const [rows, [count]] = await Promise.all([
    db
      .select({
        checkIn: goalCheckIns,
        authorGivenName: people.givenName,
        authorFamilyName: people.familyName,
      })
      .from(goalCheckIns)
      .leftJoin(people, eq(people.id, goalCheckIns.authorPersonId))
      .where(eq(goalCheckIns.goalId, goalId))
      .orderBy(desc(goalCheckIns.checkedInAt), desc(goalCheckIns.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(goalCheckIns)
      .where(eq(goalCheckIns.goalId, goalId)),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** Key results of many goals at once (batching for lists). */
export function keyResultsOfGoals(db: Db, goalIds: string[]) {
  if (goalIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(keyResults)
    .where(inArray(keyResults.goalId, goalIds))
    .orderBy(asc(keyResults.goalId), asc(keyResults.position));
}
