import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { createSessionRequest } from '../../../../contracts/calibration';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import type { PopulationFilter } from '../../reviews/tables';
import { reviewCycles } from '../../reviews/tables';
import { sessionAccess } from '../access';
import { approverCandidates, inPopulation, readyForCalibration } from '../queries';
import { calibrationApprovers, calibrationSessions } from '../tables';

type CreateSessionInput = z.output<typeof createSessionRequest>;

/**
 * HR opens a calibration session over part of a cycle and assigns its approvers. The reviews of
 * that population whose manager review is submitted (and so locked, S1.6) join at once; the rest
 * can be brought in later with admitReadyReviews.
 */
export async function createCalibrationSession(db: Db, actor: Actor, input: CreateSessionInput) {
  return inTransaction(db, async (tx) => {
    const [cycle] = await tx
      .select({ id: reviewCycles.id, status: reviewCycles.status, content: reviewCycles.content })
      .from(reviewCycles)
      .where(and(eq(reviewCycles.id, input.cycleId), eq(reviewCycles.organizationId, actor.organizationId)));
    // A draft has no reviews yet; a closed cycle takes no more work.
    if (cycle?.status !== 'active') {
      throw validationFailed({ cycleId: 'Choose an active review cycle (launched and not closed).' });
    }
    const scaleSize = cycle.content.ratingScale.labels.length;
    if (input.guideline && input.guideline.length !== scaleSize) {
      throw validationFailed({ guideline: `Give one share for each of the ${scaleSize} ratings.` });
    }
    const approverIds = [...new Set(input.approverIds)];
    const approvers = await approverCandidates(tx, actor.organizationId, approverIds);
    if (approvers.length !== approverIds.length) {
      throw validationFailed({
        approverIds: 'Every approver must be an active person with the approver role.',
      });
    }
    await requireOwnCatalogue(tx, actor.organizationId, 'departments', input.departmentIds, 'departmentIds');
    await requireOwnCatalogue(tx, actor.organizationId, 'levels', input.levelIds, 'levelIds');

    const population: PopulationFilter = {
      ...(input.departmentIds.length ? { departmentIds: input.departmentIds } : {}),
      ...(input.levelIds.length ? { levelIds: input.levelIds } : {}),
    };
    const [session] = await tx
      .insert(calibrationSessions)
      .values({
        organizationId: actor.organizationId,
        cycleId: cycle.id,
        name: input.name,
        population,
        facilitatorId: actor.personId,
        guideline: input.guideline,
        guidelineRequired: input.guidelineRequired,
        leniencyThreshold: input.leniencyThreshold.toFixed(2),
        createdBy: actor.personId,
      })
      .returning({ id: calibrationSessions.id });
    const sessionId = session!.id;
    await tx
      .insert(calibrationApprovers)
      .values(approverIds.map((approverId) => ({ sessionId, approverId })));
    const admitted = await admitInto(tx, sessionId, cycle.id, population);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'calibration.session_created',
      targetType: 'calibration_session',
      targetId: sessionId,
      after: { name: input.name, cycleId: cycle.id, population, approverIds, admitted },
    });
    await notify(
      tx,
      approverIds.map((recipientId) => ({
        organizationId: actor.organizationId,
        recipientId,
        kind: 'calibration.assigned',
        title: `You are an approver of the calibration session “${input.name}”`,
        link: `/performance/calibration/${sessionId}`,
      })),
    );
    return { sessionId, admitted };
  });
}

/** Brings the reviews that became ready since the session opened into it (HR, open sessions). */
export async function admitReadyReviews(db: Db, actor: Actor, sessionId: string) {
  return inTransaction(db, async (tx) => {
    const session = (await sessionAccess.lockFor(tx, actor, sessionId, 'admit')).row;
    const admitted = await admitInto(tx, sessionId, session.cycle_id, session.population);
    if (admitted > 0) {
      await tx
        .update(calibrationSessions)
        .set({ version: sql`${calibrationSessions.version} + 1`, updatedAt: new Date() })
        .where(eq(calibrationSessions.id, sessionId));
      await recordAuditEvent(tx, {
        organizationId: actor.organizationId,
        actorAccountId: actor.accountId,
        action: 'calibration.reviews_admitted',
        targetType: 'calibration_session',
        targetId: sessionId,
        after: { admitted },
      });
    }
    return admitted;
  });
}

/**
 * One statement moves every ready, unassigned review of the population into the session. A review
 * belongs to at most one session: the `calibration_session_id IS NULL` guard makes two sessions over
 * overlapping populations split the reviews instead of sharing them.
 */
async function admitInto(tx: Db, sessionId: string, cycleId: string, population: PopulationFilter) {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`UPDATE reviews AS r
           SET calibration_session_id = ${sessionId}, state = 'in_calibration',
               version = r.version + 1, updated_at = now()
         WHERE r.cycle_id = ${cycleId} AND r.calibration_session_id IS NULL
           AND ${readyForCalibration} AND ${inPopulation(population)}
        RETURNING r.id`,
  );
  return rows.length;
}

async function requireOwnCatalogue(
  tx: Db,
  organizationId: string,
  table: 'departments' | 'levels',
  ids: readonly string[],
  field: string,
) {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const [row] = await queryRows<{ found: number }>(
    tx,
    sql`SELECT count(*)::int AS found FROM ${sql.identifier(table)}
         WHERE organization_id = ${organizationId} AND id = ANY(${sql.param(unique)}::uuid[])`,
  );
  if ((row?.found ?? 0) !== unique.length)
    throw validationFailed({ [field]: 'Choose from this organisation’s list.' });
}
