import { and, eq, sql } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
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
import { competenciesInUse, getScale, scaleInUse } from '../queries';
import { competencies, competencyScales } from '../tables';

interface CompetencyFields {
  name: string;
  description: string;
  category: string;
  behaviours: string[];
}

function assertHr(actor: Actor) {
  if (!libraryAbilities(actor).edit) throw forbidden();
}

/** Behavioural descriptions must match the scale: one per level. */
async function assertBehaviours(tx: Db, organizationId: string, behaviours: string[]) {
  const scale = await getScale(tx, organizationId);
  if (behaviours.length !== scale.levelNames.length) {
    throw validationFailed({ behaviours: issue('describeEachLevel', { count: scale.levelNames.length }) });
  }
}

/**
 * HR renames the scale's levels, or changes how many there are while nothing is assessed or expected
 * (stored numbers would otherwise change meaning). Existing competencies get a prompt for each new
 * level, or lose their top levels, so they keep exactly one description per level.
 */
export function updateScale(
  db: Db,
  actor: Actor,
  input: { levelNames: string[]; version: number },
): Promise<void> {
  assertHr(actor);
  return inTransaction(db, async (tx) => {
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext(${`competency-scale:${actor.organizationId}`}))`,
    );
    const current = await getScale(tx, actor.organizationId);
    if (current.version !== input.version) throw versionConflict(current.version);
    const countChanges = current.levelNames.length !== input.levelNames.length;
    if (countChanges) {
      if (await scaleInUse(tx, actor.organizationId)) throw new AppError('scale_in_use');
      const size = input.levelNames.length;
      const rows = await tx
        .select()
        .from(competencies)
        .where(eq(competencies.organizationId, actor.organizationId));
      for (const row of rows) {
        const behaviours = Array.from(
          { length: size },
          (_, i) => row.behaviours[i] ?? `Describe what ${input.levelNames[i]} looks like.`,
        );
        await tx
          .update(competencies)
          .set({ behaviours, version: row.version + 1, updatedAt: new Date() })
          .where(eq(competencies.id, row.id));
      }
    }
    await tx
      .insert(competencyScales)
      .values({
        organizationId: actor.organizationId,
        levelNames: input.levelNames,
        version: current.version + 1,
      })
      .onConflictDoUpdate({
        target: competencyScales.organizationId,
        set: { levelNames: input.levelNames, version: current.version + 1, updatedAt: new Date() },
      });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'paths.scale_updated',
      targetType: 'competency_scale',
      targetId: actor.organizationId,
      before: { levels: current.levelNames.length },
      after: { levels: input.levelNames.length },
    });
  });
}

export function createCompetency(db: Db, actor: Actor, input: CompetencyFields): Promise<string> {
  assertHr(actor);
  return inTransaction(db, async (tx) => {
    await assertBehaviours(tx, actor.organizationId, input.behaviours);
    const [row] = await tx
      .insert(competencies)
      .values({ organizationId: actor.organizationId, ...input })
      .returning({ id: competencies.id });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'paths.competency_created',
      targetType: 'competency',
      targetId: row!.id,
      after: { name: input.name },
    });
    return row!.id;
  });
}

async function lockCompetency(tx: Db, actor: Actor, competencyId: string, version: number) {
  const [current] = await tx
    .select()
    .from(competencies)
    .where(and(eq(competencies.organizationId, actor.organizationId), eq(competencies.id, competencyId)))
    .for('update');
  if (!current) throw notFound('Competency');
  if (current.version !== version) throw versionConflict(current.version);
  return current;
}

/** HR edits a competency or retires it (retired: out of new assessments and questionnaires). */
export function updateCompetency(
  db: Db,
  actor: Actor,
  competencyId: string,
  input: CompetencyFields & { status: 'active' | 'retired'; version: number },
): Promise<void> {
  assertHr(actor);
  return inTransaction(db, async (tx) => {
    const current = await lockCompetency(tx, actor, competencyId, input.version);
    await assertBehaviours(tx, actor.organizationId, input.behaviours);
    const { version: _version, ...fields } = input;
    await tx
      .update(competencies)
      .set({ ...fields, version: current.version + 1, updatedAt: new Date() })
      .where(eq(competencies.id, competencyId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action:
        current.status !== input.status ? `paths.competency_${input.status}` : 'paths.competency_updated',
      targetType: 'competency',
      targetId: competencyId,
      before: { name: current.name, status: current.status },
      after: { name: input.name, status: input.status },
    });
  });
}

/** Deleting is for mistakes only: once assessed, expected or linked, a competency is retired instead. */
export function removeCompetency(db: Db, actor: Actor, competencyId: string, version: number): Promise<void> {
  assertHr(actor);
  return inTransaction(db, async (tx) => {
    const current = await lockCompetency(tx, actor, competencyId, version);
    if ((await competenciesInUse(tx, [competencyId])).size > 0) throw new AppError('competency_in_use');
    await tx.delete(competencies).where(eq(competencies.id, competencyId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'paths.competency_removed',
      targetType: 'competency',
      targetId: competencyId,
      before: { name: current.name },
    });
  });
}
