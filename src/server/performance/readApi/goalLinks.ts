import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';

/** A business objective as growth may show it next to a development goal: no progress, no owner. */
export interface LinkableObjective {
  id: string;
  title: string;
  level: 'company' | 'department' | 'personal';
  periodEnd: string;
}

/**
 * The business objectives a person may link a development goal to (SPEC S4.4 "benefits both"):
 * active goals that are the person's own, their department's (their team's), or the company's
 * public goals. Private goals of others are never offered. Nothing here knows about development
 * plans; growth passes the person and gets plain values back (S1.1).
 */
function linkable(organizationId: string, personId: string): SQL {
  return sql`g.organization_id = ${organizationId} AND g.status = 'active' AND (
      g.owner_person_id = ${personId}::uuid
      OR (g.level = 'department' AND g.owner_department_id =
            (SELECT department_id FROM people WHERE id = ${personId}::uuid AND organization_id = ${organizationId}))
      OR (g.level = 'company' AND g.visibility = 'public'))`;
}

interface Row {
  id: string;
  title: string;
  level: LinkableObjective['level'];
  period_end: string;
  total?: number;
}

const toObjective = (row: Row): LinkableObjective => ({
  id: row.id,
  title: row.title,
  level: row.level,
  periodEnd: String(row.period_end).slice(0, 10),
});

/** One page of linkable objectives, company first, then department, then the person's own. */
export async function listLinkableObjectives(
  db: Db,
  input: { organizationId: string; personId: string; search?: string; page: number; pageSize: number },
): Promise<{ rows: LinkableObjective[]; total: number }> {
  const search = input.search?.trim() ? sql`AND g.title ILIKE ${`%${input.search.trim()}%`}` : sql``;
  const rows = await queryRows<Row>(
    db,
    sql`SELECT g.id, g.title, g.level, g.period_end::text AS period_end, count(*) OVER ()::int AS total
          FROM goals g
         WHERE ${linkable(input.organizationId, input.personId)} ${search}
         ORDER BY CASE g.level WHEN 'company' THEN 0 WHEN 'department' THEN 1 ELSE 2 END, g.title, g.id
         LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`,
  );
  return { rows: rows.map(toObjective), total: Number(rows[0]?.total ?? 0) };
}

/**
 * The given objectives that the person may still link (a goal that became private, was cancelled
 * or moved away drops out, and the plan then shows no link rather than a stale one).
 */
export async function findLinkableObjectives(
  db: Db,
  input: { organizationId: string; personId: string; ids: string[] },
): Promise<LinkableObjective[]> {
  if (input.ids.length === 0) return [];
  const rows = await queryRows<Row>(
    db,
    sql`SELECT g.id, g.title, g.level, g.period_end::text AS period_end
          FROM goals g
         WHERE g.id = ANY(${sql.param(input.ids)}::uuid[]) AND ${linkable(input.organizationId, input.personId)}`,
  );
  return rows.map(toObjective);
}
