import { type SQLWrapper, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { preparedSql } from '../db/prepared';
import { MAX_CHAIN_DEPTH } from './managementChain';

/**
 * How the caller stands to a person, derived from the current reporting lines:
 * self, their direct manager, a manager further up the chain (skip-level), or a colleague.
 */
export type Relation = 'self' | 'direct_manager' | 'skip_level_manager' | 'colleague';

/**
 * The caller's place in a person's management chain as SQL: 0 when they are the person, 1 for the
 * direct manager, 2 and more further up, NULL when not in the chain (or the person is not in the
 * organisation). The walk up from the person stops at the caller, with `managementChain`'s depth
 * limit. Every relation is read through this one fragment (`relationTo`, and guards whose loader
 * brings the relation along in its own statement); `relationOfDepth` names the result.
 */
export const chainDepthSql = (
  personId: SQLWrapper,
  organizationId: SQLWrapper,
  viewerPersonId: SQLWrapper,
) => sql`(
    WITH RECURSIVE chain(id, manager_id, depth) AS (
      SELECT id, manager_id, 0 FROM people WHERE id = ${personId} AND organization_id = ${organizationId}
      UNION ALL
      SELECT p.id, p.manager_id, c.depth + 1 FROM people p JOIN chain c ON p.id = c.manager_id
       WHERE c.depth < ${MAX_CHAIN_DEPTH} AND c.id IS DISTINCT FROM ${viewerPersonId}
    )
    SELECT min(depth) FILTER (WHERE id = ${viewerPersonId}) FROM chain)`;

/** The relation to a person of the organisation, from the caller's `chainDepthSql`. */
export function relationOfDepth(depth: number | null): Relation {
  if (depth === 0) return 'self';
  if (depth === 1) return 'direct_manager';
  if (depth !== null) return 'skip_level_manager';
  return 'colleague';
}

/** One round trip: no row when the person is not in the organisation, else the caller's depth. */
const relationQuery = preparedSql(
  'relation_to',
  sql`
    SELECT ${chainDepthSql(sql.placeholder('personId'), sql.placeholder('organizationId'), sql.placeholder('viewerPersonId'))}
      FROM people WHERE id = ${sql.placeholder('personId')} AND organization_id = ${sql.placeholder('organizationId')}`,
  ([depth]) => (depth === null ? null : Number(depth)),
);

/** Returns null when the person is not in the caller's organisation: callers answer 404. */
export async function relationTo(db: Db, actor: Actor, personId: string): Promise<Relation | null> {
  const [depth] = await relationQuery(db).execute({
    personId,
    organizationId: actor.organizationId,
    viewerPersonId: actor.personId,
  });
  return depth === undefined ? null : relationOfDepth(depth);
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

/**
 * Whether a person manages anyone (`direct`), and anyone two or more levels down (`skip`), as SQL
 * for statements that read the standing along with other things (`presentMe`).
 */
export const managerStandingSql = (personId: SQLWrapper) => ({
  direct: sql`EXISTS (SELECT 1 FROM people WHERE manager_id = ${personId} AND status <> 'terminated')`,
  skip: sql`EXISTS (SELECT 1 FROM people r JOIN people m ON r.manager_id = m.id
                     WHERE m.manager_id = ${personId} AND r.status <> 'terminated')`,
});

const standing = managerStandingSql(sql.placeholder('personId'));
const standingQuery = preparedSql(
  'manager_standing',
  sql`SELECT ${standing.direct}, ${standing.skip}`,
  ([direct, skip]) => ({ isManager: Boolean(direct), isSkipLevelManager: Boolean(skip) }),
);

/** Whether a person manages anyone, and anyone two or more levels down (for navigation). */
export async function managerStanding(db: Db, personId: string | null) {
  if (!personId) return { isManager: false, isSkipLevelManager: false };
  const [standing] = await standingQuery(db).execute({ personId });
  return standing ?? { isManager: false, isSkipLevelManager: false };
}
