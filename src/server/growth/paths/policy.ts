import type { Actor } from '../../platform/auth/actor';
import { managesPerson, type Relation } from '../../platform/policy/relations';

/** The competency library, scale and tracks are readable by everyone in the organisation; HR edits. */
export const libraryAbilities = (actor: Actor) => ({ edit: actor.roles.has('hr_admin') });

/**
 * A person's career path (SPEC S1, S4.3). Assessments are development data, never a rating:
 * - the person sees their position, both assessments, and writes their own self-assessment;
 * - their direct and skip-level managers see the position, the manager's assessment and only the
 *   self-assessments the person shared; the direct manager writes the manager's assessment;
 *   managers may place the person on a track;
 * - HR admins see and set the position (they run the career framework) but no assessment and no gap;
 * - everyone else (org admins, approvers, coaches, colleagues): 404.
 * Every read by someone other than the person is logged for them.
 */
export function pathPolicy(actor: Actor, relation: Relation | null) {
  const self = relation === 'self';
  const manager = managesPerson(relation);
  const hr = actor.roles.has('hr_admin') && relation !== null;
  const read = self || manager || hr;
  return {
    read,
    /** Which assessments the caller sees: all (self), manager + shared self (manager), none. */
    assessments: self ? ('all' as const) : manager ? ('shared' as const) : ('none' as const),
    selfAssess: self,
    managerAssess: relation === 'direct_manager',
    setPosition: read && (manager || hr),
    logAccess: read && !self,
  };
}
