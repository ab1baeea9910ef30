import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import type { PlanRow } from '../queries';

/**
 * The shape of a plan for the audit trail, before and after each change: state, dates, who reads
 * which part, the revision, the outcome. The words (reason, expectations, responses) stay in the
 * plan and its revisions, which keep their own history; the trail proves who changed what when.
 */
export function planShape(plan: PlanRow, counts?: { expectations: number; supports: number }) {
  return {
    state: plan.state,
    startDate: plan.startDate,
    endDate: plan.endDate,
    reasonVisibleToEmployee: plan.reasonVisibleToEmployee,
    expectationsVisibility: plan.expectationsVisibility,
    supportVisibility: plan.supportVisibility,
    checkInsVisibility: plan.checkInsVisibility,
    checkInSchedule: plan.checkInSchedule,
    revision: plan.revision,
    outcome: plan.outcome,
    ...(counts ?? {}),
  };
}

export function recordPlanEvent(
  tx: Db,
  actor: Actor,
  event: { action: string; targetType?: string; targetId: string; before?: unknown; after?: unknown },
) {
  return recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorAccountId: actor.accountId,
    action: event.action,
    targetType: event.targetType ?? 'improvement_plan',
    targetId: event.targetId,
    before: event.before,
    after: event.after,
  });
}
