import type { Actor } from '../../platform/auth/actor';
import { type Relation, readsSharedWithManager } from '../../platform/policy/relations';
import type { PlanStatus } from './tables';

export interface PlanFacts {
  ownerId: string;
  status: PlanStatus;
  /** The manager the plan was shared with, or null when not shared. */
  sharedWithId: string | null;
}

/**
 * Who may do what with a development plan (SPEC S1.4, S4.4). Class `development`:
 * - the owner reads and edits it, shares it with their direct manager and revokes that;
 * - the manager it was shared with reads it — only while it is shared and they are still the
 *   owner's current direct manager (`readsSharedWithManager`: a new manager does not inherit it; a
 *   skip-level never sees it);
 * - nobody else reads it, whatever their role: HR admins get coverage counts only, org admins,
 *   approvers and coaches nothing. Anyone who may not read it gets 404.
 * An archived plan is read-only until the owner reactivates it (a status change).
 */
export function planPolicy(actor: Actor, plan: PlanFacts, relationToOwner: Relation | null) {
  const owner = actor.personId !== null && actor.personId === plan.ownerId;
  const sharedReader =
    !owner &&
    plan.sharedWithId !== null &&
    actor.personId === plan.sharedWithId &&
    readsSharedWithManager(relationToOwner);
  const read = owner || sharedReader;
  const shared = plan.sharedWithId !== null;
  return {
    read,
    /** A read by anyone but the owner goes to the owner's access log (SPEC S1.5). */
    logAccess: sharedReader,
    edit: owner && plan.status !== 'archived',
    changeStatus: owner,
    /** Sharing needs a direct manager; the route checks there is one. */
    share: owner && !shared && plan.status !== 'archived',
    revoke: owner && shared,
  };
}
export type PlanPolicy = ReturnType<typeof planPolicy>;

/**
 * What of a person's plans the caller may list: all (the owner), those shared with the caller (their
 * direct manager), none (anyone else). Lists filter with this; it must agree with `planPolicy`.
 */
export function planReach(relationToOwner: Relation | null): 'all' | 'shared_with_me' | 'none' {
  if (relationToOwner === 'self') return 'all';
  if (readsSharedWithManager(relationToOwner)) return 'shared_with_me';
  return 'none';
}

/** HR admins see how many people have a plan, per department — counts, never content. */
export const mayReadCoverage = (actor: Actor) => actor.roles.has('hr_admin');
