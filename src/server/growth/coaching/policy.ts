import type { Actor } from '../../platform/auth/actor';
import type { Relation } from '../../platform/policy/relations';
import type { EngagementStatus } from './tables';

/**
 * How the caller stands to a coaching engagement (SPEC S4.7, S1 class `confidential`):
 * - `coachee`: the person who asked for coaching;
 * - `coach`: its coach, but only while they hold the coach role AND are in the pool — checked on
 *   every request, so taking a coach out of the pool ends their access to everything at once;
 * - `chemistry`: a pool coach the coachee asked for a chemistry conversation, while choosing;
 * - `none`: everyone else — their manager, skip-level, HR and org admins, approvers, other coaches.
 */
export type CoachingSide = 'coachee' | 'coach' | 'chemistry' | 'none';

export interface EngagementFacts {
  coacheeId: string;
  coachId: string | null;
  status: EngagementStatus;
  chemistryCoachIds: readonly string[];
}

/** Whether the caller coaches right now: the coach role and a profile in the pool. */
export const activeCoach = (actor: Actor, profileInPool: boolean) =>
  actor.roles.has('coach') && profileInPool;

/**
 * Whether a pool coach may take the caller on: anyone but themself. A coach who wants coaching
 * asks a colleague in the pool; their own profile answers `coachingCoachUnavailable`, like any
 * coach who cannot take them.
 */
export const mayCoachRequester = (actor: Actor, coachId: string) => coachId !== actor.personId;

export function coachingSide(actor: Actor, row: EngagementFacts, inPool: boolean): CoachingSide {
  const me = actor.personId;
  if (!me) return 'none';
  if (me === row.coacheeId) return 'coachee';
  if (!activeCoach(actor, inPool)) return 'none';
  if (me === row.coachId) return 'coach';
  if (row.status === 'chemistry' && row.chemistryCoachIds.includes(me)) return 'chemistry';
  return 'none';
}

const open: readonly EngagementStatus[] = ['requested', 'chemistry', 'awaiting_approval', 'active'];
const started: readonly EngagementStatus[] = ['active', 'completed'];

/**
 * What each side may do. Reads: the coachee and the coach (a chemistry coach sees the request);
 * nobody else, whatever their role — anything else answers 404. Notes: the two of them once the
 * engagement started. Reads are not written to the access log: the only reader besides the
 * coachee is the coach they chose, and an access-log line would tell the organisation's auditors
 * who is being coached.
 */
export function engagementPolicy(_actor: Actor, row: { status: EngagementStatus }, side: CoachingSide) {
  const coachee = side === 'coachee';
  const pair = coachee || side === 'coach';
  return {
    read: pair || side === 'chemistry',
    logAccess: false,
    choose: coachee && row.status === 'chemistry',
    respond: side === 'coach' && row.status === 'requested',
    editGoals: coachee && open.includes(row.status),
    schedule: pair && row.status === 'active',
    readNotes: pair && started.includes(row.status),
    writeNotes: pair && row.status === 'active',
    shareSummary: coachee && started.includes(row.status),
    cancel: coachee && open.includes(row.status),
    complete: pair && row.status === 'active',
  };
}
export type EngagementPolicy = ReturnType<typeof engagementPolicy>;

/** A note: read by the coachee and the coach; changed or removed by its author only, while active. */
export function notePolicy(
  actor: Actor,
  row: { authorId: string | null; status: EngagementStatus },
  side: CoachingSide,
) {
  const engagement = engagementPolicy(actor, row, side);
  const author = actor.personId !== null && row.authorId === actor.personId;
  return {
    read: engagement.readNotes,
    logAccess: false,
    edit: engagement.writeNotes && author,
    remove: engagement.writeNotes && author,
  };
}

/**
 * HR approves or declines the start of an engagement in a programme that asks for it. HR reads the
 * names, the programme and the date — never goals, notes or sessions — and never their own.
 */
export function approvalPolicy(actor: Actor, row: { coacheeId: string; status: EngagementStatus }) {
  const hr = actor.roles.has('hr_admin') && actor.personId !== row.coacheeId;
  return { read: hr, logAccess: false, approve: hr && row.status === 'awaiting_approval' };
}

/** A coachee's summary: all of it to the coachee, the shared one to the direct manager it went to. */
export function summaryReach(relation: Relation | null): 'own' | 'shared' | 'none' {
  if (relation === 'self') return 'own';
  if (relation === 'direct_manager') return 'shared';
  return 'none';
}

/** Who may invite a person to coaching: someone in their management chain, or an HR admin. */
export function invitationReach(actor: Actor, relation: Relation | null): 'invite' | 'none' {
  if (relation === null || relation === 'self') return 'none';
  if (relation === 'direct_manager' || relation === 'skip_level_manager') return 'invite';
  return actor.roles.has('hr_admin') ? 'invite' : 'none';
}
