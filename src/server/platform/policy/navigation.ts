import type { NavigationArea } from '../../../contracts/auth';
import type { Actor } from '../auth/actor';

/**
 * Which areas the web app shows. Navigation is a convenience only: every route still authorizes.
 * Org admins without a person record see only Admin; being an admin grants no access to reviews or plans.
 */
export function navigationFor(actor: Actor, standing: { isManager: boolean }): NavigationArea[] {
  const areas: NavigationArea[] = [];
  if (actor.personId) areas.push('home', 'performance', 'growth');
  if (standing.isManager) areas.push('team');
  // Analytics answer HR about the organisation and a manager about their subtree; an approver
  // without reports would find nothing there (insights/analytics/access.ts).
  if (actor.roles.has('hr_admin') || standing.isManager) areas.push('insights');
  if (actor.roles.has('hr_admin') || actor.roles.has('org_admin')) areas.push('admin');
  return areas;
}
