import { recordAccesses } from '../../platform/audit/accessLog';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { defineAccess, defineReach } from '../../platform/policy/access';
import { pipCreation, pipPolicy, pipRefusal } from './policy';
import { findPlan } from './queries';

/**
 * The one door to an improvement plan (GUIDE 12): every read and change of a plan, its check-ins,
 * revisions and responses passes here. Anyone outside the employee, their manager chain and HR gets
 * 404; a reader who may not take an action 403, or 409 when the plan's state is in the way; every
 * read and change by someone but the employee lands on the employee's access log.
 */
export const planAccess = defineAccess({
  name: 'Improvement plan',
  dataClass: 'performance',
  resource: 'improvement plan',
  load: findPlan,
  subjectOf: (row) => row.employeeId,
  policy: (actor, row, relation) => pipPolicy(actor, row, relation),
  version: (row) => row.version,
  refusal: (action, policy, _row, relation) => pipRefusal(action, policy, relation),
});

/**
 * Whether the caller may start a plan about a person: HR or the person's direct manager. Deciding
 * it reads nothing of the person's record, so it is not logged; another organisation's person is 404.
 */
export const planCreationAccess = defineReach({
  dataClass: 'performance',
  resource: 'improvement plans',
  reach: (actor, relation) => pipCreation(actor, relation),
  logged: () => false,
});

/**
 * A list of plans read (the list filters with `pipListReach`, held equal to this guard by
 * `reach.test.ts`): it names each person on a plan and the plan's state, so it is a read of each
 * one's record, logged for everyone but the caller (S1.5).
 */
export function recordPlanListRead(db: Db, actor: Actor, employeeIds: string[]) {
  return recordAccesses(
    db,
    actor,
    employeeIds.map((subjectPersonId) => ({
      subjectPersonId,
      dataClass: 'performance' as const,
      resource: 'improvement plans',
    })),
  );
}
