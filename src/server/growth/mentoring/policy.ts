import type { Actor } from '../../platform/auth/actor';
import { type Relation, readsSharedWithManager } from '../../platform/policy/relations';
import type { matchStatuses, programmeStatuses } from './tables';

type ProgrammeStatus = (typeof programmeStatuses)[number];
type MatchStatus = (typeof matchStatuses)[number];

/**
 * A programme (its set-up names nobody): HR admins create and run every programme; designated
 * programme admins run theirs; everyone in the organisation reads an open or closed programme (to
 * join it, or to see the one they take part in); a draft is its admins' alone (others 404).
 * Only HR names a programme's admins.
 */
export function programmePolicy(
  actor: Actor,
  programme: { status: ProgrammeStatus },
  designatedAdmin: boolean,
  enrolmentOpen: boolean,
) {
  const hr = actor.roles.has('hr_admin');
  const manage = hr || designatedAdmin;
  return {
    read: manage || programme.status !== 'draft',
    manage,
    editAdmins: hr,
    join: actor.personId !== null && enrolmentOpen,
  };
}

/** How the caller stands to a match: a side of the pair, a programme admin, or the mentee's relation. */
export interface MatchStanding {
  relationToMentee: Relation | null;
  programmeAdmin: boolean;
}

export type MatchViewer = 'mentee' | 'mentor' | 'admin' | 'manager';

interface MatchFacts {
  menteeId: string;
  mentorId: string;
  status: MatchStatus;
  sharedWithManager: boolean;
  agreementWrittenAt: Date | null;
  menteeRating: number | null;
  mentorRating: number | null;
}

/**
 * Who reads and changes a match (SPEC S1.4, S4.6):
 * - the pair reads the match, its agreement and session notes; the mentor answers a proposal and
 *   writes the agreement, the mentee confirms it, shares the match with their manager or not;
 *   either side logs sessions while it is active, closes it, and leaves closing feedback once;
 * - the mentee's current direct manager reads, while the mentee shares it, the mentor's name, the
 *   agreed goals and the session dates — never notes or feedback;
 * - programme admins (HR included) read who is matched to whom, the state and the score, and may
 *   close a match for a re-match; never notes, goals text, reasons or feedback text;
 * - anyone else: 404. Every read by someone outside the pair lands on the mentee's access log.
 */
export function matchPolicy(actor: Actor, match: MatchFacts, standing: MatchStanding) {
  const me = actor.personId;
  const mentee = me !== null && me === match.menteeId;
  const mentor = me !== null && me === match.mentorId;
  const pair = mentee || mentor;
  const manager = !pair && match.sharedWithManager && readsSharedWithManager(standing.relationToMentee);
  const admin = !pair && standing.programmeAdmin;
  const viewerRole: MatchViewer | null = mentee
    ? 'mentee'
    : mentor
      ? 'mentor'
      : admin
        ? 'admin'
        : manager
          ? 'manager'
          : null;
  const open = match.status === 'proposed' || match.status === 'accepted' || match.status === 'active';
  const closed = match.status === 'closed';
  return {
    read: viewerRole !== null,
    viewerRole,
    /** The pair's own content: agreement details, session notes. */
    readPrivate: pair,
    respond: mentor && match.status === 'proposed',
    writeAgreement: mentor && match.status === 'accepted',
    confirmAgreement: mentee && match.status === 'accepted' && match.agreementWrittenAt !== null,
    share: mentee && match.status !== 'declined',
    close: (pair || admin) && open,
    feedback: closed && ((mentee && match.menteeRating === null) || (mentor && match.mentorRating === null)),
    logSession: pair && match.status === 'active',
    logAccess: viewerRole !== null && !pair,
  };
}
export type MatchPolicy = ReturnType<typeof matchPolicy>;

/** What of a person's matches the caller may list: all of them (the person), the shared ones (manager). */
export function matchReach(relation: Relation | null): 'all' | 'shared' | 'none' {
  if (relation === 'self') return 'all';
  if (readsSharedWithManager(relation)) return 'shared';
  return 'none';
}
