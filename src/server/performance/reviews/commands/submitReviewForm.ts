import { and, eq, inArray } from 'drizzle-orm';
import { type Issue, issue } from '../../../../contracts/issues';
import { people } from '../../../org/tables';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { type NotificationInput, notify } from '../../../platform/notifications/notify';
import { joinOpenSession } from '../../calibration/commands/admitReviews';
import { reviewFormAccess } from '../access';
import { stateFromForms } from '../policy';
import { isAnswered, overallScore, PROPOSED_RATING, questionsFor } from '../questions';
import { factsOfRecord } from '../records';
import { reviewAnswers, reviewForms, reviews } from '../tables';

/**
 * Submits one form and locks it. Required questions must be answered (errors name each question).
 * The review moves on: self submitted → manager_review; manager submitted → submitted, with the
 * proposed rating and the weighted overall score stored on the review and the written review locked.
 */
export async function submitReviewForm(input: { db: Db; actor: Actor; formId: string }) {
  const { actor } = input;
  return inTransaction(input.db, async (tx) => {
    const record = (await reviewFormAccess.lockFor(tx, actor, input.formId, 'submit')).row;
    const { form, review } = record;
    const facts = factsOfRecord(record);
    const questions = questionsFor(record.cycle.content, form.kind);
    const answers = await tx.select().from(reviewAnswers).where(eq(reviewAnswers.formId, form.id));
    const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
    const missing: Record<string, Issue> = {};
    for (const question of questions) {
      if (!question.required) continue;
      if (!isAnswered(question, byQuestion.get(question.id)))
        missing[question.id] = issue('answerBeforeSubmit');
    }
    if (Object.keys(missing).length > 0) throw validationFailed(missing);

    const now = new Date();
    await tx
      .update(reviewForms)
      .set({ state: 'submitted', submittedAt: now, version: form.version + 1, updatedAt: now })
      .where(eq(reviewForms.id, form.id));

    const selfSubmitted = form.kind === 'self' || facts.selfSubmitted;
    const managerSubmitted = form.kind === 'manager' || facts.managerSubmitted;
    const reviewChanges =
      form.kind === 'manager'
        ? {
            proposedRating: byQuestion.get(PROPOSED_RATING)?.rating ?? null,
            overallScore: scoreText(overallScore(questions, answers)),
          }
        : {};
    if (form.kind !== 'peer') {
      await tx
        .update(reviews)
        .set({
          ...reviewChanges,
          state: stateFromForms(selfSubmitted, managerSubmitted),
          version: review.version + 1,
          updatedAt: now,
        })
        .where(eq(reviews.id, review.id));
    }
    // A manager review submitted after calibration opened joins the open session that covers it.
    const calibrationSessionId =
      form.kind === 'manager'
        ? await joinOpenSession(tx, actor, { id: review.id, cycleId: record.cycle.id })
        : null;
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: `review_form.submitted`,
      targetType: 'review_form',
      targetId: form.id,
      after: { kind: form.kind, reviewId: review.id },
    });
    await notify(tx, await submissionNotices(tx, actor, form, review));
    return { reviewId: review.id, calibrationSessionId };
  });
}

const scoreText = (score: number | null) => (score === null ? null : score.toFixed(3));

/** The reviewer hears when the self review or a peer input is in. */
async function submissionNotices(
  tx: Db,
  actor: Actor,
  form: { kind: string },
  review: { id: string; subjectId: string; reviewerId: string | null },
): Promise<NotificationInput[]> {
  if (form.kind === 'manager' || !review.reviewerId) return [];
  const [subject] = await tx
    .select({ givenName: people.givenName, familyName: people.familyName })
    .from(people)
    .where(and(inArray(people.id, [review.subjectId]), eq(people.organizationId, actor.organizationId)));
  const name = subject ? `${subject.givenName} ${subject.familyName}` : null;
  return [
    {
      organizationId: actor.organizationId,
      recipientId: review.reviewerId,
      kind: form.kind === 'self' ? 'review.self_review_submitted' : 'review.peer_input_submitted',
      params: { name },
      link: `/performance/reviews/${review.id}`,
    },
  ];
}
