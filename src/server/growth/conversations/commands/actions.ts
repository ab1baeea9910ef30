import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  addAgreedActionRequest,
  planFromConversationRequest,
} from '../../../../contracts/conversations';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, forbidden, notFound } from '../../../platform/errors/appError';
import { draftDevelopmentPlan } from '../../plans/commands/draftDevelopmentPlan';
import { conversationAccess } from '../access';
import { agreedActionPolicy } from '../policy';
import { careerConversationActions, careerConversations } from '../tables';

/** Either side writes down an action they agreed (not on a cancelled conversation). */
export async function addAgreedAction(
  db: Db,
  actor: Actor,
  conversationId: string,
  input: z.output<typeof addAgreedActionRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await conversationAccess.lockFor(tx, actor, conversationId, 'addAction');
    const [action] = await tx
      .insert(careerConversationActions)
      .values({
        organizationId: actor.organizationId,
        conversationId: row.id,
        authorId: actor.personId!,
        actionText: input.actionText,
      })
      .returning({ id: careerConversationActions.id });
    // The trail records that an action was added, never its words (S1: admins read the trail).
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'career_conversation.action_added',
      targetType: 'career_conversation',
      targetId: row.id,
      after: { actionId: action!.id },
    });
  });
}

/** Its author removes an agreed action; the employee may remove any on their conversation. */
export async function removeAgreedAction(db: Db, actor: Actor, conversationId: string, actionId: string) {
  await inTransaction(db, async (tx) => {
    // Participants only (others 404); nothing changes on a cancelled conversation (409).
    const { row, relation } = await conversationAccess.lockFor(tx, actor, conversationId, 'addAction');
    const [action] = await tx
      .select()
      .from(careerConversationActions)
      .where(
        and(eq(careerConversationActions.id, actionId), eq(careerConversationActions.conversationId, row.id)),
      )
      .for('update');
    const allowed = action ? agreedActionPolicy(actor, row, action, relation) : null;
    if (!action || !allowed?.read) throw notFound('Agreed action');
    if (!allowed.remove) throw forbidden();
    await tx.delete(careerConversationActions).where(eq(careerConversationActions.id, action.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'career_conversation.action_removed',
      targetType: 'career_conversation',
      targetId: row.id,
      after: { actionId: action.id },
    });
  });
}

/**
 * "Make a plan from this conversation": the employee drafts a development plan (theirs, private
 * until they share it, S1.4) with one goal per agreed action, once the conversation was held and
 * only once. The plan remembers where it came from (origin `career_conversation`).
 */
export async function makePlanFromConversation(
  db: Db,
  actor: Actor,
  conversationId: string,
  input: z.output<typeof planFromConversationRequest>,
): Promise<{ planId: string }> {
  return inTransaction(db, async (tx) => {
    const { row } = await conversationAccess.lockFor(tx, actor, conversationId, 'makePlan');
    const actions = await tx
      .select()
      .from(careerConversationActions)
      .where(eq(careerConversationActions.conversationId, row.id))
      .orderBy(asc(careerConversationActions.createdAt), asc(careerConversationActions.id));
    if (actions.length === 0) throw new AppError('invalid_state', issue('planNeedsAgreedActions'));
    const plan = await draftDevelopmentPlan(tx, {
      organizationId: actor.organizationId,
      ownerId: row.employeeId,
      actorAccountId: actor.accountId,
      title: input.title,
      goals: actions.slice(0, 20).map((action) => ({ title: action.actionText.slice(0, 300) })),
      origin: 'career_conversation',
      originRef: row.id,
    });
    await tx
      .update(careerConversations)
      .set({ draftPlanId: plan.planId, version: row.version + 1, updatedAt: new Date() })
      .where(eq(careerConversations.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'career_conversation.plan_drafted',
      targetType: 'career_conversation',
      targetId: row.id,
      after: { planId: plan.planId, goals: Math.min(actions.length, 20) },
    });
    return plan;
  });
}
