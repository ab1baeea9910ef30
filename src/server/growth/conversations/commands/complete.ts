import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { completeConversationRequest } from '../../../../contracts/conversations';
import { type Issue, issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { actorTimeZone, todayIn } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { applyOutcomeAspirations } from '../../aspirations/commands/writeAspirations';
import { draftDevelopmentPlan } from '../../plans/commands/draftDevelopmentPlan';
import { careerConversations } from '../tables';
import { lockScheduled } from './schedule';

/**
 * A moment on `day` in `timeZone` (its local noon, give or take), so that the day the organisation's
 * calendar reads back from the stored timestamp is `day` itself.
 */
export function momentOn(day: string, timeZone: string): Date {
  const noon = Date.parse(`${day}T12:00:00Z`);
  for (const hours of [0, -6, 6, -11, 11, -14, 14]) {
    const candidate = new Date(noon + hours * 3_600_000);
    if (todayIn(timeZone, candidate) === day) return candidate;
  }
  return new Date(noon);
}

/**
 * Marks a conversation as held on the day the caller names (today or earlier in the organisation's
 * calendar, never a future day) and records its outcome. Either participant may mark it held; the
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
  const timeZone = await actorTimeZone(db, actor);
  await inTransaction(db, async (tx) => {
    const { row, policy } = await lockScheduled(tx, actor, id, 'complete', input.version);
    const today = todayIn(timeZone);
    if (input.heldOn > today) throw validationFailed({ heldOn: issue('heldOnInFuture') });
    // Held today: now; held on an earlier day: that day, so the cadence counts from when it happened.
    const heldAt = input.heldOn === today ? new Date() : momentOn(input.heldOn, timeZone);
    if (!policy.recordOutcome) {
      const notTheirs: Record<string, Issue> = {};
      if (input.outcomeSummary !== '') notTheirs.outcomeSummary = issue('onlyEmployeeOutcome');
      if (input.aspirations.length > 0) notTheirs.aspirations = issue('onlyEmployeeAspirations');
      if (input.planDraft) notTheirs.planDraft = issue('onlyEmployeePlan');
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
        completedAt: heldAt,
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
