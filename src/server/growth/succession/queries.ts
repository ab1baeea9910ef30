import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { departments, people } from '../../org/tables';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import type { PlanStanding, PositionReach } from './policy';
import { keyPositionReviewers, keyPositions, successionCandidates } from './tables';

export type KeyPositionRow = typeof keyPositions.$inferSelect;

export async function findKeyPosition(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(keyPositions)
    .where(and(eq(keyPositions.id, id), eq(keyPositions.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** The caller's standing to one plan: HR, designated reviewer, named on it (one round trip). */
export async function planStanding(db: Db, actor: Actor, row: KeyPositionRow): Promise<PlanStanding> {
  const hr = actor.roles.has('hr_admin');
  const me = actor.personId;
  if (!me) return { hr, reviewer: false, named: false };
  const [found] = await db
    .select({
      reviewer: sql<boolean>`EXISTS (SELECT 1 FROM key_position_reviewers WHERE position_id = ${row.id} AND person_id = ${me})`,
      onSlate: sql<boolean>`EXISTS (SELECT 1 FROM succession_candidates WHERE position_id = ${row.id} AND person_id = ${me})`,
    })
    .from(sql`(SELECT 1) AS one`);
  return {
    hr,
    reviewer: Boolean(found?.reviewer),
    named: row.incumbentId === me || Boolean(found?.onSlate),
  };
}

/** The reach as a filter on `key_positions` (see `positionReach`). */
export function reachFilter(organizationId: string, reach: PositionReach): SQL {
  if (reach.kind === 'none') return sql`false`;
  const me = reach.excludePersonId;
  const designated =
    reach.kind === 'designated'
      ? sql`AND EXISTS (SELECT 1 FROM key_position_reviewers r WHERE r.position_id = ${keyPositions.id} AND r.person_id = ${me})`
      : sql``;
  const notNamed = me
    ? sql`AND ${keyPositions.incumbentId} IS DISTINCT FROM ${me}
          AND NOT EXISTS (SELECT 1 FROM succession_candidates c WHERE c.position_id = ${keyPositions.id} AND c.person_id = ${me})`
    : sql``;
  return sql`${keyPositions.organizationId} = ${organizationId} ${designated} ${notNamed}`;
}

const incumbent = alias(people, 'incumbent');
const summaryColumns = {
  position: keyPositions,
  departmentName: departments.name,
  incumbentGivenName: incumbent.givenName,
  incumbentFamilyName: incumbent.familyName,
  incumbentJobTitle: incumbent.jobTitle,
  successorCount:
    sql<number>`(SELECT count(*) FROM succession_candidates c WHERE c.position_id = ${keyPositions.id})`.mapWith(
      Number,
    ),
  readyNowCount:
    sql<number>`(SELECT count(*) FROM succession_candidates c WHERE c.position_id = ${keyPositions.id} AND c.readiness = 'ready_now')`.mapWith(
      Number,
    ),
  hasInterim: sql<boolean>`EXISTS (SELECT 1 FROM succession_candidates c WHERE c.position_id = ${keyPositions.id} AND c.interim)`,
};

const criticalityOrder = sql`CASE ${keyPositions.criticality} WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`;

function summaries(db: Db) {
  return db
    .select(summaryColumns)
    .from(keyPositions)
    .leftJoin(departments, eq(departments.id, keyPositions.departmentId))
    .leftJoin(incumbent, eq(incumbent.id, keyPositions.incumbentId));
}

export type PositionSummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['where']>>[number];

/** The positions the reach lets through, most critical first, a page at a time. */
export async function listKeyPositions(
  db: Db,
  options: { organizationId: string; reach: PositionReach; page: number; pageSize: number },
) {
  const where = reachFilter(options.organizationId, options.reach);
  const [rows, [count]] = await Promise.all([
    summaries(db)
      .where(where)
      .orderBy(criticalityOrder, asc(keyPositions.title), asc(keyPositions.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(keyPositions)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** Every position the reach lets through, for bench strength (a bench is a few dozen roles). */
export function allKeyPositions(db: Db, organizationId: string, reach: PositionReach) {
  return summaries(db)
    .where(reachFilter(organizationId, reach))
    .orderBy(criticalityOrder, asc(keyPositions.title));
}

export async function positionSummary(db: Db, id: string) {
  const [row] = await summaries(db).where(eq(keyPositions.id, id));
  return row!;
}

const personColumns = {
  id: people.id,
  givenName: people.givenName,
  familyName: people.familyName,
  jobTitle: people.jobTitle,
};

export async function reviewersOf(db: Db, positionId: string) {
  return db
    .select(personColumns)
    .from(keyPositionReviewers)
    .innerJoin(people, eq(people.id, keyPositionReviewers.personId))
    .where(eq(keyPositionReviewers.positionId, positionId))
    .orderBy(asc(people.familyName), asc(people.givenName));
}

export async function slateOf(db: Db, positionId: string) {
  return db
    .select({
      candidate: successionCandidates,
      person: personColumns,
    })
    .from(successionCandidates)
    .innerJoin(people, eq(people.id, successionCandidates.personId))
    .where(eq(successionCandidates.positionId, positionId))
    .orderBy(asc(successionCandidates.rank));
}

/** Successors on the given positions (bench strength), with their names. */
export async function candidatesOn(db: Db, positionIds: string[]) {
  if (positionIds.length === 0) return [];
  return db
    .select({
      positionId: successionCandidates.positionId,
      readiness: successionCandidates.readiness,
      person: personColumns,
    })
    .from(successionCandidates)
    .innerJoin(people, eq(people.id, successionCandidates.personId))
    .where(inArray(successionCandidates.positionId, positionIds));
}

/** People of the organisation who are not terminated, among the given ids. */
export async function currentPeople(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.organizationId, organizationId),
        inArray(people.id, ids),
        sql`${people.status} <> 'terminated'`,
      ),
    );
  return new Set(rows.map((row) => row.id));
}

export async function departmentInOrganization(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.id, id), eq(departments.organizationId, organizationId)));
  return row !== undefined;
}

/** Plans that name a person, as incumbent or successor (for HR's export on request). */
export async function planIdsNaming(db: Db, organizationId: string, personId: string) {
  const rows = await db
    .select({ id: keyPositions.id })
    .from(keyPositions)
    .where(
      and(
        eq(keyPositions.organizationId, organizationId),
        sql`(${keyPositions.incumbentId} = ${personId} OR EXISTS (SELECT 1 FROM succession_candidates c WHERE c.position_id = ${keyPositions.id} AND c.person_id = ${personId}))`,
      ),
    )
    .orderBy(asc(keyPositions.title));
  return rows.map((row) => row.id);
}
