import type { Actor } from '../../platform/auth/actor';
import { type Relation, readsSharedWithManager } from '../../platform/policy/relations';

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
 * A person's enrolments and certifications are their development record (SPEC S1.4):
 * - the person reads and edits all of them;
 * - their current *direct* manager reads only the items the person shared with them (and the read
 *   is logged); they never edit. "Shared with my manager" means that one person everywhere
 *   (`readsSharedWithManager`): a skip-level manager reads none of it;
 * - everyone else (skip-level managers, HR admins, org admins, approvers, coaches, colleagues)
 *   reads nothing: 404.
 */
export function learningReach(relation: Relation | null): 'all' | 'shared' | 'none' {
  if (relation === 'self') return 'all';
  if (readsSharedWithManager(relation)) return 'shared';
  return 'none';
}

/** One enrolment or certification; lists of them filter with `learningReach`, which must agree. */
export function learningRecordPolicy(relation: Relation | null, record: { sharedWithManager: boolean }) {
  const reach = learningReach(relation);
  const owner = reach === 'all';
  const read = owner || (reach === 'shared' && record.sharedWithManager);
  return { read, edit: owner, logAccess: read && !owner };
}

/** Certification state against today: a reminder goes out `reminderDays` before expiry. */
export function certificationState(expiresOn: string | null, today: string, reminderDays: number) {
  if (expiresOn === null) return 'no_expiry' as const;
  if (expiresOn < today) return 'expired' as const;
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + reminderDays);
  return expiresOn <= limit.toISOString().slice(0, 10) ? ('expiring' as const) : ('valid' as const);
}
