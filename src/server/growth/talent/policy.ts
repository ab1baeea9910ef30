import type { Actor } from '../../platform/auth/actor';
import { hasRole } from '../../platform/auth/actor';

/**
 * The readers rule of class `talent` (SPEC S1, anchors 5.3), shared by talent reviews and
 * succession: an HR admin, or a person designated for the record (the participants of a talent
 * review, the collaborators of a slate) — and never the person the record is about. The subject,
 * their peers and their manager (unless designated) read nothing; everything else answers 404.
 *
 * `designatedPersonIds` are the people named for this record; `subjectPersonId` is the person it is
 * about (null for a record about nobody in particular, such as a session header or a key position).
 */
export function mayReadTalent(
  actor: Actor,
  designatedPersonIds: Iterable<string>,
  subjectPersonId: string | null,
): boolean {
  if (subjectPersonId !== null && actor.personId === subjectPersonId) return false;
  if (hasRole(actor, 'hr_admin')) return true;
  if (actor.personId === null) return false;
  for (const id of designatedPersonIds) if (id === actor.personId) return true;
  return false;
}

/** How the caller stands to a talent review: the people designated for it (participants and facilitator). */
export interface TalentSessionRelation {
  designatedPersonIds: readonly string[];
}

interface SessionFacts {
  state: 'draft' | 'in_review' | 'locked';
  facilitatorId: string | null;
}

/**
 * A talent review session as a whole (its header, board and distribution): readable by whoever
 * `mayReadTalent` admits about nobody in particular; HR admins change it and its participants;
 * HR admins and the facilitator move it on and place people; readers assess. Nothing changes once
 * it is locked. Reading the header is not logged: it is about no one person; the board logs each
 * person shown (access.ts).
 */
export function talentSessionPolicy(actor: Actor, session: SessionFacts, relation: TalentSessionRelation) {
  const read = mayReadTalent(actor, relation.designatedPersonIds, null);
  const hr = hasRole(actor, 'hr_admin');
  const facilitator = actor.personId !== null && actor.personId === session.facilitatorId;
  const open = session.state !== 'locked';
  return {
    read,
    edit: read && hr && open,
    changeState: read && (hr || facilitator) && open,
    assess: read && open,
    place: read && (hr || facilitator) && open,
    logAccess: false,
  };
}

/**
 * One person's talent record in a session: the session's readers, except the person themselves
 * (a participant who is in the population does not see their own row). Every read is logged for
 * the person. Offers of development may be made from a locked session too: an offer is the
 * employee's development record, not a change of the talent record.
 */
export function talentMemberPolicy(
  actor: Actor,
  member: SessionFacts & { personId: string },
  relation: TalentSessionRelation,
) {
  const session = talentSessionPolicy(actor, member, relation);
  const read = mayReadTalent(actor, relation.designatedPersonIds, member.personId);
  return {
    read,
    assess: read && session.assess,
    place: read && session.place,
    offer: read,
    logAccess: read,
  };
}
