import { and, asc, eq, gt, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { people } from '../../org/tables';
import { type Db, queryRows } from '../../platform/db/client';
import {
  careerLevelExpectations,
  careerLevels,
  careerPositions,
  careerTracks,
  competencies,
  competencyAssessments,
  competencyScales,
} from './tables';

/**
 * Contract for the 360 part: the organisation's active competencies with their behavioural
 * descriptions (one per proficiency level, lowest first), ordered by name. The 360 part snapshots
 * these when a request is created, so later library edits never change a running questionnaire.
 */
export async function listCompetenciesForQuestionnaire(
  db: Db,
  organizationId: string,
): Promise<{ id: string; name: string; description: string; behaviours: string[] }[]> {
  const rows = await db
    .select({
      id: competencies.id,
      name: competencies.name,
      description: competencies.description,
      behaviours: competencies.behaviours,
    })
    .from(competencies)
    .where(and(eq(competencies.organizationId, organizationId), eq(competencies.status, 'active')))
    .orderBy(asc(competencies.name), asc(competencies.id));
  return rows.map((r) => ({ ...r, behaviours: [...r.behaviours] }));
}

export const defaultLevelNames = ['Learning', 'Practising', 'Leading', 'Shaping'];

export async function getScale(db: Db, organizationId: string) {
  const [row] = await db
    .select()
    .from(competencyScales)
    .where(eq(competencyScales.organizationId, organizationId));
  return row
    ? { levelNames: row.levelNames, version: row.version, stored: true }
    : { levelNames: defaultLevelNames, version: 0, stored: false };
}

/** Whether any number on the scale is stored (an assessment or an expectation). */
export async function scaleInUse(db: Db, organizationId: string): Promise<boolean> {
  const [row] = await queryRows<{ used: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM competency_assessments WHERE organization_id = ${organizationId})
            OR EXISTS (SELECT 1 FROM career_level_expectations e JOIN competencies c ON c.id = e.competency_id
                        WHERE c.organization_id = ${organizationId}) AS used`,
  );
  return Boolean(row?.used);
}

export type CompetencyRow = typeof competencies.$inferSelect;

export async function listCompetencies(
  db: Db,
  organizationId: string,
  options: { status: 'active' | 'retired' | 'all'; search?: string; page: number; pageSize: number },
) {
  const conditions: SQL[] = [eq(competencies.organizationId, organizationId)];
  if (options.status !== 'all') conditions.push(eq(competencies.status, options.status));
  if (options.search) {
    const pattern = `%${options.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(competencies.name, pattern), ilike(competencies.category, pattern))!);
  }
  const where = and(...conditions)!;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(competencies)
      .where(where)
      .orderBy(asc(competencies.category), asc(competencies.name), asc(competencies.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(competencies)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export async function findCompetency(db: Db, organizationId: string, competencyId: string) {
  const [row] = await db
    .select()
    .from(competencies)
    .where(and(eq(competencies.organizationId, organizationId), eq(competencies.id, competencyId)));
  return row ?? null;
}

/** The competencies among `ids` that are assessed, expected at a level, or linked to learning. */
export async function competenciesInUse(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT competency_id AS id FROM competency_assessments WHERE competency_id IN ${ids}
        UNION SELECT competency_id FROM career_level_expectations WHERE competency_id IN ${ids}
        UNION SELECT competency_id FROM learning_item_competencies WHERE competency_id IN ${ids}`,
  );
  return new Set(rows.map((r) => r.id));
}

export type TrackRow = typeof careerTracks.$inferSelect;

export async function listTracks(
  db: Db,
  organizationId: string,
  options: { status: 'active' | 'retired' | 'all'; page: number; pageSize: number },
) {
  const conditions: SQL[] = [eq(careerTracks.organizationId, organizationId)];
  if (options.status !== 'all') conditions.push(eq(careerTracks.status, options.status));
  const where = and(...conditions)!;
  const [rows, [count]] = await Promise.all([
    db
      .select({
        track: careerTracks,
        levelCount:
          sql<number>`(SELECT count(*) FROM career_levels l WHERE l.track_id = "career_tracks"."id")`.mapWith(
            Number,
          ),
      })
      .from(careerTracks)
      .where(where)
      .orderBy(asc(careerTracks.name), asc(careerTracks.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(careerTracks)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export async function findTrack(db: Db, organizationId: string, trackId: string) {
  const [row] = await db
    .select()
    .from(careerTracks)
    .where(and(eq(careerTracks.organizationId, organizationId), eq(careerTracks.id, trackId)));
  return row ?? null;
}

/** A track's levels in order, each with its expectations. */
export async function levelsOfTrack(db: Db, trackId: string) {
  const levelRows = await db
    .select()
    .from(careerLevels)
    .where(eq(careerLevels.trackId, trackId))
    .orderBy(asc(careerLevels.position));
  const expectationRows =
    levelRows.length === 0
      ? []
      : await db
          .select()
          .from(careerLevelExpectations)
          .where(
            inArray(
              careerLevelExpectations.levelId,
              levelRows.map((l) => l.id),
            ),
          );
  return levelRows.map((level) => ({
    ...level,
    expectations: expectationRows
      .filter((e) => e.levelId === level.id)
      .map((e) => ({ competencyId: e.competencyId, expectedLevel: e.expectedLevel })),
  }));
}

export async function findLevel(db: Db, organizationId: string, levelId: string) {
  const [row] = await db
    .select({ level: careerLevels, track: careerTracks })
    .from(careerLevels)
    .innerJoin(careerTracks, eq(careerTracks.id, careerLevels.trackId))
    .where(and(eq(careerLevels.organizationId, organizationId), eq(careerLevels.id, levelId)));
  return row ?? null;
}

/**
 * A person's position on a career track. A stored position (set by HR or a manager) wins; without
 * one, it is derived from the person's level in the organisation directory when exactly one level of
 * an active track is tied to that directory level (ambiguity derives nothing rather than guessing).
 */
export async function findPosition(db: Db, organizationId: string, personId: string) {
  const [stored] = await db
    .select({ position: careerPositions, level: careerLevels, track: careerTracks })
    .from(careerPositions)
    .innerJoin(careerLevels, eq(careerLevels.id, careerPositions.levelId))
    .innerJoin(careerTracks, eq(careerTracks.id, careerPositions.trackId))
    .where(and(eq(careerPositions.organizationId, organizationId), eq(careerPositions.personId, personId)));
  if (stored) {
    return {
      track: stored.track,
      level: stored.level,
      source: 'set' as const,
      version: stored.position.version,
    };
  }
  const derived = await db
    .select({ level: careerLevels, track: careerTracks })
    .from(people)
    .innerJoin(careerLevels, eq(careerLevels.orgLevelId, people.levelId))
    .innerJoin(
      careerTracks,
      and(eq(careerTracks.id, careerLevels.trackId), eq(careerTracks.status, 'active')),
    )
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)))
    .limit(2);
  if (derived.length !== 1) return null;
  return { track: derived[0]!.track, level: derived[0]!.level, source: 'derived' as const, version: null };
}

export async function nextLevelOf(db: Db, trackId: string, position: number) {
  const [row] = await db
    .select()
    .from(careerLevels)
    .where(and(eq(careerLevels.trackId, trackId), gt(careerLevels.position, position)))
    .orderBy(asc(careerLevels.position))
    .limit(1);
  return row ?? null;
}

export type AssessmentRow = typeof competencyAssessments.$inferSelect;

export async function assessmentsOf(db: Db, personId: string) {
  return db.select().from(competencyAssessments).where(eq(competencyAssessments.personId, personId));
}

/**
 * The person a career path belongs to, in the caller's organisation: what the path's guard loads.
 * It locks nothing; the commands lock the path's own rows (position, assessments) they change.
 */
export async function findPathOwner(db: Db, organizationId: string, personId: string) {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)));
  return row ?? null;
}

export async function personName(db: Db, organizationId: string, personId: string) {
  const [row] = await db
    .select({ givenName: people.givenName, familyName: people.familyName })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)));
  return row ? `${row.givenName} ${row.familyName}` : '';
}
