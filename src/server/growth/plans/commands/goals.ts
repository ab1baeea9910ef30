import { eq, sql } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import type { CreateGoalRequest, UpdateGoalRequest } from '../../../../contracts/plans';
import { findLinkableObjectives } from '../../../performance/readApi';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed, versionConflict } from '../../../platform/errors/appError';
import type { PlanRow } from '../queries';
import { developmentGoals } from '../tables';
import { auditPlan, goalOfPlan, lockPlanFor, touchPlan } from './shared';

/** Only an objective the owner may see can be linked (their own, their department's, the company's). */
async function checkObjective(tx: Db, plan: PlanRow, businessGoalId: string | null | undefined) {
  if (!businessGoalId) return;
  const [found] = await findLinkableObjectives(tx, {
    organizationId: plan.organizationId,
    personId: plan.ownerId,
    ids: [businessGoalId],
  });
  if (!found) throw validationFailed({ businessGoalId: issue('chooseObjective') });
}

export function addGoal(db: Db, actor: Actor, planId: string, input: CreateGoalRequest): Promise<string> {
  return inTransaction(db, async (tx) => {
    const plan = await lockPlanFor(tx, actor, planId, 'edit');
    await checkObjective(tx, plan, input.businessGoalId);
    const [{ max } = { max: 0 }] = await tx
      .select({ max: sql<number>`coalesce(max(${developmentGoals.position}), 0)`.mapWith(Number) })
      .from(developmentGoals)
      .where(eq(developmentGoals.planId, planId));
    const [goal] = await tx
      .insert(developmentGoals)
      .values({
        organizationId: plan.organizationId,
        planId,
        title: input.title,
        description: input.description ?? '',
        targetDate: input.targetDate ?? null,
        businessGoalId: input.businessGoalId ?? null,
        position: max + 1,
      })
      .returning({ id: developmentGoals.id });
    await touchPlan(tx, planId);
    await auditPlan(tx, actor, 'development_goal.added', 'development_goal', goal!.id, {
      planId,
      linkedToObjective: Boolean(input.businessGoalId),
    });
    return goal!.id;
  });
}

export function updateGoal(
  db: Db,
  actor: Actor,
  planId: string,
  goalId: string,
  input: UpdateGoalRequest,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    const plan = await lockPlanFor(tx, actor, planId, 'edit');
    const goal = await goalOfPlan(tx, planId, goalId);
    if (goal.version !== input.version) throw versionConflict(goal.version);
    await checkObjective(tx, plan, input.businessGoalId);
    await tx
      .update(developmentGoals)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.targetDate !== undefined ? { targetDate: input.targetDate } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.businessGoalId !== undefined ? { businessGoalId: input.businessGoalId } : {}),
        version: sql`${developmentGoals.version} + 1`,
      })
      .where(eq(developmentGoals.id, goalId));
    await touchPlan(tx, planId);
    await auditPlan(tx, actor, 'development_goal.updated', 'development_goal', goalId, {
      planId,
      status: input.status ?? goal.status,
    });
  });
}

export function removeGoal(db: Db, actor: Actor, planId: string, goalId: string): Promise<void> {
  return inTransaction(db, async (tx) => {
    await lockPlanFor(tx, actor, planId, 'edit');
    await goalOfPlan(tx, planId, goalId);
    await tx.delete(developmentGoals).where(eq(developmentGoals.id, goalId));
    await touchPlan(tx, planId);
    await auditPlan(tx, actor, 'development_goal.removed', 'development_goal', goalId, { planId });
  });
}
