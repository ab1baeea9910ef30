import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { preparedSql } from '../db/prepared';

export interface ChainLink {
  id: string;
  status: string;
  /** 0 for the person, 1 for their manager, 2 for the manager's manager, … */
  depth: number;
}

/** Deeper than any real organisation; stops the walk if bad data ever formed a loop. */
export const MAX_CHAIN_DEPTH = 64;

const chainQuery = preparedSql(
  'management_chain',
  sql`
    WITH RECURSIVE chain(id, manager_id, status, depth) AS (
      SELECT id, manager_id, status, 0 FROM people
       WHERE id = ${sql.placeholder('personId')} AND organization_id = ${sql.placeholder('organizationId')}
      UNION ALL
      SELECT p.id, p.manager_id, p.status, c.depth + 1 FROM people p JOIN chain c ON p.id = c.manager_id
       WHERE c.depth < ${MAX_CHAIN_DEPTH}
    ) SELECT id, status, depth FROM chain ORDER BY depth`,
  ([id, status, depth]): ChainLink => ({ id: id as string, status: status as string, depth: Number(depth) }),
);

/**
 * A person and their current managers upward, nearest first. Empty when the person is not in the
 * organisation. Org-chart paths and cycle checks read the hierarchy through this; relations walk the
 * same chain (`relationTo`).
 */
export function managementChain(db: Db, organizationId: string, personId: string): Promise<ChainLink[]> {
  return chainQuery(db).execute({ personId, organizationId });
}
