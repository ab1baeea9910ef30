import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import type { PopulationFilter } from './tables';

const idList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * The WHERE clause over `people p` that picks a cycle's participants: active people of the
 * organisation, in the chosen departments and levels (empty = any), hired on or before the cut-off,
 * less the people left out by name. `withExclusions: false` gives the filters' people before that.
 */
export function participantCondition(
  organizationId: string,
  filter: PopulationFilter,
  options: { withExclusions?: boolean } = {},
): SQL {
  const parts: SQL[] = [sql`p.organization_id = ${organizationId}`, sql`p.status = 'active'`];
  if (filter.departmentIds?.length) parts.push(sql`p.department_id IN (${idList(filter.departmentIds)})`);
  if (filter.levelIds?.length) parts.push(sql`p.level_id IN (${idList(filter.levelIds)})`);
  if (filter.hiredOnOrBefore) parts.push(sql`p.hire_date <= ${filter.hiredOnOrBefore}::date`);
  if ((options.withExclusions ?? true) && filter.excludedPersonIds?.length)
    parts.push(sql`p.id NOT IN (${idList(filter.excludedPersonIds)})`);
  return sql.join(parts, sql` AND `);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The wizard's preview: who takes part (count), how many of the filters' people are left out by
 * name, and one page of the filters' people matching `search` (name or job title), by name, each
 * marked when left out so HR can take them back in.
 */
export async function previewParticipants(
  db: Db,
  organizationId: string,
  input: { filter: PopulationFilter; search: string; page: number; pageSize: number },
) {
  const { filter, search, page, pageSize } = input;
  const matching = participantCondition(organizationId, filter, { withExclusions: false });
  const searched = search
    ? sql`${matching} AND ((p.given_name || ' ' || p.family_name) ILIKE ${`%${escapeLike(search)}%`}
          OR p.job_title ILIKE ${`%${escapeLike(search)}%`})`
    : matching;
  const excluded = filter.excludedPersonIds ?? [];
  const isExcluded = excluded.length ? sql`p.id IN (${idList(excluded)})` : sql`false`;
  const [[counts], [found], rows] = await Promise.all([
    queryRows<{ matched: number; excluded: number }>(
      db,
      sql`SELECT count(*)::int AS matched, count(*) FILTER (WHERE ${isExcluded})::int AS excluded
            FROM people p WHERE ${matching}`,
    ),
    queryRows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM people p WHERE ${searched}`),
    queryRows<{
      id: string;
      given_name: string;
      family_name: string;
      job_title: string;
      department_name: string | null;
      excluded: boolean;
    }>(
      db,
      sql`SELECT p.id, p.given_name, p.family_name, p.job_title, d.name AS department_name,
                 ${isExcluded} AS excluded
            FROM people p LEFT JOIN departments d ON d.id = p.department_id
           WHERE ${searched}
           ORDER BY p.family_name, p.given_name, p.id
           LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    ),
  ]);
  const matched = Number(counts?.matched ?? 0);
  const excludedCount = Number(counts?.excluded ?? 0);
  return {
    count: matched - excludedCount,
    excludedCount,
    people: {
      items: rows.map((row) => ({
        id: row.id,
        displayName: `${row.given_name} ${row.family_name}`,
        jobTitle: row.job_title,
        departmentName: row.department_name,
        excluded: Boolean(row.excluded),
      })),
      page,
      pageSize,
      total: Number(found?.total ?? 0),
    },
  };
}
