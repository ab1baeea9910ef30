import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  createProgrammeRequest,
  updateProgrammeRequest,
  writeCoachProfileRequest,
} from '../../../../contracts/coaching';
import { people } from '../../../org/tables';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden, notFound, versionConflict } from '../../../platform/errors/appError';
import { findProgramme } from '../queries';
import { coachingProgrammes, coachProfiles } from '../tables';
import { audit } from './shared';

const requireHr = (actor: Actor) => {
  if (!actor.roles.has('hr_admin')) throw forbidden();
};

/** HR writes a coach's profile (creates it the first time) and puts them in or out of the pool. */
export async function writeCoachProfile(
  db: Db,
  actor: Actor,
  personId: string,
  input: z.output<typeof writeCoachProfileRequest>,
) {
  requireHr(actor);
  await inTransaction(db, async (tx) => {
    const [person] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.id, personId), eq(people.organizationId, actor.organizationId)));
    if (!person) throw notFound('Person');
    const [existing] = await tx
      .select()
      .from(coachProfiles)
      .where(
        and(eq(coachProfiles.organizationId, actor.organizationId), eq(coachProfiles.personId, personId)),
      )
      .for('update');
    const { version, ...values } = input;
    if (existing && version !== undefined && existing.version !== version)
      throw versionConflict(existing.version);
    if (existing)
      await tx
        .update(coachProfiles)
        .set({ ...values, version: existing.version + 1, updatedAt: new Date() })
        .where(eq(coachProfiles.id, existing.id));
    else await tx.insert(coachProfiles).values({ ...values, organizationId: actor.organizationId, personId });
    await audit(tx, actor, existing ? 'coaching.coach_updated' : 'coaching.coach_added', 'person', personId, {
      inPool: input.inPool,
      capacity: input.capacity,
    });
  });
}

export async function createProgramme(db: Db, actor: Actor, input: z.output<typeof createProgrammeRequest>) {
  requireHr(actor);
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(coachingProgrammes)
      .values({ ...input, organizationId: actor.organizationId })
      .returning({ id: coachingProgrammes.id });
    await audit(tx, actor, 'coaching.programme_created', 'coaching_programme', row!.id, { ...input });
    return row!.id;
  });
}

export async function updateProgramme(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof updateProgrammeRequest>,
) {
  requireHr(actor);
  await inTransaction(db, async (tx) => {
    const row = await findProgramme(tx, actor.organizationId, id);
    if (!row) throw notFound('Coaching programme');
    const { version, ...changes } = input;
    const updated = await tx
      .update(coachingProgrammes)
      .set({ ...changes, version: row.version + 1, updatedAt: new Date() })
      .where(and(eq(coachingProgrammes.id, id), eq(coachingProgrammes.version, version)))
      .returning({ id: coachingProgrammes.id });
    if (updated.length === 0) throw versionConflict(row.version);
    await audit(tx, actor, 'coaching.programme_updated', 'coaching_programme', id, { ...changes });
  });
}
