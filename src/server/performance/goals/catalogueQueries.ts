import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { GoalTemplate, PerformanceArea } from '../../../contracts/goals';
import { jobTitles, levels, people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import { goalTemplates, performanceAreas } from './tables';

const areaColumns = {
  area: performanceAreas,
  jobTitle: { id: jobTitles.id, name: jobTitles.name },
  level: { id: levels.id, name: levels.name },
};

function presentArea(row: {
  area: typeof performanceAreas.$inferSelect;
  jobTitle: { id: string; name: string } | null;
  level: { id: string; name: string } | null;
}): PerformanceArea {
  return {
    id: row.area.id,
    name: row.area.name,
    description: row.area.description,
    jobTitle: row.jobTitle,
    level: row.level,
    kpis: row.area.kpis,
    version: row.area.version,
  };
}

export async function listPerformanceAreas(db: Db, organizationId: string, page: number, pageSize: number) {
  const where = eq(performanceAreas.organizationId, organizationId);
  const [rows, [count]] = await Promise.all([
    db
      .select(areaColumns)
      .from(performanceAreas)
      .leftJoin(jobTitles, eq(jobTitles.id, performanceAreas.jobTitleId))
      .leftJoin(levels, eq(levels.id, performanceAreas.levelId))
      .where(where)
      .orderBy(asc(performanceAreas.name), asc(performanceAreas.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(performanceAreas)
      .where(where),
  ]);
  return { items: rows.map(presentArea), total: count?.total ?? 0 };
}

/** The areas that apply to one person: those for their job title and those for their level. */
export async function performanceAreasForPerson(db: Db, organizationId: string, personId: string) {
  const [person] = await db
    .select({ jobTitle: people.jobTitle, levelId: people.levelId })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.organizationId, organizationId)));
  if (!person) return [];
  const byTitle = sql`${performanceAreas.jobTitleId} IN (SELECT id FROM job_titles WHERE organization_id = ${organizationId} AND lower(name) = lower(${person.jobTitle}))`;
  const rows = await db
    .select(areaColumns)
    .from(performanceAreas)
    .leftJoin(jobTitles, eq(jobTitles.id, performanceAreas.jobTitleId))
    .leftJoin(levels, eq(levels.id, performanceAreas.levelId))
    .where(
      and(
        eq(performanceAreas.organizationId, organizationId),
        person.levelId ? or(byTitle, eq(performanceAreas.levelId, person.levelId)) : byTitle,
      ),
    )
    .orderBy(asc(performanceAreas.name));
  return rows.map(presentArea);
}

export function presentTemplate(
  row: typeof goalTemplates.$inferSelect,
  abilities: GoalTemplate['abilities'],
): GoalTemplate {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    description: row.description,
    keyResults: row.keyResults.map((kr) => ({ ...kr, currency: kr.currency ?? null })),
    version: row.version,
    abilities,
  };
}

export async function listGoalTemplates(db: Db, organizationId: string, page: number, pageSize: number) {
  const where = and(eq(goalTemplates.organizationId, organizationId), isNull(goalTemplates.archivedAt));
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(goalTemplates)
      .where(where)
      .orderBy(asc(goalTemplates.name), asc(goalTemplates.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(goalTemplates)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** A current (not archived) template of the organisation, or null; `forUpdate` locks it. */
export async function findGoalTemplate(
  db: Db,
  organizationId: string,
  templateId: string,
  forUpdate = false,
) {
  const query = db
    .select()
    .from(goalTemplates)
    .where(
      and(
        eq(goalTemplates.id, templateId),
        eq(goalTemplates.organizationId, organizationId),
        isNull(goalTemplates.archivedAt),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** One key performance area of the organisation, or null; `forUpdate` locks it. */
export async function findPerformanceArea(db: Db, organizationId: string, areaId: string, forUpdate = false) {
  const query = db
    .select()
    .from(performanceAreas)
    .where(and(eq(performanceAreas.id, areaId), eq(performanceAreas.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}
