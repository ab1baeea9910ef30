import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { assignmentFilter } from '../../../../contracts/goals';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';
import { goalTemplatePolicy } from '../policy';

export type AssignmentFilter = z.output<typeof assignmentFilter>;

const uuidArray = (ids: string[]) =>
  ids.length === 0
    ? sql`ARRAY[]::uuid[]`
    : sql`ARRAY[${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}]`;

/**
 * The people a bulk assignment reaches, as a set-based SQL query named `targets(id)` for use in a
 * WITH clause. Active and on-leave people only; managers reach only their own reporting tree; people
 * who already hold an open goal from this template for the same period are left out, so repeating
 * an assignment does not duplicate goals.
 */
export function assignmentTargetsCte(
  actor: Actor,
  filter: AssignmentFilter,
  duplicateCheck: { templateId: string; periodStart: string; periodEnd: string } | null,
): SQL {
  const conditions: SQL[] = [sql`p.organization_id = ${actor.organizationId}`, sql`p.status <> 'terminated'`];
  if (filter.departmentIds.length > 0)
    conditions.push(sql`p.department_id = ANY(${uuidArray(filter.departmentIds)})`);
  if (filter.levelIds.length > 0) conditions.push(sql`p.level_id = ANY(${uuidArray(filter.levelIds)})`);
  if (filter.jobTitle) conditions.push(sql`lower(p.job_title) = lower(${filter.jobTitle})`);
  if (filter.managerId) conditions.push(sql`p.manager_id = ${filter.managerId}::uuid`);
  if (filter.hiredOnOrBefore) conditions.push(sql`p.hire_date <= ${filter.hiredOnOrBefore}::date`);
  if (!goalTemplatePolicy.assignAnyone(actor)) conditions.push(sql`p.id IN (SELECT id FROM managed)`);
  if (duplicateCheck) {
    conditions.push(sql`NOT EXISTS (
      SELECT 1 FROM goals d WHERE d.owner_person_id = p.id AND d.template_id = ${duplicateCheck.templateId}::uuid
         AND d.period_start = ${duplicateCheck.periodStart}::date AND d.period_end = ${duplicateCheck.periodEnd}::date
         AND d.status <> 'cancelled')`);
  }
  return sql`managed(id) AS (
      SELECT id FROM people WHERE organization_id = ${actor.organizationId} AND ${actor.personId}::uuid IS NOT NULL AND manager_id = ${actor.personId}::uuid
      UNION
      SELECT p.id FROM people p JOIN managed m ON p.manager_id = m.id
    ),
    targets(id) AS (SELECT p.id FROM people p WHERE ${sql.join(conditions, sql` AND `)})`;
}

export async function countAssignmentTargets(
  db: Db,
  actor: Actor,
  filter: AssignmentFilter,
  duplicateCheck: { templateId: string; periodStart: string; periodEnd: string } | null,
) {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`WITH RECURSIVE ${assignmentTargetsCte(actor, filter, duplicateCheck)} SELECT count(*)::int AS n FROM targets`,
  );
  return Number(row?.n ?? 0);
}
