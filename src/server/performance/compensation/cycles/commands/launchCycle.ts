import { eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import { actorToday } from '../../../../platform/clock';
import type { Db } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { validationFailed } from '../../../../platform/errors/appError';
import { cycleAccess } from '../access';
import { insertParticipants } from '../insertParticipants';
import { launchSources } from '../launchSource';
import { type CycleRow, cycleCounts } from '../queries';
import { checkSetup } from '../setup';
import { participantSnapshot } from '../snapshot';
import { compCycles } from '../tables';

/**
 * Launches a draft (draft → planning), all or nothing in one transaction: the launch check must
 * pass (else 400 naming each field); the FX table is frozen; everyone the cycle covers is
 * snapshotted — eligibility by the rules with the reason, manager at launch, current pay and band
 * as of the organisation's today, compa-ratio and position in range at the frozen rates, proration,
 * the calibrated rating from a locked calibration only, the last increase. One statement reads all
 * people; the rows go in as JSON batches of INSERT … SELECT (no per-person round trips). The audit event
 * keeps the frozen table and the counts.
 */
export async function launchCompCycle(
  db: Db,
  options: { actor: Actor; cycleId: string; version: number },
): Promise<CycleRow> {
  const { actor, cycleId } = options;
  const asOf = await actorToday(db, actor);
  return inTransaction(db, async (tx) => {
    const { row: cycle } = await cycleAccess.lockFor(tx, actor, cycleId, 'launch', options.version);
    const sources = await launchSources(tx, {
      organizationId: actor.organizationId,
      asOf,
      periodStart: cycle.periodStart,
      reviewCycleId: cycle.reviewCycleId,
    });
    const currencies = new Set<string>();
    for (const source of sources) {
      if (source.payCurrency) currencies.add(source.payCurrency);
      if (source.bandCurrency) currencies.add(source.bandCurrency);
    }
    const known = { people: sources.length, currencies: [...currencies].sort() };
    const check = await checkSetup(tx, { organizationId: actor.organizationId, asOf }, cycle, known);
    if (!check.ready) {
      const fieldIssues: Record<
        string,
        { code: string; params?: Record<string, string | number | boolean> }
      > = {};
      for (const found of check.issues)
        if (found.level === 'error') fieldIssues[found.field] ??= { code: found.code, params: found.params };
      throw validationFailed(fieldIssues);
    }
    const ids = { organizationId: actor.organizationId, cycleId };
    const rows = sources.map((source) => participantSnapshot(source, cycle, ids));
    await insertParticipants(tx, rows);
    const [launched] = await tx
      .update(compCycles)
      .set({
        state: 'planning',
        fxFrozenAt: sql`now()`,
        launchedAt: sql`now()`,
        launchedByAccountId: actor.accountId,
        version: sql`${compCycles.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(compCycles.id, cycleId))
      .returning();
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'comp_cycle.launched',
      targetType: 'comp_cycle',
      targetId: cycleId,
      before: { state: cycle.state },
      after: {
        state: 'planning',
        asOf,
        fxTable: cycle.fxTable,
        counts: await cycleCounts(tx, cycleId),
      },
    });
    return launched!;
  });
}
