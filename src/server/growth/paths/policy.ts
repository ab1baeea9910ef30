import type { Actor } from '../../platform/auth/actor';
import { managesPerson, type Relation, readsSharedWithManager } from '../../platform/policy/relations';
import type { AssessmentAuthor } from './tables';

/** The competency library, scale and tracks are readable by everyone in the organisation; HR edits. */
export const libraryAbilities = (actor: Actor) => ({ edit: actor.roles.has('hr_admin') });

/**
 * Which assessments of a person the caller sees: all of them (the person); the manager's and the
 * self-assessments the person shared (their direct manager); the manager's only (a skip-level
 * manager); none (HR, who only place people on tracks).
 */
export type AssessmentReach = 'all' | 'shared' | 'manager_only' | 'none';

/**
 * A person's career path (SPEC S1.4, S4.3). Assessments are development data, never a rating:
 * - the person sees their position, both assessments, and writes their own self-assessment;
 * - their managers see the position and the manager's assessment; the self-assessments the person
 *   shared "with my manager" go to their current *direct* manager only (`readsSharedWithManager`),
 *   never to a skip-level; the direct manager writes the manager's assessment; managers may place
 *   the person on a track;
 * - HR admins see and set the position (they run the career framework) but no assessment and no gap;
 * - everyone else (org admins, approvers, coaches, colleagues): 404.
 * Every read by someone other than the person is logged for them.
 */
export function pathPolicy(actor: Actor, relation: Relation | null) {
  const self = relation === 'self';
  const manager = managesPerson(relation);
  const hr = actor.roles.has('hr_admin') && relation !== null;
  const read = self || manager || hr;
  const assessments: AssessmentReach = self
    ? 'all'
    : readsSharedWithManager(relation)
      ? 'shared'
      : manager
        ? 'manager_only'
        : 'none';
  return {
    read,
    /** Which assessments the caller sees; `seesAssessment` applies it to each one. */
    assessments,
    /** The gap analysis is made of assessments: only for those who see some. */
    readGap: read && assessments !== 'none',
    selfAssess: self,
    managerAssess: relation === 'direct_manager',
    setPosition: read && (manager || hr),
    logAccess: read && !self,
  };
}
export type PathPolicy = ReturnType<typeof pathPolicy>;

/** Whether one assessment is within the caller's reach: the only filter the path and gap apply. */
export function seesAssessment(
  reach: AssessmentReach,
  assessment: { author: AssessmentAuthor; sharedWithManager: boolean },
) {
  if (reach === 'all') return true;
  if (reach === 'none') return false;
  if (assessment.author === 'manager') return true;
  return reach === 'shared' && assessment.sharedWithManager;
}
