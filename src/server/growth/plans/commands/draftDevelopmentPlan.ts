import { recordAuditEvent } from '../../../platform/audit/record';
import type { Db } from '../../../platform/db/client';
import { developmentGoals, developmentPlans, type PlanOrigin } from '../tables';

export interface DraftDevelopmentPlanInput {
  organizationId: string;
  /** The employee who owns the plan. */
  ownerId: string;
  /** For the audit event. */
  actorAccountId: string | null;
  title: string;
  goals: { title: string; description?: string; seededFromReview?: boolean }[];
  origin: PlanOrigin;
  /** E.g. the career conversation's id. */
  originRef?: string;
  /** "Seeded from your <label> review" (origin 'review' only). */
  seededFromLabel?: string;
}

/**
 * Creates a plan in status `draft`, not shared, with the given goals (cross-part contract 1: the
 * career-conversations part calls it when an outcome asks for a plan draft). Runs inside the
 * caller's transaction and opens none. The audit event records the shape, never the texts: an org
 * admin reading the trail must not learn the plan's content.
 */
export async function draftDevelopmentPlan(
  tx: Db,
  input: DraftDevelopmentPlanInput,
): Promise<{ planId: string }> {
  const [plan] = await tx
    .insert(developmentPlans)
    .values({
      organizationId: input.organizationId,
      ownerId: input.ownerId,
      title: input.title.trim().slice(0, 200) || 'Development plan',
      status: 'draft',
      origin: input.origin,
      originRef: input.originRef ?? null,
      seededFromLabel: input.origin === 'review' ? (input.seededFromLabel ?? null) : null,
    })
    .returning({ id: developmentPlans.id });
  const goals = input.goals.filter((goal) => goal.title.trim() !== '');
  if (goals.length > 0) {
    await tx.insert(developmentGoals).values(
      goals.map((goal, index) => ({
        organizationId: input.organizationId,
        planId: plan!.id,
        title: goal.title.trim().slice(0, 300),
        description: (goal.description ?? '').trim().slice(0, 4000),
        seededFromReview: goal.seededFromReview ?? false,
        position: index + 1,
      })),
    );
  }
  await recordAuditEvent(tx, {
    organizationId: input.organizationId,
    actorAccountId: input.actorAccountId,
    action: 'development_plan.drafted',
    targetType: 'development_plan',
    targetId: plan!.id,
    after: { ownerId: input.ownerId, origin: input.origin, goalCount: goals.length },
  });
  return { planId: plan!.id };
}
