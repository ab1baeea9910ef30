import { and, eq, ne } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { people } from '../../../org/tables';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { reviewAccess } from '../access';
import { reviewForms, reviews } from '../tables';

/**
 * HR hands a review to another reviewer (typically after a manager change) while the manager form is
 * still a draft. The draft goes with the review, so the new reviewer continues it. Audited with the reason.
 */
export async function reassignReviewer(input: {
  db: Db;
  actor: Actor;
  reviewId: string;
  reviewerId: string;
  reason: string;
}) {
  const { actor } = input;
  return inTransaction(input.db, async (tx) => {
    const context = (await reviewAccess.lockFor(tx, actor, input.reviewId, 'reassign')).row;
    const { review } = context;
    if (input.reviewerId === review.subjectId) {
      throw validationFailed({ reviewerId: issue('reviewSelf') });
    }
    if (input.reviewerId === review.reviewerId) {
      throw validationFailed({ reviewerId: issue('alreadyReviewer') });
    }
    const [reviewer] = await tx
      .select({ id: people.id })
      .from(people)
      .where(
        and(
          eq(people.id, input.reviewerId),
          eq(people.organizationId, actor.organizationId),
          ne(people.status, 'terminated'),
        ),
      );
    if (!reviewer) throw validationFailed({ reviewerId: issue('chooseCurrentColleague') });
    // A peer writer who becomes the reviewer would author two forms; ask HR to pick someone else.
    if (context.forms.some((f) => f.kind === 'peer' && f.authorId === input.reviewerId)) {
      throw validationFailed({ reviewerId: issue('reviewerGivesPeerInput') });
    }
    const now = new Date();
    await tx
      .update(reviews)
      .set({ reviewerId: input.reviewerId, version: review.version + 1, updatedAt: now })
      .where(eq(reviews.id, review.id));
    await tx
      .update(reviewForms)
      .set({ authorId: input.reviewerId, updatedAt: now })
      .where(and(eq(reviewForms.reviewId, review.id), eq(reviewForms.kind, 'manager')));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'review.reviewer_reassigned',
      targetType: 'review',
      targetId: review.id,
      before: { reviewerId: review.reviewerId },
      after: { reviewerId: input.reviewerId, reason: input.reason },
    });
    await notify(tx, [
      {
        organizationId: actor.organizationId,
        recipientId: input.reviewerId,
        kind: 'review.reviewer_assigned',
        params: {},
        link: `/performance/reviews/${review.id}`,
      },
    ]);
  });
}
