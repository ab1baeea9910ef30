import { and, eq, sql } from 'drizzle-orm';
import type { MoveRequest } from '../../../../contracts/calibration';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import {
  AppError,
  forbidden,
  notFound,
  validationFailed,
  versionConflict,
} from '../../../platform/errors/appError';
import { reviewCycles, reviews } from '../../reviews/tables';
import { sessionAccess } from '../access';
import { mayMoveRatingOf } from '../policy';
import { currentRating } from '../queries';
import { calibrationMoves, calibrationSessions } from '../tables';

/**
 * The facilitator moves one person's rating. Every move needs a written rationale (S1.6) and is kept
 * twice: in calibration_moves for the session's history and in the audit trail (who, when, from,
 * to, why). The review's version guards against moving from a rating someone else already changed.
 */
export async function moveRating(db: Db, actor: Actor, sessionId: string, input: MoveRequest) {
  return inTransaction(db, async (tx) => {
    // The session row is locked first, so a move and the final sign-off never interleave; only HR
    // moves, and only in an open session (the guard answers 404, 403 or calibration_locked).
    const session = (await sessionAccess.lockFor(tx, actor, sessionId, 'move')).row;
    const rationale = input.rationale?.trim() ?? '';
    if (!rationale) {
      throw new AppError('rationale_required', undefined, {
        fieldIssues: { rationale: issue('rationaleRequired') },
      });
    }
    // A cycle HR closed (forced, with open reviews) takes no more rating changes; sign-off may still
    // conclude the session so people get their results.
    const [cycle] = await tx
      .select({ status: reviewCycles.status, content: reviewCycles.content })
      .from(reviewCycles)
      .where(eq(reviewCycles.id, session.cycle_id));
    if (cycle?.status === 'closed') throw new AppError('cycle_closed');
    const [review] = await tx
      .select({
        id: reviews.id,
        state: reviews.state,
        version: reviews.version,
        proposedRating: reviews.proposedRating,
        subjectId: reviews.subjectId,
      })
      .from(reviews)
      .where(and(eq(reviews.id, input.reviewId), eq(reviews.calibrationSessionId, sessionId)))
      .for('update');
    if (!review) throw notFound('Review');
    if (!mayMoveRatingOf(actor, review)) throw forbidden();
    if (review.state !== 'in_calibration') throw new AppError('invalid_state');
    if (review.version !== input.version) throw versionConflict(review.version);
    const scaleSize = cycle?.content.ratingScale.labels.length ?? 0;
    if (input.toRating > scaleSize) {
      throw validationFailed({ toRating: issue('ratingOutOfRange', { max: scaleSize }) });
    }
    const fromRating = await currentRating(tx, sessionId, review.id, review.proposedRating);
    if (fromRating === input.toRating) {
      throw validationFailed({ toRating: issue('ratingUnchanged') });
    }
    const [move] = await tx
      .insert(calibrationMoves)
      .values({
        organizationId: actor.organizationId,
        sessionId,
        reviewId: review.id,
        fromRating,
        toRating: input.toRating,
        rationale,
        movedBy: actor.personId,
        // The clock, not the transaction start: the latest move of a review must sort last.
        movedAt: sql`clock_timestamp()`,
      })
      .returning({ id: calibrationMoves.id });
    await tx
      .update(reviews)
      .set({ version: sql`${reviews.version} + 1`, updatedAt: new Date() })
      .where(eq(reviews.id, review.id));
    const [updatedSession] = await tx
      .update(calibrationSessions)
      .set({ version: sql`${calibrationSessions.version} + 1`, updatedAt: new Date() })
      .where(eq(calibrationSessions.id, sessionId))
      .returning({ version: calibrationSessions.version });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'calibration.rating_moved',
      targetType: 'review',
      targetId: review.id,
      before: { rating: fromRating },
      after: { rating: input.toRating, rationale, sessionId, subjectId: review.subjectId },
    });
    return { moveId: move!.id, sessionVersion: updatedSession!.version };
  });
}
