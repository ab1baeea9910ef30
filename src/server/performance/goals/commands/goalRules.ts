import { and, eq, sql } from 'drizzle-orm';
import type { CreateGoalRequest } from '../../../../contracts/goals';
import { type IssueCode, issue } from '../../../../contracts/issues';
import { departments, people } from '../../../org/tables';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';
import { notFound, validationFailed } from '../../../platform/errors/appError';
import { keyResultProgress } from '../readForReview';
import { type GoalLevel, goals } from '../tables';
import { goalScope } from '../visibility';

/** A goal's progress: the mean of its key results' progress (0 without key results). */
export function goalProgress(krs: { startValue: number; targetValue: number; currentValue: number }[]) {
  if (krs.length === 0) return 0;
  const sum = krs.reduce((total, kr) => total + keyResultProgress(kr), 0);
  return Math.round((sum / krs.length) * 100) / 100;
}

/** Which level a parent may have for a child of this level (company → department → personal). */
const parentLevels: Record<GoalLevel, GoalLevel[]> = {
  company: [],
  department: ['company'],
  personal: ['company', 'department'],
};
const parentLevelIssue = {
  company: 'companyGoalNoParent',
  department: 'departmentGoalParent',
  personal: 'personalGoalParent',
} as const satisfies Record<GoalLevel, IssueCode>;

/**
 * A parent must be an active goal of the organisation within the caller's reach, at a higher level,
 * and (on edit) never the goal itself or one of its descendants.
 */
export async function assertParent(
  tx: Db,
  actor: Actor,
  input: { parentId: string | null | undefined; level: GoalLevel; goalId?: string },
) {
  if (!input.parentId) return;
  const [parent] = await tx
    .select()
    .from(goals)
    .where(and(eq(goals.id, input.parentId), eq(goals.organizationId, actor.organizationId)));
  const scope = goalScope(actor);
  const [visible] = parent
    ? await queryRows<{ ok: boolean }>(
        tx,
        sql`WITH RECURSIVE ${scope.managedCte} SELECT ${scope.visible('g')} AS ok FROM goals g WHERE g.id = ${parent.id}`,
      )
    : [];
  if (!parent || !visible?.ok) {
    throw validationFailed({ parentId: issue('goalParentUnseen') });
  }
  if (!parentLevels[input.level].includes(parent.level)) {
    throw validationFailed({ parentId: issue(parentLevelIssue[input.level]) });
  }
  if (parent.status !== 'active') throw validationFailed({ parentId: issue('goalParentInactive') });
}

/** The owner named in a create request must exist in the organisation and fit the level. */
export async function assertOwner(tx: Db, actor: Actor, input: CreateGoalRequest) {
  if (input.level === 'company') {
    if (input.ownerPersonId || input.ownerDepartmentId)
      throw validationFailed({ level: issue('companyGoalNoOwner') });
    return;
  }
  if (input.level === 'department') {
    if (!input.ownerDepartmentId) throw validationFailed({ ownerDepartmentId: issue('chooseDepartment') });
    const [found] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(
        and(
          eq(departments.id, input.ownerDepartmentId),
          eq(departments.organizationId, actor.organizationId),
        ),
      );
    if (!found) throw validationFailed({ ownerDepartmentId: issue('departmentForeign') });
    return;
  }
  if (!input.ownerPersonId) throw validationFailed({ ownerPersonId: issue('chooseOwnerPerson') });
  const [found] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, input.ownerPersonId), eq(people.organizationId, actor.organizationId)));
  if (!found) throw notFound('Person');
}

export function assertPeriod(input: { periodStart: string; periodEnd: string }) {
  if (input.periodStart > input.periodEnd)
    throw validationFailed({ periodEnd: issue('periodEndNotBeforeStart') });
}
