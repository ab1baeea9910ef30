import { sql } from 'drizzle-orm';
import { issue } from '../../../contracts/issues';
import type { TeamScope } from '../../../contracts/teamView';
import type { Actor } from '../../platform/auth/actor';
import { type Db, queryRows } from '../../platform/db/client';
import { validationFailed } from '../../platform/errors/appError';
import { decodeCursor, encodeCursor, isUuid } from '../../platform/http/cursor';
import { MAX_CHAIN_DEPTH } from '../../platform/policy/managementChain';

/** One person of the caller's team, with what the columns need to know about them. */
export interface MemberRow {
  id: string;
  givenName: string;
  familyName: string;
  jobTitle: string;
  status: 'active' | 'on_leave' | 'terminated';
  hireDate: string;
  /** 1 for a direct report, 2 for a report's report, … */
  depth: number;
  managerId: string | null;
  managerName: string | null;
  /** The day the person's current reporting line (to their current manager) began. */
  managerSince: string | null;
}

interface Raw {
  id: string;
  given_name: string;
  family_name: string;
  job_title: string;
  status: MemberRow['status'];
  hire_date: string;
  depth: number;
  manager_id: string | null;
  manager_name: string | null;
  manager_since: string | null;
  total: number;
}

function readCursor(cursor: string) {
  const parts = decodeCursor(cursor);
  const [family, given, id] = parts;
  if (parts.length !== 3 || family === undefined || given === undefined || !isUuid(id))
    throw validationFailed({ cursor: issue('listPositionInvalid') });
  return { family, given, id };
}

/**
 * One page of the caller's team: their current direct reports (`direct`) or everyone below them at
 * any depth (`subtree`), people who left excluded, by family name, given name and id (a keyset, so
 * the order is stable and a page is as cheap at the end as at the start). One statement: the walk
 * down the reporting lines, the page, each person's manager and current line, and the total.
 */
export async function teamMembers(
  db: Db,
  actor: Actor,
  options: { scope: TeamScope; cursor?: string; pageSize: number },
): Promise<{ rows: MemberRow[]; total: number; nextCursor: string | null }> {
  if (!actor.personId) return { rows: [], total: 0, nextCursor: null };
  const after = options.cursor ? readCursor(options.cursor) : null;
  const maxDepth = options.scope === 'direct' ? 1 : MAX_CHAIN_DEPTH;
  const keyset = after
    ? sql`AND (p.family_name, p.given_name, p.id) > (${after.family}, ${after.given}, ${after.id}::uuid)`
    : sql``;
  const raw = await queryRows<Raw>(
    db,
    sql`WITH RECURSIVE team(id, depth) AS (
          SELECT id, 1 FROM people
           WHERE organization_id = ${actor.organizationId} AND manager_id = ${actor.personId}::uuid
             AND status <> 'terminated'
          UNION ALL
          SELECT p.id, t.depth + 1 FROM people p JOIN team t ON p.manager_id = t.id
           WHERE t.depth < ${maxDepth} AND p.status <> 'terminated'
        )
        SELECT p.id, p.given_name, p.family_name, p.job_title, p.status, p.hire_date::text AS hire_date,
               t.depth, p.manager_id, m.given_name || ' ' || m.family_name AS manager_name,
               (SELECT max(rl.valid_from)::text FROM reporting_lines rl
                 WHERE rl.person_id = p.id AND rl.valid_to IS NULL
                   AND rl.manager_id IS NOT DISTINCT FROM p.manager_id) AS manager_since,
               (SELECT count(*)::int FROM team) AS total
          FROM team t JOIN people p ON p.id = t.id
          LEFT JOIN people m ON m.id = p.manager_id
         WHERE TRUE ${keyset}
         ORDER BY p.family_name, p.given_name, p.id
         LIMIT ${options.pageSize + 1}`,
  );
  const page = raw.slice(0, options.pageSize);
  const last = page.at(-1);
  let total = Number(raw[0]?.total ?? 0);
  // Past the last page no row carries the total: count the team alone.
  if (raw.length === 0 && after)
    total = (await teamMembers(db, actor, { ...options, cursor: undefined })).total;
  return {
    rows: page.map((row) => ({
      id: row.id,
      givenName: row.given_name,
      familyName: row.family_name,
      jobTitle: row.job_title,
      status: row.status,
      hireDate: String(row.hire_date).slice(0, 10),
      depth: Number(row.depth),
      managerId: row.manager_id,
      managerName: row.manager_name,
      managerSince: row.manager_since ? String(row.manager_since).slice(0, 10) : null,
    })),
    total,
    nextCursor:
      raw.length > options.pageSize && last
        ? encodeCursor([last.family_name, last.given_name, last.id])
        : null,
  };
}
