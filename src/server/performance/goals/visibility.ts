import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import { type Db, queryRows } from '../../platform/db/client';
import { type GoalRelation, goalPolicy } from './policy';
import type { GoalLevel, GoalStatus, GoalVisibility } from './tables';

/**
 * The caller's reach for goal queries, as SQL:
 * - `managedCte`: a recursive CTE named `managed` listing everyone the caller manages, any depth;
 * - `visible(alias)`: the read rule of `goalPolicy`, written as a predicate over a goals alias.
 * Lists and trees filter with it in the database so hidden goals are never loaded or counted;
 * `goal.visibility.test.ts` checks it agrees with the policy.
 */
export function goalScope(actor: Actor, actorDepartmentId: string | null) {
  const me = actor.personId;
  const hr = actor.roles.has('hr_admin');
  const managedCte = sql`managed(id) AS (
      SELECT id FROM people WHERE organization_id = ${actor.organizationId} AND ${me}::uuid IS NOT NULL AND manager_id = ${me}::uuid
      UNION
      SELECT p.id FROM people p JOIN managed m ON p.manager_id = m.id
    )`;
  const visible = (g: string): SQL => {
    const goal = sql.raw(g);
    if (hr) return sql`TRUE`;
    return sql`(${goal}.visibility = 'public'
      OR ${goal}.owner_person_id = ${me}::uuid
      OR ${goal}.owner_person_id IN (SELECT id FROM managed)
      OR ${goal}.owner_department_id = ${actorDepartmentId}::uuid
      OR ${goal}.owner_department_id IN (SELECT mp.department_id FROM people mp JOIN managed mm ON mm.id = mp.id))`;
  };
  return { managedCte, visible };
}

export async function actorDepartment(db: Db, actor: Actor): Promise<string | null> {
  if (!actor.personId) return null;
  const [row] = await queryRows<{ department_id: string | null }>(
    db,
    sql`SELECT department_id FROM people WHERE id = ${actor.personId} AND organization_id = ${actor.organizationId}`,
  );
  return row?.department_id ?? null;
}

/** How the caller stands to a goal's owner (see GoalRelation). One query. */
export async function goalRelation(
  db: Db,
  actor: Actor,
  owner: { ownerPersonId: string | null; ownerDepartmentId: string | null },
): Promise<GoalRelation> {
  if (!actor.personId) return 'none';
  if (owner.ownerPersonId === actor.personId) return 'owner';
  if (!owner.ownerPersonId && !owner.ownerDepartmentId) return 'none';
  const [row] = await queryRows<{ manages: boolean; member: boolean }>(
    db,
    sql`WITH RECURSIVE ${goalScope(actor, null).managedCte}
      SELECT EXISTS (
               SELECT 1 FROM managed m JOIN people p ON p.id = m.id
                WHERE p.id = ${owner.ownerPersonId}::uuid OR p.department_id = ${owner.ownerDepartmentId}::uuid
             ) AS manages,
             EXISTS (
               SELECT 1 FROM people WHERE id = ${actor.personId} AND department_id = ${owner.ownerDepartmentId}::uuid
             ) AS member`,
  );
  if (row?.manages) return 'manager';
  if (row?.member) return 'member';
  return 'none';
}

export interface LoadedGoalFacts {
  level: GoalLevel;
  visibility: GoalVisibility;
  status: GoalStatus;
  ownerPersonId: string | null;
  ownerDepartmentId: string | null;
}

/** The policy decision for a goal the caller is looking at. */
export async function decideGoal(db: Db, actor: Actor, goal: LoadedGoalFacts) {
  const relation = await goalRelation(db, actor, goal);
  return { relation, policy: goalPolicy(actor, goal, relation) };
}
