import { issue } from '../../../contracts/issues';
import { AppError } from '../../platform/errors/appError';
import { defineAccess, defineReach } from '../../platform/policy/access';
import { managerStanding } from '../../platform/policy/relations';
import { findGoalTemplate, findPerformanceArea } from './catalogueQueries';
import { goalPolicy, goalTemplateAbilities, performanceAreaPolicy, personGoalsReach } from './policy';
import { findGoal } from './queries';
import { goalRelation } from './visibility';

/**
 * The one door to a goal (GUIDE 12), its key results and its check-ins: reads, edits and check-ins
 * pass here. Someone else's private personal goal is logged for its owner when read or changed.
 */
export const goalAccess = defineAccess({
  name: 'Goal',
  dataClass: 'performance',
  resource: 'goal',
  load: findGoal,
  subjectOf: (row) => row.goal.ownerPersonId,
  relate: (db, actor, row) => goalRelation(db, actor, row.goal),
  policy: (actor, row, relation) => goalPolicy(actor, row.goal, relation),
  version: (row) => row.goal.version,
  // A steward checking in on a completed or cancelled goal hears why, not that their role may not.
  refusal: (action, policy) =>
    action === 'checkIn' && policy.edit
      ? new AppError('invalid_state', issue('checkInsActiveOnly'))
      : undefined,
});

/**
 * What of one person's goals the caller lists: the visibilities `goalReach` gives at their standing
 * to the person. Logged for the person when it takes in private goals.
 */
export const personGoalsAccess = defineReach({
  dataClass: 'performance',
  resource: 'goals',
  reach: personGoalsReach,
  logged: (visibilities) => visibilities.includes('private'),
});

/** A person's key performance areas and KPIs: their own, their managers' (any depth), HR's. */
export const personPerformanceAreasAccess = defineReach({
  dataClass: 'performance',
  resource: 'performance_areas',
  reach: (actor, relation) => (relation && performanceAreaPolicy.readFor(actor, relation) ? 'all' : 'none'),
});

/** The one door to a goal template: HR and managers use it; HR edits it. Templates hold no one's data. */
export const goalTemplateAccess = defineAccess({
  name: 'Goal template',
  dataClass: 'performance',
  resource: 'goal template',
  load: findGoalTemplate,
  subjectOf: () => null,
  relate: (db, actor) => managerStanding(db, actor.personId),
  policy: (actor, _template, standing) => ({ ...goalTemplateAbilities(actor, standing), logAccess: false }),
  version: (template) => template.version,
});

/** The one door to a key performance area: HR changes it, version-checked. */
export const performanceAreaAccess = defineAccess({
  name: 'Performance area',
  dataClass: 'performance',
  resource: 'performance area',
  load: findPerformanceArea,
  subjectOf: () => null,
  policy: (actor) => ({ ...performanceAreaPolicy.area(actor), logAccess: false }),
  version: (area) => area.version,
});
