import type { GoalAbilities } from '../../../contracts/goals';
import type { Actor } from '../../platform/auth/actor';
import type { GoalLevel, GoalStatus, GoalVisibility } from './tables';

/**
 * How the caller stands to a goal's owner:
 * - owner: the caller owns the personal goal;
 * - manager: the caller manages the owner (directly or further up), or manages someone in the
 *   owning department;
 * - member: the caller belongs to the owning department;
 * - none: anyone else (every company goal is 'none').
 */
export type GoalRelation = 'owner' | 'manager' | 'member' | 'none';

export interface GoalFacts {
  level: GoalLevel;
  visibility: GoalVisibility;
  status: GoalStatus;
}

/**
 * Who may do what with one goal (SPEC S3.1, S1). Private goals are read by their owner (or the
 * owning department), the manager chain and HR; public goals by everyone in the organisation.
 * Company goals are HR's; department goals are HR's and the department's managers'; personal goals
 * are the owner's, their managers' and HR's. Approvers, coaches and org admins get nothing beyond
 * what any colleague has: goals are performance data.
 */
export function goalPolicy(actor: Actor, goal: GoalFacts, relation: GoalRelation) {
  const hr = actor.roles.has('hr_admin');
  const read = goal.visibility === 'public' || hr || relation !== 'none';
  const steward = read && mayStewardGoal(actor, goal.level, relation);
  const abilities: GoalAbilities = {
    // Editing stays open after completion or cancellation, so a goal can be reopened.
    edit: steward,
    checkIn: steward && goal.status === 'active',
    // Others align their own goals under a visible, active company or department goal.
    addChild: read && goal.status === 'active' && goal.level !== 'personal',
  };
  return { read, ...abilities };
}

/** Who may create or change a goal at this level for an owner they stand to in this way. */
export function mayStewardGoal(actor: Actor, level: GoalLevel, relation: GoalRelation): boolean {
  if (actor.roles.has('hr_admin')) return true;
  if (level === 'company') return false;
  if (level === 'department') return relation === 'manager';
  return relation === 'owner' || relation === 'manager';
}

/** Whether a private goal's read is another person's performance record (logged, SPEC S1.5). */
export const readIsLogged = (
  goal: { level: GoalLevel; visibility: GoalVisibility },
  relation: GoalRelation,
) => goal.level === 'personal' && goal.visibility === 'private' && relation !== 'owner';

export const goalTemplatePolicy = {
  /** HR writes templates; managers read them to assign to their reports. */
  list: (actor: Actor, standing: { isManager: boolean }) => actor.roles.has('hr_admin') || standing.isManager,
  manage: (actor: Actor) => actor.roles.has('hr_admin'),
  assign: (actor: Actor, standing: { isManager: boolean }) =>
    actor.roles.has('hr_admin') || standing.isManager,
  /** HR may assign to anyone; a manager only inside their own reporting tree. */
  assignAnyone: (actor: Actor) => actor.roles.has('hr_admin'),
};

export const performanceAreaPolicy = {
  manage: (actor: Actor) => actor.roles.has('hr_admin'),
  /** A person's areas: their own, their reports' (any depth), anyone's for HR. */
  readFor: (actor: Actor, relation: 'self' | 'direct_manager' | 'skip_level_manager' | 'colleague') =>
    actor.roles.has('hr_admin') || relation !== 'colleague',
};
