import { and, eq, inArray } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import type { UpdateTrackRequest } from '../../../../contracts/paths';
import { levels } from '../../../org/tables';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import {
  AppError,
  forbidden,
  notFound,
  validationFailed,
  versionConflict,
} from '../../../platform/errors/appError';
import { libraryAbilities } from '../policy';
import { getScale } from '../queries';
import {
  careerLevelExpectations,
  careerLevels,
  careerPositions,
  careerTracks,
  competencies,
} from '../tables';

type LevelInput = Required<Omit<UpdateTrackRequest['levels'][number], 'id'>> & { id?: string };

export function createTrack(
  db: Db,
  actor: Actor,
  input: { name: string; description: string },
): Promise<string> {
  if (!libraryAbilities(actor).edit) throw forbidden();
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(careerTracks)
      .values({ organizationId: actor.organizationId, name: input.name, description: input.description })
      .returning({ id: careerTracks.id });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'paths.track_created',
      targetType: 'career_track',
      targetId: row!.id,
      after: { name: input.name },
    });
    return row!.id;
  });
}

/** Checks the levels' references (competencies, directory levels, scale) and names the bad field. */
async function validateLevels(tx: Db, organizationId: string, input: LevelInput[]) {
  const scale = await getScale(tx, organizationId);
  const competencyIds = [...new Set(input.flatMap((l) => l.expectations.map((e) => e.competencyId)))];
  const known =
    competencyIds.length === 0
      ? []
      : await tx
          .select({ id: competencies.id })
          .from(competencies)
          .where(
            and(eq(competencies.organizationId, organizationId), inArray(competencies.id, competencyIds)),
          );
  const orgLevelIds = [...new Set(input.flatMap((l) => (l.orgLevelId ? [l.orgLevelId] : [])))];
  const knownLevels =
    orgLevelIds.length === 0
      ? []
      : await tx
          .select({ id: levels.id })
          .from(levels)
          .where(and(eq(levels.organizationId, organizationId), inArray(levels.id, orgLevelIds)));
  const knownSet = new Set(known.map((k) => k.id));
  for (const [index, level] of input.entries()) {
    if (level.orgLevelId && !knownLevels.some((k) => k.id === level.orgLevelId)) {
      throw validationFailed({ [`levels.${index}.orgLevelId`]: issue('chooseDirectoryLevel') });
    }
    const seen = new Set<string>();
    for (const [e, expectation] of level.expectations.entries()) {
      const field = `levels.${index}.expectations.${e}`;
      if (!knownSet.has(expectation.competencyId) || seen.has(expectation.competencyId)) {
        throw validationFailed({ [`${field}.competencyId`]: issue('competencyOnce') });
      }
      if (expectation.expectedLevel > scale.levelNames.length) {
        throw validationFailed({
          [`${field}.expectedLevel`]: issue('levelOutOfRange', { max: scale.levelNames.length }),
        });
      }
      seen.add(expectation.competencyId);
    }
  }
}

/**
 * HR saves a whole track: name, status and the ordered levels with their expectations. Levels sent
 * with their id keep it (and the people placed on them); a level left out is removed, unless people
 * are placed on it (`level_in_use`).
 */
export function updateTrack(
  db: Db,
  actor: Actor,
  trackId: string,
  input: {
    name: string;
    description: string;
    status: 'active' | 'retired';
    version: number;
    levels: LevelInput[];
  },
): Promise<void> {
  if (!libraryAbilities(actor).edit) throw forbidden();
  return inTransaction(db, async (tx) => {
    const [current] = await tx
      .select()
      .from(careerTracks)
      .where(and(eq(careerTracks.organizationId, actor.organizationId), eq(careerTracks.id, trackId)))
      .for('update');
    if (!current) throw notFound('Track');
    if (current.version !== input.version) throw versionConflict(current.version);
    await validateLevels(tx, actor.organizationId, input.levels);

    const existing = await tx
      .select({ id: careerLevels.id })
      .from(careerLevels)
      .where(eq(careerLevels.trackId, trackId));
    const existingIds = new Set(existing.map((l) => l.id));
    for (const [index, level] of input.levels.entries()) {
      if (level.id && !existingIds.has(level.id)) {
        throw validationFailed({ [`levels.${index}.id`]: issue('levelNotInTrack') });
      }
    }
    const keptIds = input.levels.flatMap((l) => (l.id ? [l.id] : []));
    const removed = [...existingIds].filter((id) => !keptIds.includes(id));
    if (removed.length > 0) {
      const [placed] = await tx
        .select({ personId: careerPositions.personId })
        .from(careerPositions)
        .where(inArray(careerPositions.levelId, removed))
        .limit(1);
      if (placed) throw new AppError('level_in_use');
      await tx.delete(careerLevels).where(inArray(careerLevels.id, removed));
    }
    // Expectations of kept levels are replaced wholesale: the request carries the full list.
    if (keptIds.length > 0) {
      await tx.delete(careerLevelExpectations).where(inArray(careerLevelExpectations.levelId, keptIds));
    }
    for (const [position, level] of input.levels.entries()) {
      const values = { name: level.name, summary: level.summary, orgLevelId: level.orgLevelId, position };
      let levelId = level.id;
      if (levelId) {
        await tx.update(careerLevels).set(values).where(eq(careerLevels.id, levelId));
      } else {
        const [row] = await tx
          .insert(careerLevels)
          .values({ organizationId: actor.organizationId, trackId, ...values })
          .returning({ id: careerLevels.id });
        levelId = row!.id;
      }
      if (level.expectations.length > 0) {
        await tx
          .insert(careerLevelExpectations)
          .values(level.expectations.map((e) => ({ levelId: levelId!, ...e })));
      }
    }
    await tx
      .update(careerTracks)
      .set({
        name: input.name,
        description: input.description,
        status: input.status,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(careerTracks.id, trackId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: current.status !== input.status ? `paths.track_${input.status}` : 'paths.track_updated',
      targetType: 'career_track',
      targetId: trackId,
      before: { name: current.name, levels: existing.length, status: current.status },
      after: { name: input.name, levels: input.levels.length, status: input.status },
    });
  });
}
