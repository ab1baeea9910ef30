import { and, eq } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed, versionConflict } from '../../../platform/errors/appError';
import { careerPathAccess } from '../access';
import { careerLevels, careerPositions, careerTracks } from '../tables';

/** HR or a manager in the person's chain places the person on a level of an active track. */
export async function setCareerPosition(
  db: Db,
  actor: Actor,
  personId: string,
  input: { trackId: string; levelId: string; version: number | null },
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await careerPathAccess.lockFor(tx, actor, personId, 'setPosition');
    const [level] = await tx
      .select({ id: careerLevels.id, trackStatus: careerTracks.status })
      .from(careerLevels)
      .innerJoin(careerTracks, eq(careerTracks.id, careerLevels.trackId))
      .where(
        and(
          eq(careerLevels.organizationId, actor.organizationId),
          eq(careerLevels.id, input.levelId),
          eq(careerLevels.trackId, input.trackId),
        ),
      );
    if (!level) throw validationFailed({ levelId: issue('chooseTrackLevel') });
    if (level.trackStatus !== 'active') throw validationFailed({ trackId: issue('trackRetired') });
    const values = { trackId: input.trackId, levelId: input.levelId, setByPersonId: actor.personId };
    const [current] = await tx
      .select()
      .from(careerPositions)
      .where(eq(careerPositions.personId, personId))
      .for('update');
    if (current) {
      if (current.version !== input.version) throw versionConflict(current.version);
      await tx
        .update(careerPositions)
        .set({ ...values, version: current.version + 1, updatedAt: new Date() })
        .where(eq(careerPositions.personId, personId));
    } else {
      if (input.version !== null) throw versionConflict(0);
      const [row] = await tx
        .insert(careerPositions)
        .values({ organizationId: actor.organizationId, personId, ...values })
        .onConflictDoNothing()
        .returning({ personId: careerPositions.personId });
      if (!row) throw versionConflict(1);
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'paths.position_set',
      targetType: 'career_path',
      targetId: personId,
      before: current ? { levelId: current.levelId } : null,
      after: { levelId: input.levelId },
    });
  });
}
