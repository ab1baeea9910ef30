import type { Actor } from '../../platform/auth/actor';
import { managesPerson, type Relation } from '../../platform/policy/relations';

/**
 * The learning catalogue is the organisation's offer: everyone in it may browse active items; only
 * HR admins manage it (and see retired items and enrolment counts, never who enrolled).
 */
export function catalogueAbilities(actor: Actor) {
  const hr = actor.roles.has('hr_admin');
  return { manage: hr, seeRetired: hr, seeCounts: hr };
}

/** Anyone with a person record may enrol in an active item. */
export const canEnrol = (actor: Actor, item: { status: 'active' | 'retired' }) =>
  actor.personId !== null && item.status === 'active';

/**
 * A person's enrolments and certifications are their development record (SPEC S1):
 * - the person reads and edits all of them;
 * - their direct and skip-level managers read only the items the person shared (and the read is
 *   logged); they never edit;
 * - everyone else (HR admins, org admins, approvers, coaches, colleagues) reads nothing: 404.
 */
export function personLearningPolicy(relation: Relation | null) {
  if (relation === 'self') return { read: true, sharedOnly: false, edit: true, logAccess: false };
  if (managesPerson(relation)) return { read: true, sharedOnly: true, edit: false, logAccess: true };
  return { read: false, sharedOnly: true, edit: false, logAccess: false };
}

/** One enrolment or certification: visible to its owner, or to their manager chain when shared. */
export function learningRecordPolicy(relation: Relation | null, record: { sharedWithManager: boolean }) {
  const person = personLearningPolicy(relation);
  const read = person.read && (!person.sharedOnly || record.sharedWithManager);
  return { read, edit: read && person.edit, logAccess: read && person.logAccess };
}

/** Certification state against today: a reminder goes out `reminderDays` before expiry. */
export function certificationState(expiresOn: string | null, today: string, reminderDays: number) {
  if (expiresOn === null) return 'no_expiry' as const;
  if (expiresOn < today) return 'expired' as const;
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + reminderDays);
  return expiresOn <= limit.toISOString().slice(0, 10) ? ('expiring' as const) : ('valid' as const);
}
