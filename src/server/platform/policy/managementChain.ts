import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client';

export interface ChainLink {
  id: string;
  status: string;
  /** 0 for the person, 1 for their manager, 2 for the manager's manager, … */
  depth: number;
}

/** Deeper than any real organisation; stops the walk if bad data ever formed a loop. */
const MAX_DEPTH = 64;

/**
 * A person and their current managers upward, nearest first. Empty when the person is not in the
 * organisation. Relations, org-chart paths and cycle checks all read the hierarchy through this.
 */
export async function managementChain(
  db: Db,
  organizationId: string,
  personId: string,
): Promise<ChainLink[]> {
  const rows = await queryRows<ChainLink>(
    db,
    sql`
    WITH RECURSIVE chain(id, manager_id, status, depth) AS (
      SELECT id, manager_id, status, 0 FROM people WHERE id = ${personId} AND organization_id = ${organizationId}
      UNION ALL
      SELECT p.id, p.manager_id, p.status, c.depth + 1 FROM people p JOIN chain c ON p.id = c.manager_id
       WHERE c.depth < ${MAX_DEPTH}
    ) SELECT id, status, depth FROM chain ORDER BY depth`,
  );
  return rows.map((row) => ({ ...row, depth: Number(row.depth) }));
}
