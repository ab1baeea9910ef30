import { and, eq, sql } from 'drizzle-orm';
import { accessLog } from '../../platform/audit/tables';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/appError';
import { defineAccess } from '../../platform/policy/access';
import { calibrationPolicy, type SessionStanding, sessionPolicy } from './policy';
import { findSession } from './queries';
import { calibrationApprovers } from './tables';

/** Whether the caller is an assigned approver of the session, and has signed it off. */
async function approverStanding(db: Db, actor: Actor, sessionId: string): Promise<SessionStanding> {
  const [assignment] = actor.personId
    ? await db
        .select({ signedOffAt: calibrationApprovers.signedOffAt })
        .from(calibrationApprovers)
        .where(
          and(
            eq(calibrationApprovers.sessionId, sessionId),
            eq(calibrationApprovers.approverId, actor.personId),
          ),
        )
    : [];
  return { assignedApprover: Boolean(assignment), signedOff: Boolean(assignment?.signedOffAt) };
}

/**
 * The one door to a calibration session (GUIDE 12): HR and its assigned approvers read it, nobody
 * else (404, S1.7). A session is about a population, not one person: reading its grid or moves logs
 * each person shown (below), not the session itself.
 */
export const sessionAccess = defineAccess({
  name: 'Calibration session',
  dataClass: 'performance',
  resource: 'calibration session',
  load: findSession,
  subjectOf: () => null,
  relate: (db, actor, session) => approverStanding(db, actor, session.id),
  policy: (actor, session, standing) => ({ ...sessionPolicy(actor, session, standing), logAccess: false }),
  version: (session) => session.version,
  // HR asking to move a rating in a locked session hears why; everyone else, that the role may not.
  refusal: (action, _policy, session, _standing, actor) =>
    action === 'move' && calibrationPolicy.create(actor) && session.state === 'locked'
      ? new AppError('calibration_locked')
      : undefined,
});

/**
 * Reading the grid reads the performance record of everyone in the session: one access-log row per
 * person (S1.5), written in one statement so a 2,000-person grid costs one insert.
 */
export async function logGridRead(db: Db, actor: Actor, sessionId: string) {
  await db.execute(
    sql`INSERT INTO access_log (organization_id, subject_person_id, viewer_account_id, viewer_person_id, data_class, resource)
        SELECT r.organization_id, r.subject_id, ${actor.accountId}, ${actor.personId}, 'performance', 'calibration grid'
          FROM reviews r
         WHERE r.calibration_session_id = ${sessionId}
           ${actor.personId ? sql`AND r.subject_id <> ${actor.personId}` : sql``}`,
  );
}

/** One access-log row per person shown on a page of a calibration list (moves, acknowledgment status). */
export async function logPeopleListed(db: Db, actor: Actor, personIds: readonly string[], resource: string) {
  const others = [...new Set(personIds)].filter((id) => id !== actor.personId);
  if (others.length === 0) return;
  await db.insert(accessLog).values(
    others.map((subjectPersonId) => ({
      organizationId: actor.organizationId,
      subjectPersonId,
      viewerAccountId: actor.accountId,
      viewerPersonId: actor.personId,
      dataClass: 'performance',
      resource,
    })),
  );
}
