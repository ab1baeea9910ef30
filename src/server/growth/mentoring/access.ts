import { issue } from '../../../contracts/issues';
import { recordAccess } from '../../platform/audit/accessLog';
import type { Actor } from '../../platform/auth/actor';
import { actorToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/appError';
import { defineAccess, defineReach } from '../../platform/policy/access';
import { relationTo } from '../../platform/policy/relations';
import { matchPolicy, matchReach, programmePolicy } from './policy';
import { findMatch, findProfile, findProgramme, isProgrammeAdmin, type ProgrammeRow } from './queries';

/** Whether people may join or change their profile today: open, and within the enrolment window. */
export function enrolmentOpenOn(programme: ProgrammeRow, today: string) {
  if (programme.status !== 'open') return false;
  if (programme.enrolmentOpens && today < programme.enrolmentOpens) return false;
  if (programme.enrolmentCloses && today > programme.enrolmentCloses) return false;
  return true;
}

/**
 * The one door to a programme's set-up: readable by its organisation unless it is a draft,
 * managed by HR and its programme admins. It names nobody, so no read is logged.
 */
export const programmeAccess = defineAccess({
  name: 'Programme',
  dataClass: 'development',
  resource: 'mentoring programme',
  load: findProgramme,
  subjectOf: () => null,
  relate: async (db: Db, actor: Actor, row: ProgrammeRow) => ({
    designatedAdmin: await isProgrammeAdmin(db, row.id, actor.personId),
    enrolmentOpen: enrolmentOpenOn(row, await actorToday(db, actor)),
  }),
  policy: (actor, row, standing) => ({
    ...programmePolicy(actor, row, standing.designatedAdmin, standing.enrolmentOpen),
    logAccess: false,
  }),
  version: (row) => row.version,
  refusal: (action) =>
    action === 'join' ? new AppError('invalid_state', issue('mentoringNotJoinable')) : undefined,
});

/** A profile is its owner's: nobody else opens it by id (admins see participants, not profiles). */
export const profileAccess = defineAccess({
  name: 'Profile',
  dataClass: 'development',
  resource: 'mentoring profile',
  load: findProfile,
  subjectOf: (row) => row.personId,
  policy: (actor, row) => {
    const owner = actor.personId !== null && actor.personId === row.personId;
    return { read: owner, edit: owner, logAccess: false };
  },
  version: (row) => row.version,
});

/**
 * The one door to a match: the pair, the mentee's direct manager while shared, programme admins
 * (HR included). Reads by anyone outside the pair land on the mentee's access log. A side of the
 * pair held back by the match's state gets 409 `invalid_state`; others who read it, 403.
 */
const matchGuard = (resource: string) =>
  defineAccess({
    name: 'Match',
    dataClass: 'development',
    resource,
    load: findMatch,
    subjectOf: (row) => row.menteeId,
    relate: async (db, actor, row) => {
      const pair = actor.personId === row.menteeId || actor.personId === row.mentorId;
      if (pair) return { relationToMentee: null, programmeAdmin: false };
      return {
        relationToMentee: await relationTo(db, actor, row.menteeId),
        programmeAdmin:
          actor.roles.has('hr_admin') || (await isProgrammeAdmin(db, row.programmeId, actor.personId)),
      };
    },
    policy: matchPolicy,
    version: (row) => row.version,
    refusal: (action, policy, row) => {
      const side = policy.viewerRole === 'mentee' || policy.viewerRole === 'mentor';
      if (!side && !(action === 'close' && policy.viewerRole === 'admin')) return undefined;
      if (action === 'confirmAgreement' && row.status === 'accepted')
        return new AppError('invalid_state', issue('mentoringAgreementMissing'));
      if (action === 'feedback' && row.status === 'closed')
        return new AppError('invalid_state', issue('mentoringFeedbackGiven'));
      const roleAction =
        (action === 'respond' || action === 'writeAgreement') && policy.viewerRole !== 'mentor'
          ? true
          : (action === 'confirmAgreement' || action === 'share') && policy.viewerRole !== 'mentee';
      return roleAction ? undefined : new AppError('invalid_state', issue('mentoringWrongStep'));
    },
  });

export const matchAccess = matchGuard('mentoring match');
/** Session notes and their calendar files: the pair's alone (the policy's `readPrivate`). */
export const matchSessionsAccess = matchGuard('mentoring sessions');

/** What of a person's matches as a mentee the caller may list: all (the person), shared (manager). */
export const personMatchesAccess = defineReach({
  dataClass: 'development',
  resource: 'mentoring matches',
  reach: (_actor, relation) => matchReach(relation),
});

/** A programme admin's list of matches or participants: each listed mentee's log shows the read. */
export async function recordProgrammeListed(db: Db, actor: Actor, personIds: string[]) {
  for (const personId of new Set(personIds))
    if (personId !== actor.personId)
      await recordAccess(db, actor, {
        subjectPersonId: personId,
        dataClass: 'development',
        resource: 'mentoring participation',
      });
}
