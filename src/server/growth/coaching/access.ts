import { issue } from '../../../contracts/issues';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/appError';
import { defineAccess, defineReach } from '../../platform/policy/access';
import {
  approvalPolicy,
  type CoachingSide,
  coachingSide,
  type EngagementPolicy,
  engagementPolicy,
  invitationReach,
  notePolicy,
  summaryReach,
} from './policy';
import { type EngagementRow, findEngagement, findNote, findSession, profileInPool } from './queries';

/** The caller's side of an engagement, with the pool check made now, on this request. */
async function sideOf(db: Db, actor: Actor, row: EngagementRow): Promise<CoachingSide> {
  const inPool = actor.roles.has('coach')
    ? await profileInPool(db, actor.organizationId, actor.personId)
    : false;
  return coachingSide(actor, row, inPool);
}

/** What each side could do in some state: refused in another state, that is 409 invalid_state, not 403. */
const sideActions: Record<'coachee' | 'coach', readonly string[]> = {
  coachee: [
    'choose',
    'editGoals',
    'schedule',
    'writeNotes',
    'shareSummary',
    'cancel',
    'complete',
    'edit',
    'remove',
  ],
  coach: ['respond', 'schedule', 'writeNotes', 'complete', 'edit', 'remove'],
};

/** The coachee or coach blocked by the engagement's state (not their role) gets 409 invalid_state. */
function stateRefusal(action: string, side: CoachingSide) {
  if (side !== 'coachee' && side !== 'coach') return undefined;
  if (!sideActions[side].includes(action)) return undefined;
  const notActive = ['schedule', 'writeNotes', 'complete', 'edit', 'remove'].includes(action);
  return new AppError('invalid_state', notActive ? issue('coachingNotActive') : undefined);
}

/** The one door to an engagement (GUIDE 12): coachee and coach; everyone else 404. */
export const engagementAccess = defineAccess({
  name: 'Coaching engagement',
  dataClass: 'development',
  resource: 'coaching',
  load: findEngagement,
  subjectOf: (row) => row.coacheeId,
  relate: sideOf,
  policy: engagementPolicy,
  version: (row) => row.version,
  refusal: (action, _policy: EngagementPolicy, _row, side) => stateRefusal(action, side),
});

type NoteWithEngagement = NonNullable<Awaited<ReturnType<typeof findNote>>> & { engagement: EngagementRow };

async function loadNote(db: Db, organizationId: string, id: string, forUpdate: boolean) {
  const note = await findNote(db, organizationId, id, forUpdate);
  if (!note) return null;
  const engagement = await findEngagement(db, organizationId, note.engagementId);
  return engagement ? { ...note, engagement } : null;
}

/** A coaching note: the coachee and the coach read it; its author changes it. Nobody else, ever. */
export const noteAccess = defineAccess({
  name: 'Coaching note',
  dataClass: 'development',
  resource: 'coaching notes',
  load: loadNote,
  subjectOf: (row: NoteWithEngagement) => row.engagement.coacheeId,
  relate: (db, actor, row) => sideOf(db, actor, row.engagement),
  policy: (actor, row, side) =>
    notePolicy(actor, { authorId: row.authorId, status: row.engagement.status }, side),
  version: (row) => row.version,
  // On an active engagement the only thing in the way is authorship: 403. Otherwise the state.
  refusal: (action, _policy, row, side) =>
    row.engagement.status === 'active' ? undefined : stateRefusal(action, side),
});

async function loadSession(db: Db, organizationId: string, id: string, forUpdate: boolean) {
  const session = await findSession(db, organizationId, id, forUpdate);
  if (!session) return null;
  const engagement = await findEngagement(db, organizationId, session.engagementId);
  return engagement ? { ...session, engagement } : null;
}

/** A session: the pair read it and, while the engagement is active, change it. */
export const sessionAccess = defineAccess({
  name: 'Coaching session',
  dataClass: 'development',
  resource: 'coaching',
  load: loadSession,
  subjectOf: (row) => row.engagement.coacheeId,
  relate: (db, actor, row) => sideOf(db, actor, row.engagement),
  policy: (actor, row, side) => {
    const p = engagementPolicy(actor, row.engagement, side);
    return { read: p.schedule || p.readNotes, logAccess: false, edit: p.schedule };
  },
  version: (row) => row.version,
  refusal: (action, _policy, _row, side) => stateRefusal(action === 'edit' ? 'schedule' : action, side),
});

/** HR's door to an engagement awaiting approval: names, programme and date only. */
export const approvalAccess = defineAccess({
  name: 'Coaching engagement',
  dataClass: 'development',
  resource: 'coaching approval',
  load: findEngagement,
  subjectOf: (row) => row.coacheeId,
  relate: async () => null,
  policy: (actor, row) => approvalPolicy(actor, row),
  version: (row) => row.version,
  refusal: () => new AppError('invalid_state'),
});

/** A person's published coaching summary: theirs in full, their direct manager the shared one (logged). */
export const summaryListAccess = defineReach({
  dataClass: 'development',
  resource: 'coaching summary',
  reach: (_actor, relation) => summaryReach(relation),
});

/** Whom the caller may invite to coaching; inviting reads nothing, so nothing is logged. */
export const invitationTargetAccess = defineReach({
  dataClass: 'development',
  resource: 'coaching invitation',
  reach: invitationReach,
  logged: () => false,
});
