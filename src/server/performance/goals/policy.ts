import type { GoalAbilities } from '../../../contracts/goals';
import type { Actor } from '../../platform/auth/actor';
import { managesPerson, type Relation } from '../../platform/policy/relations';
import { type GoalLevel, type GoalStatus, type GoalVisibility, goalVisibilities } from './tables';

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
  return { read, logAccess: read && readIsLogged(goal, relation), ...abilities };
}

/**
 * The read rule of `goalPolicy` as a reach: for each way the caller may stand to a goal, the
 * visibilities they read. Every goal list, tree level, child count and parent check filters with
 * exactly this (`visibility.ts` turns it into SQL over the same relation `goalRelation` derives).
 * `policy.test.ts` holds it equal to `goalPolicy(…).read` for every role, relation, level,
 * visibility and status, and `reach.test.ts` holds the SQL equal to the guard on the database.
 */
export type GoalReach = Record<GoalRelation, readonly GoalVisibility[]>;

export function goalReach(actor: Actor): GoalReach {
  const everything = goalVisibilities;
  const publicOnly: readonly GoalVisibility[] = ['public'];
  return {
    owner: everything,
    manager: everything,
    member: everything,
    // HR reads performance records organisation-wide; everyone else reads others' public goals.
    none: actor.roles.has('hr_admin') ? everything : publicOnly,
  };
}

/**
 * How the caller stands to a person's *personal* goals, from their relation to the person: the
 * person themselves owns them, their managers (any depth) manage them, anyone else has no standing.
 */
export function personalGoalRelation(relation: Relation): GoalRelation {
  if (relation === 'self') return 'owner';
  return managesPerson(relation) ? 'manager' : 'none';
}

/**
 * What of one person's goals the caller lists: the visibilities their reach gives at their standing
 * to the person; 404 for someone outside the organisation.
 */
export function personGoalsReach(
  actor: Actor,
  relation: Relation | null,
): readonly GoalVisibility[] | 'none' {
  return relation === null ? 'none' : goalReach(actor)[personalGoalRelation(relation)];
}

/** Who may create or change a goal at this level for an owner they stand to in this way. */
export function mayStewardGoal(actor: Actor, level: GoalLevel, relation: GoalRelation): boolean {
  if (actor.roles.has('hr_admin')) return true;
  if (level === 'company') return false;
  if (level === 'department') return relation === 'manager';
  return relation === 'owner' || relation === 'manager';
}

/**
 * Whether a read is another person's performance record (logged, SPEC S1.5): a private personal
 * goal read by someone but its owner. Public goals are what the owner shows everyone.
 */
export const readIsLogged = (
  goal: { level: GoalLevel; visibility: GoalVisibility },
  relation: GoalRelation,
) => goal.level === 'personal' && goal.visibility === 'private' && relation !== 'owner';

/**
 * One goal template: listed and used by HR and managers (anyone else: 404), edited by HR, assigned
 * by HR and managers (managers within their own reporting tree, see assignmentTargets).
 */
export function goalTemplateAbilities(actor: Actor, standing: { isManager: boolean }) {
  return {
    read: goalTemplatePolicy.list(actor, standing),
    edit: goalTemplatePolicy.manage(actor),
    assign: goalTemplatePolicy.assign(actor, standing),
  };
}

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
  /**
   * One area: the catalogue is the organisation's (people read theirs through their profile, not by
   * id), and HR changes it. Other roles are refused by role before any area is looked up (403).
   */
  area: (actor: Actor) => ({ read: true, manage: actor.roles.has('hr_admin') }),
  /** A person's areas: their own, their reports' (any depth), anyone's for HR. */
  readFor: (actor: Actor, relation: Relation) => actor.roles.has('hr_admin') || relation !== 'colleague',
};
