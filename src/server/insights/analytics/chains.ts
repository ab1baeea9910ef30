import { type SQL, sql } from 'drizzle-orm';
import { MAX_CHAIN_DEPTH } from '../../platform/policy/managementChain';

/**
 * Common table expressions giving each subject's managers as of a day, from the effective-dated
 * reporting lines (org/tables.ts `reporting_lines`), so a figure about a past cycle groups people
 * under the managers they had then, not now (issue 14 item 2).
 *
 * `subjects` must be a query of `(person_id uuid, at date)`. Defines `subjects`, `walk` and
 * `chains(person_id, at, chain)`, where `chain` lists the managers above the person on that day, top
 * first and the direct manager last (empty at the top or without a line that day). Walks up one
 * line per step — a subject costs its depth in index lookups — and stops at a loop or
 * `MAX_CHAIN_DEPTH`. Place after `WITH RECURSIVE`.
 */
export function chainsAsOf(organizationId: string, subjects: SQL): SQL {
  return sql`subjects(person_id, at) AS (${subjects}),
    walk(person_id, at, cur, chain, depth) AS (
      SELECT s.person_id, s.at, s.person_id, ARRAY[]::uuid[], 0 FROM subjects s
      UNION ALL
      SELECT w.person_id, w.at, rl.manager_id, rl.manager_id || w.chain, w.depth + 1
        FROM walk w
        JOIN reporting_lines rl
          ON rl.person_id = w.cur AND rl.organization_id = ${organizationId}
         AND rl.valid_from <= w.at AND (rl.valid_to IS NULL OR rl.valid_to > w.at)
       WHERE rl.manager_id IS NOT NULL AND w.depth < ${MAX_CHAIN_DEPTH}
         AND rl.manager_id <> ALL (w.chain) AND rl.manager_id <> w.person_id
    ),
    chains AS (
      SELECT DISTINCT ON (person_id, at) person_id, at, chain FROM walk ORDER BY person_id, at, depth DESC
    )`;
}

/**
 * Whether person `p` was employed on day `day` (an SQL date): hired by then and not yet gone.
 * `terminated_on` is the last day of employment; someone marked terminated without a date counts
 * as gone on any day.
 */
export const employedOn = (day: SQL) =>
  sql`(p.hire_date <= ${day} AND (p.terminated_on IS NULL OR p.terminated_on >= ${day})
       AND NOT (p.status = 'terminated' AND p.terminated_on IS NULL))`;
