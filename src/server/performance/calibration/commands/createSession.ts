import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { createSessionRequest } from '../../../../contracts/calibration';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import type { PopulationFilter } from '../../reviews/tables';
import { reviewCycles } from '../../reviews/tables';
import { approverCandidates } from '../queries';
import { calibrationApprovers, calibrationSessions } from '../tables';
import { admitInto } from './admitReviews';

type CreateSessionInput = z.output<typeof createSessionRequest>;

/**
 * HR opens a calibration session over part of a cycle and assigns its approvers. The reviews of
 * that population whose manager review is submitted (and so locked, S1.6) join at once; the rest
 * join when their manager review is submitted (see admitReviews.ts).
 */
export async function createCalibrationSession(db: Db, actor: Actor, input: CreateSessionInput) {
  return inTransaction(db, async (tx) => {
    const [cycle] = await tx
      .select({ id: reviewCycles.id, status: reviewCycles.status, content: reviewCycles.content })
      .from(reviewCycles)
      .where(and(eq(reviewCycles.id, input.cycleId), eq(reviewCycles.organizationId, actor.organizationId)));
    // A draft has no reviews yet; a closed cycle takes no more work.
    if (cycle?.status !== 'active') {
      throw validationFailed({ cycleId: issue('chooseActiveCycle') });
    }
    const scaleSize = cycle.content.ratingScale.labels.length;
    if (input.guideline && input.guideline.length !== scaleSize) {
      throw validationFailed({ guideline: issue('guidelineShareCount', { count: scaleSize }) });
    }
    const approverIds = [...new Set(input.approverIds)];
    const approvers = await approverCandidates(tx, actor.organizationId, approverIds);
    if (approvers.length !== approverIds.length) {
      throw validationFailed({
        approverIds: issue('approverRole'),
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
    const admitted = (await admitInto(tx, sessionId, cycle.id, population)).length;
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
        kind: 'calibration.assigned' as const,
        params: { session: input.name },
        link: `/performance/calibration/${sessionId}`,
      })),
    );
    return { sessionId, admitted };
  });
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
  if ((row?.found ?? 0) !== unique.length) throw validationFailed({ [field]: issue('chooseFromOrgList') });
}
