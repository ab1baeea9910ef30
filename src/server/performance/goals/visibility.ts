import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import { type Db, queryRows } from '../../platform/db/client';
import { type GoalReach, type GoalRelation, goalReach } from './policy';
import { goalVisibilities } from './tables';

/**
 * How the caller stands to goals (see GoalRelation), written once as SQL over a goals alias:
 * - `managedCte`: a recursive CTE named `managed` listing everyone the caller manages, any depth;
 * - `relation(alias)`: the caller's GoalRelation to each goal row.
 * `goalRelation` evaluates the same expression for one goal, so a goal's single-item decision and
 * every list see the same relation; what each relation may read comes from `goalReach` (policy.ts).
 */
export function goalRelationSql(actor: Actor) {
  const me = actor.personId;
  const managedCte = sql`managed(id) AS (
      SELECT id FROM people WHERE organization_id = ${actor.organizationId} AND ${me}::uuid IS NOT NULL AND manager_id = ${me}::uuid
      UNION
      SELECT p.id FROM people p JOIN managed m ON p.manager_id = m.id
    )`;
  const relation = (g: string): SQL => {
    const goal = sql.raw(g);
    return sql`CASE
      WHEN ${goal}.owner_person_id = ${me}::uuid THEN 'owner'
      WHEN ${goal}.owner_person_id IN (SELECT id FROM managed)
        OR ${goal}.owner_department_id IN (SELECT mp.department_id FROM people mp JOIN managed mm ON mm.id = mp.id)
        THEN 'manager'
      WHEN ${goal}.owner_department_id =
        (SELECT department_id FROM people WHERE id = ${me}::uuid AND organization_id = ${actor.organizationId})
        THEN 'member'
      ELSE 'none' END`;
  };
  return { managedCte, relation };
}

const visibilityIn = (goal: SQL, visibilities: readonly string[]): SQL =>
  visibilities.length === 0
    ? sql`FALSE`
    : sql`${goal}.visibility IN (${sql.join(
        visibilities.map((v) => sql`${v}`),
        sql`, `,
      )})`;

/**
 * The caller's reach for goal queries, as SQL: `managedCte` for the WITH clause, and `visible(alias)`,
 * the filter "the reach at this goal's relation includes its visibility". A reach that reads every
 * visibility at every relation (HR) is no filter at all. `reach.test.ts` holds this filter equal to
 * the goal guard's decision for every viewer and kind of goal on the real database.
 */
export function goalScope(actor: Actor, reach: GoalReach = goalReach(actor)) {
  const { managedCte, relation } = goalRelationSql(actor);
  const readsAll = Object.values(reach).every((visibilities) =>
    goalVisibilities.every((v) => visibilities.includes(v)),
  );
  const visible = (g: string): SQL => {
    if (readsAll) return sql`TRUE`;
    const goal = sql.raw(g);
    return sql`(CASE ${relation(g)}
      WHEN 'owner' THEN ${visibilityIn(goal, reach.owner)}
      WHEN 'manager' THEN ${visibilityIn(goal, reach.manager)}
      WHEN 'member' THEN ${visibilityIn(goal, reach.member)}
      ELSE ${visibilityIn(goal, reach.none)} END)`;
  };
  return { managedCte, visible };
}

/** How the caller stands to one goal's owner (see GoalRelation). One query. */
export async function goalRelation(
  db: Db,
  actor: Actor,
  owner: { ownerPersonId: string | null; ownerDepartmentId: string | null },
): Promise<GoalRelation> {
  if (!actor.personId) return 'none';
  const { managedCte, relation } = goalRelationSql(actor);
  const [row] = await queryRows<{ relation: GoalRelation }>(
    db,
    sql`WITH RECURSIVE ${managedCte}
      SELECT ${relation('g')} AS relation
        FROM (SELECT ${owner.ownerPersonId}::uuid AS owner_person_id,
                     ${owner.ownerDepartmentId}::uuid AS owner_department_id) g`,
  );
  return row?.relation ?? 'none';
}
