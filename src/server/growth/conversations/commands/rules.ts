import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  createQuestionRequest,
  reorderQuestionsRequest,
  updateQuestionRequest,
  updateSettingsRequest,
} from '../../../../contracts/conversations';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden, notFound, validationFailed, versionConflict } from '../../../platform/errors/appError';
import { canEditConversationRules } from '../policy';
import { findQuestion } from '../queries';
import { ensureConversationSetup } from '../settings';
import { careerConversationSettings, careerQuestions } from '../tables';

function requireHr(actor: Actor) {
  if (!canEditConversationRules(actor)) throw forbidden();
}

export async function updateConversationSettings(
  db: Db,
  actor: Actor,
  input: z.output<typeof updateSettingsRequest>,
) {
  requireHr(actor);
  await ensureConversationSetup(db, actor.organizationId);
  await inTransaction(db, async (tx) => {
    const [row] = await tx
      .select()
      .from(careerConversationSettings)
      .where(eq(careerConversationSettings.organizationId, actor.organizationId))
      .for('update');
    if (row!.version !== input.version) throw versionConflict(row!.version);
    const next = {
      cadenceMonths: input.cadenceMonths,
      releaseWindowDays: input.releaseWindowDays,
      policyStartedOn: input.policyStartedOn ?? row!.policyStartedOn,
    };
    await tx
      .update(careerConversationSettings)
      .set({ ...next, version: row!.version + 1, updatedAt: new Date() })
      .where(eq(careerConversationSettings.organizationId, actor.organizationId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'career_conversation.settings_updated',
      targetType: 'organization',
      targetId: actor.organizationId,
      before: {
        cadenceMonths: row!.cadenceMonths,
        releaseWindowDays: row!.releaseWindowDays,
        policyStartedOn: row!.policyStartedOn,
      },
      after: next,
    });
  });
}

export async function createQuestion(db: Db, actor: Actor, input: z.output<typeof createQuestionRequest>) {
  requireHr(actor);
  await ensureConversationSetup(db, actor.organizationId);
  return inTransaction(db, async (tx) => {
    const [last] = await tx
      .select({ max: sql<number>`coalesce(max(${careerQuestions.position}), 0)`.mapWith(Number) })
      .from(careerQuestions)
      .where(eq(careerQuestions.organizationId, actor.organizationId));
    const [row] = await tx
      .insert(careerQuestions)
      .values({ ...input, organizationId: actor.organizationId, position: (last?.max ?? 0) + 1 })
      .returning({ id: careerQuestions.id });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'career_question.created',
      targetType: 'career_question',
      targetId: row!.id,
      after: input,
    });
    return row!.id;
  });
}

/** Rewords, re-themes, retires or restores a question. Notes keep the words they were written to. */
export async function updateQuestion(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof updateQuestionRequest>,
) {
  requireHr(actor);
  await inTransaction(db, async (tx) => {
    const row = await findQuestion(tx, actor.organizationId, id, true);
    if (!row) throw notFound('Question');
    if (row.version !== input.version) throw versionConflict(row.version);
    const next = {
      theme: input.theme ?? row.theme,
      prompt: input.prompt ?? row.prompt,
      guidance: input.guidance ?? row.guidance,
      retiredAt:
        input.retired === undefined ? row.retiredAt : input.retired ? (row.retiredAt ?? new Date()) : null,
    };
    await tx
      .update(careerQuestions)
      .set({ ...next, version: row.version + 1 })
      .where(eq(careerQuestions.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'career_question.updated',
      targetType: 'career_question',
      targetId: row.id,
      before: { theme: row.theme, prompt: row.prompt, retired: row.retiredAt !== null },
      after: { theme: next.theme, prompt: next.prompt, retired: next.retiredAt !== null },
    });
  });
}

/** Puts the active questions in the given order; the list must name each active question once. */
export async function reorderQuestions(
  db: Db,
  actor: Actor,
  input: z.output<typeof reorderQuestionsRequest>,
) {
  requireHr(actor);
  await ensureConversationSetup(db, actor.organizationId);
  await inTransaction(db, async (tx) => {
    const active = await tx
      .select({ id: careerQuestions.id })
      .from(careerQuestions)
      .where(and(eq(careerQuestions.organizationId, actor.organizationId), isNull(careerQuestions.retiredAt)))
      .for('update');
    const wanted = new Set(input.questionIds);
    if (
      wanted.size !== input.questionIds.length ||
      active.length !== wanted.size ||
      active.some((q) => !wanted.has(q.id))
    )
      throw validationFailed({ questionIds: issue('listEveryQuestionOnce') });
    for (const [index, id] of input.questionIds.entries()) {
      await tx
        .update(careerQuestions)
        .set({ position: index + 1, version: sql`${careerQuestions.version} + 1` })
        .where(eq(careerQuestions.id, id));
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'career_question.reordered',
      targetType: 'organization',
      targetId: actor.organizationId,
      after: { questionIds: input.questionIds },
    });
  });
}
