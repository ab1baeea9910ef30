import { and, eq, sql } from 'drizzle-orm';
import type { GoalAbilities } from '../../../../contracts/goals';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { forbidden, notFound, versionConflict } from '../../../platform/errors/appError';
import { goals } from '../tables';
import { decideGoal } from '../visibility';

/**
 * Locks a goal for a change (SELECT … FOR UPDATE), checks the editor's version and the ability.
 * Invisible goals are 404; visible goals the caller may not change are 403; stale versions 409.
 */
export async function lockGoalFor(
  tx: Db,
  actor: Actor,
  goalId: string,
  ability: keyof GoalAbilities,
  version: number,
) {
  const [goal] = await tx
    .select()
    .from(goals)
    .where(and(eq(goals.id, goalId), eq(goals.organizationId, actor.organizationId)))
    .for('update');
  if (!goal) throw notFound('Goal');
  const { policy } = await decideGoal(tx, actor, goal);
  if (!policy.read) throw notFound('Goal');
  if (!policy[ability]) throw forbidden();
  if (goal.version !== version) throw versionConflict(goal.version);
  return goal;
}

export const bumpVersion = sql`${goals.version} + 1`;
