import { and, eq, isNull, sql } from 'drizzle-orm';
import { guidelineTolerancePoints } from '../../../../contracts/calibration';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { sessionAccess } from '../access';
import { distribution, withinTolerance } from '../analysis';
import { gridRows, incompleteSignOffAllowed, populationCounts } from '../queries';
import { calibrationApprovers, calibrationSessions } from '../tables';

/**
 * An assigned approver signs the session off. The approver names the session version they looked
 * at, so a signature never covers a move made after they last saw the grid. When the last approver
 * signs, the session locks: its reviews become `calibrated` with their final rating (the
 * calibrated one, or the proposed one when nobody moved it), and their managers may release them.
 * While reviews of the population are missing from the session, the approver must acknowledge that
 * (`acknowledgeIncomplete`) unless the organisation allows incomplete sign-offs; either way the
 * audit event records the counts and how the sign-off was allowed.
 */
export async function signOffSession(
  db: Db,
  actor: Actor,
  sessionId: string,
  input: { version: number; comment?: string; acknowledgeIncomplete?: boolean },
) {
  return inTransaction(db, async (tx) => {
    // Only an assigned approver who has not signed yet, on an open session, at the version they saw.
    const session = (await sessionAccess.lockFor(tx, actor, sessionId, 'signOff', input.version)).row;

    if (session.guideline_required && session.guideline) {
      const rows = await gridRows(tx, sessionId);
      const { maxDeviation } = distribution(
        rows.map((row) => row.calibrated_rating),
        session.rating_labels,
        session.guideline,
      );
      if (!withinTolerance(maxDeviation, guidelineTolerancePoints)) {
        throw new AppError(
          'guideline_not_met',
          `The distribution differs from the required curve by up to ${maxDeviation} points (allowed: ${guidelineTolerancePoints}).`,
        );
      }
    }

    // Reviews of the population not in the session (still being written, or ready and not brought
    // in): signing off locks the session without them, so the approver says so explicitly.
    const counts = await populationCounts(tx, session.cycle_id, session.population);
    const missing = counts.ready + counts.notReady;
    const acknowledged = input.acknowledgeIncomplete === true;
    const allowedBySetting =
      missing > 0 && !acknowledged ? await incompleteSignOffAllowed(tx, actor.organizationId) : false;
    if (missing > 0 && !acknowledged && !allowedBySetting) {
      throw new AppError(
        'calibration_incomplete',
        `${session.review_count} of ${session.review_count + missing} reviews of this population are in the session; acknowledge the ${missing} missing to sign off.`,
      );
    }
    const incomplete =
      missing > 0
        ? {
            inSession: session.review_count,
            population: session.review_count + missing,
            stillBeingWritten: counts.notReady,
            readyNotAdmitted: counts.ready,
            acknowledged,
            allowedBySetting,
          }
        : null;

    await tx
      .update(calibrationApprovers)
      .set({ signedOffAt: new Date(), comment: input.comment?.trim() || null })
      .where(
        and(
          eq(calibrationApprovers.sessionId, sessionId),
          eq(calibrationApprovers.approverId, actor.personId!),
        ),
      );
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'calibration.signed_off',
      targetType: 'calibration_session',
      targetId: sessionId,
      after: { version: session.version, comment: input.comment?.trim() || null, incomplete },
    });

    const pending = await tx
      .select({ approverId: calibrationApprovers.approverId })
      .from(calibrationApprovers)
      .where(and(eq(calibrationApprovers.sessionId, sessionId), isNull(calibrationApprovers.signedOffAt)));
    if (pending.length > 0) return { locked: false };
    await lockSession(tx, actor, sessionId, session.name, missing);
    return { locked: true };
  });
}

async function lockSession(tx: Db, actor: Actor, sessionId: string, name: string, missing: number) {
  await tx
    .update(calibrationSessions)
    .set({
      state: 'locked',
      lockedAt: new Date(),
      version: sql`${calibrationSessions.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(calibrationSessions.id, sessionId));
  const calibrated = await queryRows<{ id: string; reviewer_id: string | null }>(
    tx,
    sql`UPDATE reviews AS r
           SET state = 'calibrated', final_rating = COALESCE(lm.to_rating, r.proposed_rating),
               version = r.version + 1, updated_at = now()
          FROM reviews AS r2
          LEFT JOIN (SELECT DISTINCT ON (review_id) review_id, to_rating
                       FROM calibration_moves WHERE session_id = ${sessionId}
                      ORDER BY review_id, moved_at DESC, id DESC) lm ON lm.review_id = r2.id
         WHERE r2.id = r.id AND r.calibration_session_id = ${sessionId} AND r.state = 'in_calibration'
        RETURNING r.id, r.reviewer_id`,
  );
  await recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorAccountId: actor.accountId,
    action: 'calibration.locked',
    targetType: 'calibration_session',
    targetId: sessionId,
    after: { calibratedReviews: calibrated.length, missingReviews: missing },
  });
  const reviewers = [...new Set(calibrated.flatMap((row) => (row.reviewer_id ? [row.reviewer_id] : [])))];
  await notify(
    tx,
    reviewers.map((recipientId) => ({
      organizationId: actor.organizationId,
      recipientId,
      kind: 'calibration.locked' as const,
      params: { session: name },
      link: '/performance/reviews',
    })),
  );
}
