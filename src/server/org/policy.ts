import type { PersonAbilities } from '../../contracts/org';
import type { Actor } from '../platform/auth/actor';
import { managesPerson, type Relation } from '../platform/policy/relations';

/**
 * Person records hold directory data: everyone in the organisation may read an active colleague's
 * profile; people who have left are visible to HR and org admins only. Changing people is HR's job;
 * granting roles is the org admin's.
 */
export function personPolicy(
  actor: Actor,
  person: { status: string; hasPassword: boolean },
  relation: Relation,
) {
  const hr = actor.roles.has('hr_admin');
  const orgAdmin = actor.roles.has('org_admin');
  const read = person.status !== 'terminated' || hr || orgAdmin || relation === 'self';
  const abilities: PersonAbilities = {
    update: read && hr,
    deactivate: read && hr && person.status !== 'terminated' && relation !== 'self',
    // An invitation sets a first password; people who already have one reset it themselves.
    invite: read && hr && person.status !== 'terminated' && !person.hasPassword,
    manageRoles: read && orgAdmin,
    viewReportingHistory: read && (hr || orgAdmin || relation === 'self' || managesPerson(relation)),
  };
  return { read, ...abilities };
}

export const peoplePolicy = {
  create: (actor: Actor) => actor.roles.has('hr_admin'),
  import: (actor: Actor) => actor.roles.has('hr_admin'),
  seeTerminated: (actor: Actor) => actor.roles.has('hr_admin') || actor.roles.has('org_admin'),
  manageCatalogue: (actor: Actor) => actor.roles.has('hr_admin'),
};
