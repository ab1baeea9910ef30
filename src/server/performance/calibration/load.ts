import { and, eq, sql } from 'drizzle-orm';
import { accessLog } from '../../platform/audit/tables';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors/appError';
import { sessionPolicy } from './policy';
import { presentSessionDetail } from './present';
import { findSession, namesOf, populationCounts, sessionApprovers } from './queries';
import { calibrationApprovers } from './tables';

/** A session the caller may see, with their abilities; anything else is 404 (S1.7). */
export async function loadVisibleSession(db: Db, actor: Actor, sessionId: string) {
  const session = await findSession(db, actor.organizationId, sessionId);
  if (!session) throw notFound('Calibration session');
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
  const policy = sessionPolicy(actor, session, {
    assignedApprover: Boolean(assignment),
    signedOff: Boolean(assignment?.signedOffAt),
  });
  if (!policy.read) throw notFound('Calibration session');
  return { session, policy };
}

export async function sessionDetailFor(db: Db, actor: Actor, sessionId: string) {
  const { session, policy } = await loadVisibleSession(db, actor, sessionId);
  const { read: _read, ...abilities } = policy;
  const [approvers, departments, levels, counts] = await Promise.all([
    sessionApprovers(db, sessionId),
    namesOf(db, 'departments', session.population.departmentIds ?? []),
    namesOf(db, 'levels', session.population.levelIds ?? []),
    session.state === 'open'
      ? populationCounts(db, session.cycle_id, session.population)
      : Promise.resolve({ ready: 0, notReady: 0 }),
  ]);
  return presentSessionDetail(session, { approvers, departments, levels, counts, abilities });
}

/**
 * Reading the grid reads the performance record of everyone in the session: one access-log row per
 * person (S1.5), written in one statement so a 2,000-person grid costs one insert.
 */
export async function recordSessionAccess(db: Db, actor: Actor, sessionId: string) {
  await db.execute(
    sql`INSERT INTO access_log (organization_id, subject_person_id, viewer_account_id, viewer_person_id, data_class, resource)
        SELECT r.organization_id, r.subject_id, ${actor.accountId}, ${actor.personId}, 'performance', 'calibration grid'
          FROM reviews r
         WHERE r.calibration_session_id = ${sessionId}
           ${actor.personId ? sql`AND r.subject_id <> ${actor.personId}` : sql``}`,
  );
}

/** One access-log row per person shown on a page of a list (moves, acknowledgment status). */
export async function recordListAccess(db: Db, actor: Actor, personIds: readonly string[], resource: string) {
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
