import type { EmploymentStatus, PersonAbilities } from '../../contracts/org';
import type { Actor } from '../platform/auth/actor';
import { managesPerson, type Relation, readsSharedWithManager } from '../platform/policy/relations';

/**
 * Person records hold directory data: everyone in the organisation may read an active colleague's
 * profile; people who have left are visible to HR and org admins only. Changing people is HR's job;
 * granting roles is the org admin's. Someone outside the organisation (no relation) reads nothing.
 */
export function personPolicy(
  actor: Actor,
  person: { status: string; hasPassword: boolean },
  relation: Relation | null,
) {
  const hr = actor.roles.has('hr_admin');
  const orgAdmin = actor.roles.has('org_admin');
  const read = relation !== null && (person.status !== 'terminated' || hr || orgAdmin || relation === 'self');
  const abilities: PersonAbilities = {
    update: read && hr,
    deactivate: read && hr && person.status !== 'terminated' && relation !== 'self',
    // An invitation sets a first password; people who already have one reset it themselves.
    invite: read && hr && person.status !== 'terminated' && !person.hasPassword,
    manageRoles: read && orgAdmin,
    viewReportingHistory: read && (hr || orgAdmin || relation === 'self' || managesPerson(relation)),
    // Where the growth policies reach (aspirationReach, planReach, learningReach,
    // conversationRhythmReach, pathPolicy): policy.test.ts holds these two equal to them.
    viewDevelopment: read && (relation === 'self' || readsSharedWithManager(relation)),
    viewCareerPath: read && (relation === 'self' || managesPerson(relation) || hr),
    // personReviewsReach 'all'; anyone else learns only of reviews they take part in.
    viewReviews: read && (relation === 'self' || managesPerson(relation) || hr),
    // payPolicy's read (performance/compensation/payData): policy.test.ts holds the two equal.
    viewPay: read && (relation === 'self' || managesPerson(relation) || hr),
  };
  // Every read of someone else's profile lands on their access log (SPEC S1.5).
  return { read, logAccess: read && relation !== 'self', ...abilities };
}

/**
 * Which people the directory lists for the caller: the employment statuses whose records
 * `personPolicy` lets them read. The directory query filters with exactly this list, and
 * `policy.test.ts` holds it equal to the single-record rule for every role and relation.
 */
export function directoryReach(actor: Actor): EmploymentStatus[] {
  const everyone: EmploymentStatus[] = ['active', 'on_leave', 'terminated'];
  return peoplePolicy.seeTerminated(actor) ? everyone : everyone.filter((status) => status !== 'terminated');
}

export const peoplePolicy = {
  create: (actor: Actor) => actor.roles.has('hr_admin'),
  import: (actor: Actor) => actor.roles.has('hr_admin'),
  seeTerminated: (actor: Actor) => actor.roles.has('hr_admin') || actor.roles.has('org_admin'),
  manageCatalogue: (actor: Actor) => actor.roles.has('hr_admin'),
};
