import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { completeConversationRequest } from '../../../../contracts/conversations';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { applyOutcomeAspirations } from '../../aspirations/commands/writeAspirations';
import { draftDevelopmentPlan } from '../../plans/commands/draftDevelopmentPlan';
import { careerConversations } from '../tables';
import { lockScheduled } from './schedule';

/**
 * Marks a conversation as held and records its outcome. Either participant may mark it held; the
 * outcome — the summary, changes to aspirations, a drafted development plan — is the employee's to
 * write (SPEC S1.4), so a manager sending any of it is told which field is not theirs. Everything
 * commits together: a failed plan draft leaves the conversation scheduled and the aspirations as
 * they were.
 */
export async function completeConversation(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof completeConversationRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row, policy } = await lockScheduled(tx, actor, id, 'complete', input.version);
    if (!policy.recordOutcome) {
      const notTheirs: Record<string, string> = {};
      if (input.outcomeSummary !== '') notTheirs.outcomeSummary = 'Only the employee writes the outcome';
      if (input.aspirations.length > 0) notTheirs.aspirations = 'Only the employee changes their aspirations';
      if (input.planDraft) notTheirs.planDraft = 'Only the employee drafts their development plan';
      if (Object.keys(notTheirs).length > 0) throw validationFailed(notTheirs);
    }
    const changes = await applyOutcomeAspirations(tx, {
      organizationId: actor.organizationId,
      ownerId: row.employeeId,
      actorAccountId: actor.accountId,
      conversationId: row.id,
      items: input.aspirations,
    });
    const plan = input.planDraft
      ? await draftDevelopmentPlan(tx, {
          organizationId: actor.organizationId,
          ownerId: row.employeeId,
          actorAccountId: actor.accountId,
          title: input.planDraft.title,
          goals: input.planDraft.goals,
          origin: 'career_conversation',
          originRef: row.id,
        })
      : null;
    await tx
      .update(careerConversations)
      .set({
        status: 'completed',
        completedAt: new Date(),
        outcomeSummary: input.outcomeSummary,
        outcomeShared: input.outcomeShared && input.outcomeSummary !== '',
        draftPlanId: plan?.planId ?? null,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(careerConversations.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'career_conversation.completed',
      targetType: 'career_conversation',
      targetId: row.id,
      after: {
        aspirationsCreated: changes.created,
        aspirationsUpdated: changes.updated,
        planDrafted: plan !== null,
      },
    });
  });
}
