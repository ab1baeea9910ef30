import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { type Db, queryRows } from '../db/client';
import { managementChain } from './managementChain';

/**
 * How the caller stands to a person, derived from the current reporting lines:
 * self, their direct manager, a manager further up the chain (skip-level), or a colleague.
 */
export type Relation = 'self' | 'direct_manager' | 'skip_level_manager' | 'colleague';

/** Returns null when the person is not in the caller's organisation: callers answer 404. */
export async function relationTo(db: Db, actor: Actor, personId: string): Promise<Relation | null> {
  const chain = await managementChain(db, actor.organizationId, personId);
  if (chain.length === 0) return null;
  const depth = chain.find((link) => link.id === actor.personId)?.depth;
  if (depth === 0) return 'self';
  if (depth === 1) return 'direct_manager';
  if (depth !== undefined) return 'skip_level_manager';
  return 'colleague';
}

export const managesPerson = (relation: Relation | null) =>
  relation === 'direct_manager' || relation === 'skip_level_manager';

/**
 * Who reads what a person shared "with my manager" (SPEC S1.4): their current *direct* manager,
 * the one person the owner sees named on the screen — everywhere, for every kind of item. A
 * skip-level manager is not told what the owner chose to tell someone else, and a new manager
 * reads only what is shared while they are the manager.
 */
export const readsSharedWithManager = (relation: Relation | null) => relation === 'direct_manager';

/** Whether a person manages anyone, and anyone two or more levels down (for navigation). */
export async function managerStanding(db: Db, personId: string | null) {
  if (!personId) return { isManager: false, isSkipLevelManager: false };
  const [row] = await queryRows<{ direct: boolean; skip: boolean }>(
    db,
    sql`
    SELECT EXISTS (SELECT 1 FROM people WHERE manager_id = ${personId} AND status <> 'terminated') AS direct,
           EXISTS (SELECT 1 FROM people r JOIN people m ON r.manager_id = m.id
                    WHERE m.manager_id = ${personId} AND r.status <> 'terminated') AS skip`,
  );
  return { isManager: Boolean(row?.direct), isSkipLevelManager: Boolean(row?.skip) };
}
