import { sql } from 'drizzle-orm';
import { issue } from '../../../contracts/issues';
import { recordAccesses } from '../../platform/audit/accessLog';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/appError';
import { defineAccess } from '../../platform/policy/access';
import { mayReadTalent, talentMemberPolicy, talentSessionPolicy } from './policy';
import {
  designatedFor,
  findMember,
  findTalentSession,
  type GuardedMemberRow,
  type TalentSessionRow,
} from './queries';

async function relate(db: Db, _actor: Actor, row: { id: string; facilitatorId: string | null }) {
  const designated = await designatedFor(db, [row]);
  return { designatedPersonIds: designated.get(row.id) ?? [] };
}

/** A locked review refuses changes with 409 `invalid_state`, not 403: the state is in the way. */
const lockedRefusal = (row: { state: string }) =>
  row.state === 'locked' ? new AppError('invalid_state', issue('talentReviewLocked')) : undefined;

/** The door to a talent review session (its header, board, distribution and state changes). */
export const talentSessionAccess = defineAccess({
  name: 'Talent review',
  dataClass: 'talent',
  resource: 'talent review',
  load: findTalentSession,
  subjectOf: () => null,
  relate: (db: Db, actor: Actor, row: TalentSessionRow) => relate(db, actor, row),
  policy: talentSessionPolicy,
  version: (row) => row.version,
  refusal: (_action, _policy, row) => lockedRefusal(row),
});

/** Key of a member record for the guard: "<sessionId>/<personId>". */
export const memberKey = (sessionId: string, personId: string) => `${sessionId}/${personId}`;

/** The door to one person's talent record in a session; every read lands on their access log. */
export const talentMemberAccess = defineAccess({
  name: 'Talent record',
  dataClass: 'talent',
  resource: 'talent review assessment',
  load: findMember,
  subjectOf: (row) => row.personId,
  relate: (db: Db, actor: Actor, row: GuardedMemberRow) =>
    relate(db, actor, { id: row.sessionId, facilitatorId: row.facilitatorId }),
  policy: talentMemberPolicy,
  version: (row) => row.version,
  refusal: (_action, _policy, row) => lockedRefusal(row),
});

/**
 * The people of a board or distribution the caller may see (never themselves), with each read
 * written to that person's access log — one `INSERT … SELECT` over the session's members, so a board
 * of thousands costs one statement and no parameters per person.
 */
export async function logBoardReads<T extends { personId: string }>(
  db: Db,
  actor: Actor,
  session: { id: string; designatedPersonIds: readonly string[] },
  rows: T[],
  resource: string,
): Promise<T[]> {
  const visible = rows.filter((row) => mayReadTalent(actor, session.designatedPersonIds, row.personId));
  if (visible.length === 0) return visible;
  await db.execute(sql`
    INSERT INTO access_log (organization_id, subject_person_id, viewer_account_id, viewer_person_id, data_class, resource)
    SELECT m.organization_id, m.person_id, ${actor.accountId}, ${actor.personId}, 'talent', ${resource}
      FROM talent_review_members m
     WHERE m.session_id = ${session.id} AND m.organization_id = ${actor.organizationId}
       AND m.person_id IS DISTINCT FROM ${actor.personId}`);
  return visible;
}

/**
 * A person's rows across sessions that the caller reads (each session decides by its own
 * designated people); logged once for the person when anything is shown.
 */
export async function readableHistory<T extends { sessionId: string; facilitatorId: string | null }>(
  db: Db,
  actor: Actor,
  personId: string,
  rows: T[],
): Promise<T[]> {
  const designated = await designatedFor(
    db,
    rows.map((row) => ({ id: row.sessionId, facilitatorId: row.facilitatorId })),
  );
  const visible = rows.filter((row) => mayReadTalent(actor, designated.get(row.sessionId) ?? [], personId));
  if (visible.length > 0)
    await recordAccesses(db, actor, [
      { subjectPersonId: personId, dataClass: 'talent', resource: 'talent history' },
    ]);
  return visible;
}
