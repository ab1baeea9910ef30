import type { GoalSummary } from '../../../contracts/goals';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { goalReach } from './policy';
import { presentGoalSummary } from './present';
import { listPersonGoals, listTeamGoals } from './queries';

/**
 * One page of the goals screen (`/api/goals` and its download share it): the caller's own goals or
 * their direct reports', within the caller's reach, so a goal the caller may not read never shows.
 */
export async function goalListPage(
  db: Db,
  actor: Actor,
  query: { scope: 'mine' | 'team'; current: boolean; today: string; page: number; pageSize: number },
): Promise<{ items: GoalSummary[]; total: number }> {
  if (!actor.personId) return { items: [], total: 0 };
  const { scope, ...input } = query;
  const reach = goalReach(actor);
  const { rows, total } =
    scope === 'team'
      ? await listTeamGoals(db, actor, reach, input)
      : await listPersonGoals(db, actor, reach, { ...input, personId: actor.personId });
  return { items: rows.map(presentGoalSummary), total };
}
