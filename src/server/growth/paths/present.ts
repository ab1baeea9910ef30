import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Competency, GapAnalysis, PersonPath, Track } from '../../../contracts/paths';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { analyseGaps } from './gap';
import { libraryAbilities, type PathPolicy, seesAssessment } from './policy';
import {
  assessmentsOf,
  type CompetencyRow,
  competenciesInUse,
  type findLevel,
  findPosition,
  getScale,
  levelsOfTrack,
  nextLevelOf,
  personName,
  type TrackRow,
} from './queries';
import { careerLevelExpectations, competencies } from './tables';

export async function presentCompetencies(
  db: Db,
  actor: Actor,
  rows: CompetencyRow[],
): Promise<Competency[]> {
  const inUse = await competenciesInUse(
    db,
    rows.map((r) => r.id),
  );
  const edit = libraryAbilities(actor).edit;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    category: row.category,
    behaviours: row.behaviours,
    status: row.status,
    version: row.version,
    inUse: inUse.has(row.id),
    abilities: { edit, remove: edit && !inUse.has(row.id) },
  }));
}

export async function presentTrack(db: Db, actor: Actor, row: TrackRow): Promise<Track> {
  const levels = await levelsOfTrack(db, row.id);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    status: row.status,
    version: row.version,
    levelCount: levels.length,
    levels: levels.map((l) => ({
      id: l.id,
      position: l.position,
      name: l.name,
      summary: l.summary,
      orgLevelId: l.orgLevelId,
      expectations: l.expectations,
    })),
    abilities: libraryAbilities(actor),
  };
}

/**
 * A person's path as the caller may see it. Assessments: all for the person; the manager's and the
 * shared self-assessments for the direct manager; the manager's only for a skip-level; none for HR
 * (who only places people on tracks).
 * Rows list the active competencies plus any retired one that still carries a visible assessment.
 */
export async function presentPersonPath(
  db: Db,
  actor: Actor,
  personId: string,
  policy: PathPolicy,
): Promise<PersonPath> {
  const [scale, position, displayName] = await Promise.all([
    getScale(db, actor.organizationId),
    findPosition(db, actor.organizationId, personId),
    personName(db, actor.organizationId, personId),
  ]);
  const next = position ? await nextLevelOf(db, position.track.id, position.level.position) : null;
  let assessments: PersonPath['assessments'] = [];
  if (policy.assessments !== 'none') {
    const visible = (await assessmentsOf(db, personId)).filter((a) => seesAssessment(policy.assessments, a));
    const managerIds = visible
      .filter((a) => a.author === 'manager' && a.authorPersonId)
      .map((a) => a.authorPersonId!);
    const names = new Map<string, string>();
    for (const id of new Set(managerIds)) names.set(id, await personName(db, actor.organizationId, id));
    const assessedIds = [...new Set(visible.map((a) => a.competencyId))];
    const rows = await db
      .select()
      .from(competencies)
      .where(
        and(
          eq(competencies.organizationId, actor.organizationId),
          assessedIds.length > 0
            ? or(eq(competencies.status, 'active'), inArray(competencies.id, assessedIds))
            : eq(competencies.status, 'active'),
        ),
      )
      .orderBy(competencies.category, competencies.name);
    assessments = rows.map((c) => {
      const self = visible.find((a) => a.competencyId === c.id && a.author === 'self');
      const manager = visible.find((a) => a.competencyId === c.id && a.author === 'manager');
      return {
        competency: {
          id: c.id,
          name: c.name,
          category: c.category,
          description: c.description,
          behaviours: c.behaviours,
          status: c.status,
        },
        self: self
          ? {
              assessedLevel: self.assessedLevel,
              assessmentEvidence: self.evidence,
              sharedWithManager: self.sharedWithManager,
              version: self.version,
              updatedAt: self.updatedAt.toISOString(),
            }
          : null,
        manager: manager
          ? {
              assessedLevel: manager.assessedLevel,
              assessmentEvidence: manager.evidence,
              authorName: manager.authorPersonId ? (names.get(manager.authorPersonId) ?? '') : '',
              version: manager.version,
              updatedAt: manager.updatedAt.toISOString(),
            }
          : null,
      };
    });
  }
  return {
    person: { id: personId, displayName },
    position: position
      ? {
          track: { id: position.track.id, name: position.track.name },
          level: {
            id: position.level.id,
            name: position.level.name,
            summary: position.level.summary,
            position: position.level.position,
          },
          source: position.source,
          version: position.version,
        }
      : null,
    nextLevel: next ? { id: next.id, name: next.name, summary: next.summary } : null,
    assessmentsVisible: policy.assessments !== 'none',
    assessments,
    scale: scale.levelNames,
    abilities: {
      selfAssess: policy.selfAssess,
      managerAssess: policy.managerAssess,
      setPosition: policy.setPosition,
    },
  };
}

/** Gap analysis against a target level, from the assessments the caller may see (never HR's). */
export async function presentGap(
  db: Db,
  personId: string,
  target: Awaited<ReturnType<typeof findLevel>>,
  policy: PathPolicy,
): Promise<GapAnalysis> {
  if (!target) return { target: null, rows: [], biggestGaps: [], unassessed: 0 };
  const expectations = await db
    .select({
      competencyId: careerLevelExpectations.competencyId,
      name: competencies.name,
      expectedLevel: careerLevelExpectations.expectedLevel,
    })
    .from(careerLevelExpectations)
    .innerJoin(competencies, eq(competencies.id, careerLevelExpectations.competencyId))
    .where(eq(careerLevelExpectations.levelId, target.level.id))
    .orderBy(asc(competencies.name));
  const visible = (await assessmentsOf(db, personId)).filter((a) => seesAssessment(policy.assessments, a));
  const levelsBy = (author: 'self' | 'manager') =>
    new Map(visible.filter((a) => a.author === author).map((a) => [a.competencyId, a.assessedLevel]));
  return {
    target: {
      track: { id: target.track.id, name: target.track.name },
      level: { id: target.level.id, name: target.level.name },
    },
    ...analyseGaps({ expectations, selfLevels: levelsBy('self'), managerLevels: levelsBy('manager') }),
  };
}
