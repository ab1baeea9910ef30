import { eq, sql } from 'drizzle-orm';
import type { CompCycleState } from '../../../../../contracts/compensation/cycles';
import { issue } from '../../../../../contracts/issues';
import { recordAuditEvent } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import type { Db } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { AppError } from '../../../../platform/errors/appError';
import { releaseCyclePay } from '../../release/commands/releaseCycle';
import { cycleAccess } from '../access';
import { nextStates } from '../policy';
import { type CycleRow, pendingApprovalCount } from '../queries';
import { compCycles } from '../tables';

/**
 * Moves a launched cycle on (planning → review → approved → released → archived), audited with the
 * state before and after. A sandbox refuses release with its own reason (`compCycleSandboxNeverReleases`)
 * — and should a bug ever let one through, the database's check constraint refuses it again. Any
 * other move not allowed from the current state is 409 `invalid_state` naming both states. Release
 * writes the approved pay changes as new pay records in the same transaction (`releaseCyclePay`);
 * employees see them from the visibility date on.
 */
export async function moveCompCycle(
  db: Db,
  options: { actor: Actor; cycleId: string; to: CompCycleState; version: number },
): Promise<CycleRow> {
  const { actor, cycleId, to } = options;
  return inTransaction(db, async (tx) => {
    const { row: cycle } = await cycleAccess.readFor(tx, actor, cycleId, { resource: false });
    if (cycle.sandbox && to === 'released')
      throw new AppError('invalid_state', issue('compCycleSandboxNeverReleases'));
    if (!nextStates(cycle).includes(to))
      throw new AppError('invalid_state', issue('compCycleTransitionInvalid', { from: cycle.state, to }));
    const { row: locked } = await cycleAccess.lockFor(tx, actor, cycleId, 'transition', options.version);
    if (!nextStates(locked).includes(to))
      throw new AppError('invalid_state', issue('compCycleTransitionInvalid', { from: locked.state, to }));
    if (to === 'approved') {
      const pending = await pendingApprovalCount(tx, cycleId);
      if (pending > 0)
        throw new AppError('invalid_state', issue('compCycleApprovalsPending', { count: pending }));
    }
    const [moved] = await tx
      .update(compCycles)
      .set({
        state: to,
        ...(to === 'released' ? { releasedAt: sql`now()` } : {}),
        ...(to === 'archived' ? { archivedAt: sql`now()` } : {}),
        version: sql`${compCycles.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(compCycles.id, cycleId))
      .returning();
    if (to === 'released') await releaseCyclePay(tx, { actor, cycle: moved! });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'comp_cycle.state_changed',
      targetType: 'comp_cycle',
      targetId: cycleId,
      before: { state: locked.state },
      after: { state: to },
    });
    return moved!;
  });
}
