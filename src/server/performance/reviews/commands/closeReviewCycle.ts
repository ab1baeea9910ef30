import { and, eq, notInArray, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError } from '../../../platform/errors/appError';
import { reviewCycleAccess } from '../access';
import { reviewCycles, reviews } from '../tables';

export interface CloseInput {
  db: Db;
  actor: Actor;
  cycleId: string;
  version: number;
  /** Close although reviews are still before release; needs `reason`. */
  force: boolean;
  reason: string;
}

/** Reviews whose people have received their result: the rest are still open. */
const releasedStates = ['released', 'acknowledged'] as const;

/**
 * Closes an active cycle. Normally every review has been released first; HR may close early with a
 * written reason (say, a cycle abandoned after a reorganisation). Open reviews then stay exactly as they
 * are: nothing is deleted, but the cycle leaves everyone's active lists and its forms take no more
 * writes. The count of open reviews and the reason go into the audit trail.
 */
export async function closeReviewCycle(input: CloseInput) {
  const { actor } = input;
  return inTransaction(input.db, async (tx) => {
    const cycle = (await reviewCycleAccess.lockFor(tx, actor, input.cycleId, 'close', input.version)).row
      .cycle;

    const [open] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(reviews)
      .where(and(eq(reviews.cycleId, cycle.id), notInArray(reviews.state, [...releasedStates])));
    const openReviews = Number(open?.count ?? 0);
    if (openReviews > 0 && !input.force) {
      throw new AppError(
        'cycle_has_open_reviews',
        `${openReviews} ${openReviews === 1 ? 'review is' : 'reviews are'} not released yet. ` +
          'Release them first, or close the cycle anyway with a written reason.',
      );
    }

    const now = new Date();
    const [closed] = await tx
      .update(reviewCycles)
      .set({ status: 'closed', closedAt: now, version: cycle.version + 1, updatedAt: now })
      .where(eq(reviewCycles.id, cycle.id))
      .returning();
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'review_cycle.closed',
      targetType: 'review_cycle',
      targetId: cycle.id,
      before: { status: cycle.status },
      after: {
        status: 'closed',
        openReviews,
        forced: openReviews > 0,
        ...(input.force ? { reason: input.reason } : {}),
      },
    });
    return closed!;
  });
}
