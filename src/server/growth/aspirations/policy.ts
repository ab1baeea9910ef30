import type { Actor } from '../../platform/auth/actor';
import { type Relation, readsSharedWithManager } from '../../platform/policy/relations';

/**
 * Who reads an aspiration (SPEC S1.4, S4.2):
 * - the owner, always, and only the owner edits, shares, revokes or removes it;
 * - their current *direct* manager, only while the owner shares the item. "Shared with my manager"
 *   means the one person the owner sees named on the screen; a skip-level manager is not told
 *   anything the owner did not choose to tell them, so the chain above does not read it;
 * - nobody else: not HR (coverage counts only), not the org admin, approvers or coaches.
 * Anything not readable answers 404.
 */
export function aspirationPolicy(
  actor: Actor,
  item: { ownerId: string; sharedWithManager: boolean },
  relationToOwner: Relation | null,
) {
  const owner = actor.personId !== null && actor.personId === item.ownerId;
  const read = owner || (readsSharedWithManager(relationToOwner) && item.sharedWithManager);
  return {
    read,
    edit: owner,
    share: owner,
    remove: owner,
    /** Every read by someone other than the owner lands on the owner's access log (SPEC S1.5). */
    logAccess: read && !owner,
  };
}

/** What of a person's aspirations the caller may list; lists filter with exactly this. */
export function aspirationReach(relationToOwner: Relation | null): 'all' | 'shared' | 'none' {
  if (relationToOwner === 'self') return 'all';
  if (readsSharedWithManager(relationToOwner)) return 'shared';
  return 'none';
}
