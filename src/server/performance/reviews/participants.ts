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
 * organisation, in the chosen departments and levels (empty = any), hired on or before the cut-off.
 */
export function participantCondition(organizationId: string, filter: PopulationFilter): SQL {
  const parts: SQL[] = [sql`p.organization_id = ${organizationId}`, sql`p.status = 'active'`];
  if (filter.departmentIds?.length) parts.push(sql`p.department_id IN (${idList(filter.departmentIds)})`);
  if (filter.levelIds?.length) parts.push(sql`p.level_id IN (${idList(filter.levelIds)})`);
  if (filter.hiredOnOrBefore) parts.push(sql`p.hire_date <= ${filter.hiredOnOrBefore}::date`);
  return sql.join(parts, sql` AND `);
}

/** How many people a filter would take into a cycle (the wizard's preview). */
export async function countParticipants(db: Db, organizationId: string, filter: PopulationFilter) {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`SELECT count(*)::int AS count FROM people p WHERE ${participantCondition(organizationId, filter)}`,
  );
  return Number(row?.count ?? 0);
}
