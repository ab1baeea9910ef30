import { and, eq, sql } from 'drizzle-orm';
import { findSeriesBetween, suggestNextAgendaItems } from '../../../performance/readApi';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { notFound } from '../../../platform/errors/appError';
import { planAccess } from '../access';
import { openActionsOf, type PlanRow } from '../queries';
import { type ActionKind, developmentActions, developmentGoals, developmentPlans } from '../tables';

/**
 * Loads a plan for a change through its guard, locked for the rest of the transaction: 404 for
 * whoever may not read it, 403 for a reader, the plan's state refusal for its owner, 409 when
 * `version` is stale.
 */
export async function lockPlanFor(
  tx: Db,
  actor: Actor,
  planId: string,
  ability: 'edit' | 'changeStatus' | 'share' | 'revoke',
  version?: number,
): Promise<PlanRow> {
  return (await planAccess.lockFor(tx, actor, planId, ability, version)).row;
}

/** A goal of the plan (404 otherwise). */
export async function goalOfPlan(tx: Db, planId: string, goalId: string) {
  const [goal] = await tx
    .select()
    .from(developmentGoals)
    .where(and(eq(developmentGoals.planId, planId), eq(developmentGoals.id, goalId)))
    .for('update');
  if (!goal) throw notFound('Development goal');
  return goal;
}

export async function actionOfPlan(tx: Db, planId: string, actionId: string) {
  const [action] = await tx
    .select()
    .from(developmentActions)
    .where(and(eq(developmentActions.planId, planId), eq(developmentActions.id, actionId)))
    .for('update');
  if (!action) throw notFound('Action');
  return action;
}

/** Any change counts as activity: it resets the 30-day silence the nudge job watches. */
export async function touchPlan(tx: Db, planId: string, bumpVersion = false) {
  const [row] = await tx
    .update(developmentPlans)
    .set({
      lastActivityAt: sql`now()`,
      updatedAt: sql`now()`,
      ...(bumpVersion ? { version: sql`${developmentPlans.version} + 1` } : {}),
    })
    .where(eq(developmentPlans.id, planId))
    .returning({ version: developmentPlans.version });
  return row!.version;
}

export const actionKindLabel: Record<ActionKind, string> = {
  stretch_assignment: 'Stretch assignment',
  course: 'Course',
  certification: 'Certification',
  mentoring: 'Mentoring',
  project: 'Project',
  shadowing: 'Shadowing',
  reading: 'Reading',
};

/**
 * Puts the plan's open actions (or just the given ones) on the "Next" section of the upcoming 1:1
 * between the owner and the manager the plan is shared with (SPEC S3.2, S4.4). Only a shared,
 * active plan suggests anything; the action id is the `sourceRef`, so repeating is harmless.
 * Returns how many items landed (0 when the two have no 1:1 series or no upcoming meeting).
 */
export async function suggestPlanFollowUps(tx: Db, plan: PlanRow, actionIds?: string[]): Promise<number> {
  if (!plan.sharedWithId || !plan.sharedAt || plan.status !== 'active') return 0;
  const seriesId = await findSeriesBetween(tx, {
    organizationId: plan.organizationId,
    personA: plan.ownerId,
    personB: plan.sharedWithId,
  });
  if (!seriesId) return 0;
  const open = await openActionsOf(tx, plan.id, actionIds);
  return suggestNextAgendaItems(tx, {
    seriesId,
    items: open.map((action) => ({
      text: `Development plan · ${actionKindLabel[action.kind]}: ${action.title}`,
      source: 'development_plan',
      sourceRef: action.id,
      dueOn: action.dueDate,
    })),
  });
}

/** Audit events for plans carry ids and shapes, never the owner's words (S1: admins read the trail). */
export function auditPlan(
  tx: Db,
  actor: Actor | { accountId: string | null; organizationId: string },
  action: string,
  targetType: 'development_plan' | 'development_goal' | 'development_action' | 'development_plan_update',
  targetId: string,
  after?: Record<string, unknown>,
) {
  return recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorAccountId: actor.accountId,
    action,
    targetType,
    targetId,
    after,
  });
}
