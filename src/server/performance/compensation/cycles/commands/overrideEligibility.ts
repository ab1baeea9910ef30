import { eq, sql } from 'drizzle-orm';
import type { Eligibility } from '../../../../../contracts/compensation/cycles';
import { recordAuditEvent } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import type { Db } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { participantAccess } from '../access';
import { compCycleParticipants } from '../tables';

/**
 * HR overrides one person's eligibility while the cycle plans, with a written reason. What the
 * rules decided stays beside it (`rule_eligibility`, `rule_reason`), so the override can always be
 * told apart and explained; the audit event keeps before, after and the reason. The guard answers
 * 404 outside HR, 403 for one's own, 409 once the cycle is past planning or the version is stale.
 */
export async function overrideEligibility(
  db: Db,
  options: { actor: Actor; participantId: string; eligibility: Eligibility; reason: string; version: number },
) {
  const { actor, participantId } = options;
  return inTransaction(db, async (tx) => {
    const { row: before } = await participantAccess.lockFor(
      tx,
      actor,
      participantId,
      'override',
      options.version,
    );
    await tx
      .update(compCycleParticipants)
      .set({
        eligibility: options.eligibility,
        overrideEligibility: options.eligibility,
        overrideReason: options.reason,
        overriddenByAccountId: actor.accountId,
        overriddenAt: sql`now()`,
        version: sql`${compCycleParticipants.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(compCycleParticipants.id, participantId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'comp_cycle_participant.eligibility_overridden',
      targetType: 'comp_cycle_participant',
      targetId: participantId,
      before: { cycleId: before.cycleId, personId: before.personId, eligibility: before.eligibility },
      after: { eligibility: options.eligibility, reason: options.reason },
    });
    return before.cycleId;
  });
}
