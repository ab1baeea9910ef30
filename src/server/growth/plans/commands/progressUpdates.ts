import { eq } from 'drizzle-orm';
import type { AddUpdateRequest } from '../../../../contracts/plans';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { type PlanRow, progressOf } from '../queries';
import { developmentActions, developmentPlanUpdates } from '../tables';
import { auditPlan, goalOfPlan, lockPlanFor, touchPlan } from './shared';

/**
 * A dated note in the plan's history. It snapshots the plan's progress at that moment, so the
 * history draws as a progress line without recomputing the past.
 */
export async function writeProgressUpdate(
  tx: Db,
  actor: Actor,
  plan: PlanRow,
  input: { note: string; goalId?: string | null },
): Promise<string> {
  if (input.goalId) await goalOfPlan(tx, plan.id, input.goalId);
  const actions = await tx
    .select({ status: developmentActions.status })
    .from(developmentActions)
    .where(eq(developmentActions.planId, plan.id));
  const [update] = await tx
    .insert(developmentPlanUpdates)
    .values({
      organizationId: plan.organizationId,
      planId: plan.id,
      goalId: input.goalId ?? null,
      authorId: actor.personId,
      note: input.note,
      progressPercent: progressOf(actions).percent,
    })
    .returning({ id: developmentPlanUpdates.id });
  await touchPlan(tx, plan.id);
  await auditPlan(tx, actor, 'development_plan.progress_noted', 'development_plan_update', update!.id, {
    planId: plan.id,
  });
  return update!.id;
}

export function addProgressUpdate(
  db: Db,
  actor: Actor,
  planId: string,
  input: AddUpdateRequest,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const plan = await lockPlanFor(tx, actor, planId, 'edit');
    return writeProgressUpdate(tx, actor, plan, input);
  });
}
