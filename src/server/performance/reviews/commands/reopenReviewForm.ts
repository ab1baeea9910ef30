import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { notify } from '../../../platform/notifications/notify';
import { reviewFormAccess } from '../access';
import { stateFromForms } from '../policy';
import { factsOfRecord } from '../records';
import { reviewForms, reviews } from '../tables';

/**
 * HR reopens a submitted form with a written reason (kept on the form and in the audit trail).
 * Not once the review is in calibration: from then on the written review stays as it was (S1.6).
 */
export async function reopenReviewForm(input: { db: Db; actor: Actor; formId: string; reason: string }) {
  const { actor } = input;
  return inTransaction(input.db, async (tx) => {
    const record = (await reviewFormAccess.lockFor(tx, actor, input.formId, 'reopen')).row;
    const { form, review } = record;
    const facts = factsOfRecord(record);
    const now = new Date();
    await tx
      .update(reviewForms)
      .set({
        state: 'draft',
        reopenedAt: now,
        reopenReason: input.reason,
        version: form.version + 1,
        updatedAt: now,
      })
      .where(eq(reviewForms.id, form.id));
    if (form.kind !== 'peer') {
      const selfSubmitted = form.kind === 'self' ? false : facts.selfSubmitted;
      const managerSubmitted = form.kind === 'manager' ? false : facts.managerSubmitted;
      await tx
        .update(reviews)
        .set({
          state: stateFromForms(selfSubmitted, managerSubmitted),
          // The proposal counts once the manager form is submitted again.
          ...(form.kind === 'manager' ? { proposedRating: null, overallScore: null } : {}),
          version: review.version + 1,
          updatedAt: now,
        })
        .where(eq(reviews.id, review.id));
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'review_form.reopened',
      targetType: 'review_form',
      targetId: form.id,
      after: { kind: form.kind, reviewId: review.id, reason: input.reason },
    });
    if (form.authorId) {
      await notify(tx, [
        {
          organizationId: actor.organizationId,
          recipientId: form.authorId,
          kind: 'review.form_reopened',
          // The reason stays on the form (performance data); the notice only points there.
          params: {},
          link:
            form.kind === 'peer' ? `/performance/peer-input/${form.id}` : `/performance/reviews/${review.id}`,
        },
      ]);
    }
    return review.id;
  });
}
