import type { Actor } from '../../../platform/auth/actor';
import { managesPerson, type Relation } from '../../../platform/policy/relations';

/** What the policy needs to know of the person whose pay is asked for. */
export interface PaySubject {
  /** The organisation lets employees see where their own pay sits in its band. */
  placementVisibleToSelf: boolean;
}

/**
 * Who reads and writes a person's pay (SPEC S1 `compensation`, issue 12 item 1):
 * - the person: their own pay history always; their own band placement only when the organisation
 *   switches `showBandPlacementToEmployees` on;
 * - their manager chain (direct and skip-level managers, from the current reporting lines): history
 *   and placement, for their reports only;
 * - HR admins (the compensation admins): everyone's history and placement in their organisation, and
 *   only they add pay records;
 * - nobody else — not the org admin, not coaches, not colleagues, and not approvers, who see pay only
 *   through a compensation cycle they approve (later). They get 404, as if there were no pay at all.
 * Every read by someone other than the person lands on the person's access log (SPEC S1.5).
 */
export function payPolicy(actor: Actor, subject: PaySubject, relation: Relation | null) {
  const inOrganisation = relation !== null;
  const self = relation === 'self';
  const hr = inOrganisation && actor.roles.has('hr_admin');
  const chain = managesPerson(relation);
  const read = self || chain || hr;
  return {
    read,
    seePlacement: hr || chain || (self && subject.placementVisibleToSelf),
    addRecord: hr,
    logAccess: read && !self,
  };
}
export type PayPolicy = ReturnType<typeof payPolicy>;

/**
 * Salary bands are the organisation's pay structure, about no one person: HR admins read and add
 * versions. Everyone else is refused (403: the route exists, the role cannot use it); a person sees
 * their own band only through their placement, when the organisation shows it.
 */
export const bandPolicy = (actor: Actor) => {
  const hr = actor.roles.has('hr_admin');
  return { list: hr, add: hr, import: hr };
};

/** Only HR admins import pay. */
export const payImportAllowed = (actor: Actor) => actor.roles.has('hr_admin');
