import { sql } from 'drizzle-orm';
import type { NewCompCycle, UpdateCompCycleRequest } from '../../../../../contracts/compensation/cycles';
import { issue } from '../../../../../contracts/issues';
import { recordAuditEvent } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import type { Db } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { forbidden, validationFailed } from '../../../../platform/errors/appError';
import { cycleAccess } from '../access';
import { cycleListPolicy } from '../policy';
import { type CycleRow, reviewCycleScale } from '../queries';
import { type CycleSetup, refuseShapeIssues } from '../setup';
import { compCycles } from '../tables';

/** What the audit trail keeps of a cycle's set-up (before and after each change). */
export const cycleAuditShape = (
  row: CycleSetup & { name: string; sandbox: boolean; approvalDepth: number },
) => ({
  name: row.name,
  sandbox: row.sandbox,
  periodStart: row.periodStart,
  periodEnd: row.periodEnd,
  effectiveDate: row.effectiveDate,
  visibilityDate: row.visibilityDate,
  planningCurrency: row.planningCurrency,
  fxTable: row.fxTable,
  eligibilityRules: row.eligibilityRules,
  reviewCycleId: row.reviewCycleId,
  meritMatrix: row.meritMatrix,
  budget: row.budget,
  approvalDepth: row.approvalDepth,
});

/** The review cycle named as performance input must be one of the organisation's own. */
async function refuseForeignReviewCycle(tx: Db, organizationId: string, reviewCycleId: string | null) {
  if (reviewCycleId && !(await reviewCycleScale(tx, organizationId, reviewCycleId)))
    throw validationFailed({ reviewCycleId: issue('reviewCycleForeign') });
}

/**
 * HR sets up a new cycle as a draft. The set-up is refused, naming the field, when it is wrong on
 * its own (dates out of order, a malformed rate, matrix or budget); whether it fits the people and
 * the rating scale is the launch check's question.
 */
export async function createCompCycle(
  db: Db,
  options: { actor: Actor; input: NewCompCycle },
): Promise<CycleRow> {
  const { actor, input } = options;
  if (!cycleListPolicy(actor).create) throw forbidden();
  refuseShapeIssues(input);
  return inTransaction(db, async (tx) => {
    await refuseForeignReviewCycle(tx, actor.organizationId, input.reviewCycleId);
    const [row] = await tx
      .insert(compCycles)
      .values({ ...input, organizationId: actor.organizationId, createdByAccountId: actor.accountId })
      .returning();
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'comp_cycle.created',
      targetType: 'comp_cycle',
      targetId: row!.id,
      after: cycleAuditShape(row!),
    });
    return row!;
  });
}

/** HR changes a draft's set-up; a stale version answers 409 with the newer one, a launched cycle 409 invalid_state. */
export async function updateCompCycle(
  db: Db,
  options: { actor: Actor; cycleId: string; input: UpdateCompCycleRequest & { version: number } },
): Promise<CycleRow> {
  const { actor, cycleId } = options;
  const { version, ...changes } = options.input;
  return inTransaction(db, async (tx) => {
    const { row: before } = await cycleAccess.lockFor(tx, actor, cycleId, 'edit', version);
    const merged = { ...before, ...changes } as CycleRow;
    refuseShapeIssues(merged);
    await refuseForeignReviewCycle(tx, actor.organizationId, merged.reviewCycleId);
    const [after] = await tx
      .update(compCycles)
      .set({ ...changes, version: sql`${compCycles.version} + 1`, updatedAt: new Date() })
      .where(sql`${compCycles.id} = ${cycleId}`)
      .returning();
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'comp_cycle.updated',
      targetType: 'comp_cycle',
      targetId: cycleId,
      before: cycleAuditShape(before),
      after: cycleAuditShape(after!),
    });
    return after!;
  });
}
