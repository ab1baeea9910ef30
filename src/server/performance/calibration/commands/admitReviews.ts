import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { notify } from '../../../platform/notifications/notify';
import type { PopulationFilter } from '../../reviews/tables';
import { sessionAccess } from '../access';
import { findSession, inPopulation, readyForCalibration } from '../queries';
import { calibrationApprovers, calibrationSessions } from '../tables';

/**
 * Reviews that become ready after a session opened (the manager submits late) join it:
 * automatically when the manager submits (`joinOpenSession`, called by the submit command), or by
 * HR's "bring in" for any that are still waiting. A locked session takes no more reviews: those
 * wait for a new session, and the cycle list shows them as ready.
 *
 * Automatic, because HR expects the session to be the cycle's population, not a snapshot of the
 * day it was opened: nobody has to remember to press a button before the approvers look, and a late
 * review can never be left out of calibration silently. A signature covers only what the approver
 * saw, so a sign-off given before reviews joined is withdrawn (audited) and the approver asked to
 * look again — the same rule as for moves, which the session version enforces.
 */

/**
 * One statement moves every ready, unassigned review of the population (or just `onlyReviewId`)
 * into the session. A review belongs to at most one session: the `calibration_session_id IS NULL`
 * guard makes two sessions over overlapping populations split the reviews instead of sharing them.
 */
export async function admitInto(
  tx: Db,
  sessionId: string,
  cycleId: string,
  population: PopulationFilter,
  onlyReviewId?: string,
) {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`UPDATE reviews AS r
           SET calibration_session_id = ${sessionId}, state = 'in_calibration',
               version = r.version + 1, updated_at = now()
         WHERE r.cycle_id = ${cycleId} AND r.calibration_session_id IS NULL
           AND ${readyForCalibration} AND ${inPopulation(population)}
           ${onlyReviewId ? sql`AND r.id = ${onlyReviewId}` : sql``}
        RETURNING r.id`,
  );
  return rows.map((row) => row.id);
}

/**
 * After reviews joined an open session: a new session version (so a sign-off names what it saw),
 * earlier signatures withdrawn, the audit event, and a note to each approver whose signature went
 * that says why ("a late review joined, please sign again"); approvers who had not signed yet lose
 * nothing and are not disturbed.
 */
async function afterAdmission(
  tx: Db,
  actor: Actor,
  session: { id: string; name: string },
  reviewIds: string[],
  automatic: boolean,
) {
  await tx
    .update(calibrationSessions)
    .set({ version: sql`${calibrationSessions.version} + 1`, updatedAt: new Date() })
    .where(eq(calibrationSessions.id, session.id));
  const withdrawn = await tx
    .update(calibrationApprovers)
    .set({ signedOffAt: null })
    .where(and(eq(calibrationApprovers.sessionId, session.id), isNotNull(calibrationApprovers.signedOffAt)))
    .returning({ approverId: calibrationApprovers.approverId });
  await recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorAccountId: actor.accountId,
    action: 'calibration.reviews_admitted',
    targetType: 'calibration_session',
    targetId: session.id,
    after: {
      admitted: reviewIds.length,
      reviewIds,
      automatic,
      withdrawnSignOffs: withdrawn.map((row) => row.approverId),
    },
  });
  await notify(
    tx,
    withdrawn.map(({ approverId }) => ({
      organizationId: actor.organizationId,
      recipientId: approverId,
      // Points at the session, where their signature shows as pending again.
      kind: 'calibration.sign_off_withdrawn' as const,
      params: { session: session.name, count: reviewIds.length },
      link: `/performance/calibration/${session.id}`,
    })),
  );
}

/** HR brings the reviews that became ready since the session opened into it (open sessions only). */
export async function admitReadyReviews(db: Db, actor: Actor, sessionId: string) {
  return inTransaction(db, async (tx) => {
    const session = (await sessionAccess.lockFor(tx, actor, sessionId, 'admit')).row;
    const reviewIds = await admitInto(tx, sessionId, session.cycle_id, session.population);
    if (reviewIds.length > 0) await afterAdmission(tx, actor, session, reviewIds, false);
    return reviewIds.length;
  });
}

/**
 * Called inside the submit of a manager form: when the review is now ready and an open session of
 * its cycle covers it, it joins that session (the oldest, when populations overlap). Returns the
 * session's id, or null when no open session takes it.
 */
export async function joinOpenSession(
  tx: Db,
  actor: Actor,
  review: { id: string; cycleId: string },
): Promise<string | null> {
  const candidates = await queryRows<{ id: string }>(
    tx,
    sql`SELECT s.id FROM calibration_sessions s
         WHERE s.organization_id = ${actor.organizationId} AND s.cycle_id = ${review.cycleId} AND s.state = 'open'
         ORDER BY s.created_at, s.id`,
  );
  for (const candidate of candidates) {
    // Locked like every other change to a session, then read again: a sign-off may just have locked it.
    const session = await findSession(tx, actor.organizationId, candidate.id, true);
    if (session?.state !== 'open') continue;
    const joined = await admitInto(tx, session.id, session.cycle_id, session.population, review.id);
    if (joined.length === 0) continue;
    await afterAdmission(tx, actor, session, joined, true);
    return session.id;
  }
  return null;
}
