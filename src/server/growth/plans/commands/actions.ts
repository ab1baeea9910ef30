import { eq, sql } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import type { CreateActionRequest, UpdateActionRequest } from '../../../../contracts/plans';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed, versionConflict } from '../../../platform/errors/appError';
import { findLearningItems } from '../../learning/queries';
import type { PlanRow } from '../queries';
import { type ActionKind, developmentActions } from '../tables';
import { writeProgressUpdate } from './progressUpdates';
import { actionOfPlan, auditPlan, goalOfPlan, lockPlanFor, suggestPlanFollowUps, touchPlan } from './shared';

const learningKinds: ActionKind[] = ['course', 'certification'];

/** A catalogue link only on a course or certification, and only to an item of the organisation. */
async function checkLearningItem(
  tx: Db,
  plan: PlanRow,
  kind: ActionKind,
  learningItemId: string | null | undefined,
) {
  if (!learningItemId) return;
  if (!learningKinds.includes(kind)) throw validationFailed({ learningItemId: issue('learningLinkKind') });
  const [found] = await findLearningItems(tx, plan.organizationId, [learningItemId]);
  if (!found) throw validationFailed({ learningItemId: issue('chooseCatalogueItem') });
}

function checkDates(startDate: string | null | undefined, dueDate: string | null | undefined) {
  if (startDate && dueDate && startDate > dueDate)
    throw validationFailed({ dueDate: issue('dueBeforeStart') });
}

/** Adds an action to a goal; on a shared active plan it is suggested for the next 1:1 at once. */
export function addAction(
  db: Db,
  actor: Actor,
  planId: string,
  goalId: string,
  input: CreateActionRequest,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const plan = await lockPlanFor(tx, actor, planId, 'edit');
    await goalOfPlan(tx, planId, goalId);
    checkDates(input.startDate, input.dueDate);
    await checkLearningItem(tx, plan, input.kind, input.learningItemId);
    const [action] = await tx
      .insert(developmentActions)
      .values({
        organizationId: plan.organizationId,
        planId,
        goalId,
        kind: input.kind,
        title: input.title,
        startDate: input.startDate ?? null,
        dueDate: input.dueDate ?? null,
        learningItemId: input.learningItemId ?? null,
      })
      .returning({ id: developmentActions.id });
    await touchPlan(tx, planId);
    await suggestPlanFollowUps(tx, plan, [action!.id]);
    await auditPlan(tx, actor, 'development_action.added', 'development_action', action!.id, {
      planId,
      kind: input.kind,
    });
    return action!.id;
  });
}

/** Status, evidence, dates, kind, catalogue link; version-checked per action. */
export function updateAction(
  db: Db,
  actor: Actor,
  planId: string,
  actionId: string,
  input: UpdateActionRequest,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    const plan = await lockPlanFor(tx, actor, planId, 'edit');
    const action = await actionOfPlan(tx, planId, actionId);
    if (action.version !== input.version) throw versionConflict(action.version);
    const kind = input.kind ?? action.kind;
    const startDate = input.startDate !== undefined ? input.startDate : action.startDate;
    const dueDate = input.dueDate !== undefined ? input.dueDate : action.dueDate;
    checkDates(startDate, dueDate);
    const learningItemId =
      input.learningItemId !== undefined
        ? input.learningItemId
        : learningKinds.includes(kind)
          ? action.learningItemId
          : null;
    if (input.learningItemId !== undefined || input.kind !== undefined)
      await checkLearningItem(tx, plan, kind, learningItemId);
    const status = input.status ?? action.status;
    const completing = status === 'done' && action.status !== 'done';
    await tx
      .update(developmentActions)
      .set({
        kind,
        ...(input.title !== undefined ? { title: input.title } : {}),
        startDate,
        dueDate,
        status,
        ...(input.evidenceText !== undefined ? { evidenceText: input.evidenceText } : {}),
        ...(input.evidenceUrl !== undefined ? { evidenceUrl: input.evidenceUrl || null } : {}),
        learningItemId,
        completedAt: status === 'done' ? (completing ? sql`now()` : action.completedAt) : null,
        version: sql`${developmentActions.version} + 1`,
      })
      .where(eq(developmentActions.id, actionId));
    // Finishing an action is progress worth a line in the history (and a point on the chart).
    if (completing)
      await writeProgressUpdate(tx, actor, plan, {
        note: `Completed: ${action.title}`,
        goalId: action.goalId,
      });
    else await touchPlan(tx, planId);
    if (action.status === 'done' || action.status === 'dropped')
      await suggestPlanFollowUps(tx, plan, [actionId]);
    await auditPlan(tx, actor, 'development_action.updated', 'development_action', actionId, {
      planId,
      status,
    });
  });
}

export function removeAction(db: Db, actor: Actor, planId: string, actionId: string): Promise<void> {
  return inTransaction(db, async (tx) => {
    await lockPlanFor(tx, actor, planId, 'edit');
    await actionOfPlan(tx, planId, actionId);
    await tx.delete(developmentActions).where(eq(developmentActions.id, actionId));
    await touchPlan(tx, planId);
    await auditPlan(tx, actor, 'development_action.removed', 'development_action', actionId, { planId });
  });
}
