import type { CheckIn, GoalAbilities, GoalDetail, GoalSummary, KeyResult } from '../../../contracts/goals';
import type { GoalRow, GoalSummaryRow } from './queries';
import { keyResultProgress } from './readForReview';
import type { goalCheckIns, keyResults } from './tables';

const ref = (id: string | null, name: string | null) => (id && name !== null ? { id, name } : null);

export function presentGoalSummary(row: GoalSummaryRow): GoalSummary {
  return {
    id: row.id,
    title: row.title,
    level: row.level,
    ownerPerson: ref(row.owner_person_id, row.owner_person_name),
    ownerDepartment: ref(row.owner_department_id, row.owner_department_name),
    periodStart: row.period_start,
    periodEnd: row.period_end,
    visibility: row.visibility,
    status: row.status,
    health: row.health,
    progress: Number(row.progress),
    parentId: row.parent_id,
    childCount: Number(row.child_count),
  };
}

export function presentKeyResult(kr: typeof keyResults.$inferSelect): KeyResult {
  return {
    id: kr.id,
    title: kr.title,
    kind: kr.kind,
    currency: kr.currency,
    startValue: kr.startValue,
    targetValue: kr.targetValue,
    currentValue: kr.currentValue,
    progress: keyResultProgress(kr),
  };
}

export function presentGoalDetail(
  row: GoalRow,
  krs: (typeof keyResults.$inferSelect)[],
  abilities: GoalAbilities,
  childCount: number,
): GoalDetail {
  const { goal } = row;
  return {
    id: goal.id,
    title: goal.title,
    description: goal.description,
    level: goal.level,
    ownerPerson: ref(goal.ownerPersonId, row.ownerPersonName),
    ownerDepartment: ref(goal.ownerDepartmentId, row.ownerDepartmentName),
    periodStart: goal.periodStart,
    periodEnd: goal.periodEnd,
    visibility: goal.visibility,
    status: goal.status,
    health: goal.health,
    progress: Number(goal.progress),
    parentId: goal.parentId,
    parent: goal.parentId && row.parentTitle !== null ? { id: goal.parentId, title: row.parentTitle } : null,
    childCount,
    keyResults: krs.map(presentKeyResult),
    version: goal.version,
    lastCheckInAt: goal.lastCheckInAt ? new Date(goal.lastCheckInAt).toISOString() : null,
    abilities,
  };
}

export function presentCheckIn(row: {
  checkIn: typeof goalCheckIns.$inferSelect;
  authorGivenName: string | null;
  authorFamilyName: string | null;
}): CheckIn {
  const { checkIn } = row;
  return {
    id: checkIn.id,
    status: checkIn.status,
    comment: checkIn.comment,
    progress: Number(checkIn.progress),
    author:
      checkIn.authorPersonId && row.authorGivenName
        ? { id: checkIn.authorPersonId, name: `${row.authorGivenName} ${row.authorFamilyName}` }
        : null,
    checkedInAt: new Date(checkIn.checkedInAt).toISOString(),
    values: checkIn.values,
  };
}
