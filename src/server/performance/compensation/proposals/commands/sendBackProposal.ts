import { eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import type { Db } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { proposalAccess } from '../access';
import { recordProposalEvents } from '../events';
import type { PlannedParticipant } from '../queries';
import { compProposals } from '../tables';

/**
 * Sends a submitted proposal back to its planners with a reason (item 6): it leaves every approver's
 * queue, starts its chain again when it is submitted anew, and shows the reason to the planners
 * until then. Its figures stay in the spent budget: a sent-back proposal is still meant.
 */
export async function sendBackProposal(
  db: Db,
  options: { actor: Actor; participantId: string; version: number; reason: string },
): Promise<PlannedParticipant> {
  const { actor, participantId, reason } = options;
  return inTransaction(db, async (tx) => {
    const { row } = await proposalAccess.lockFor(tx, actor, participantId, 'sendBack', options.version);
    const proposal = row.proposal!;
    const [saved] = await tx
      .update(compProposals)
      .set({
        state: 'returned',
        returnedReason: reason,
        approvalChain: [],
        approvalStep: 0,
        awaitingPersonId: null,
        version: sql`${compProposals.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(compProposals.id, proposal.id))
      .returning();
    const before = { state: proposal.state, step: proposal.approvalStep };
    await recordProposalEvents(tx, actor, [
      { proposalId: proposal.id, kind: 'sent_back', note: reason, before, after: { state: 'returned' } },
    ]);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'comp_proposal.sent_back',
      targetType: 'comp_proposal',
      targetId: proposal.id,
      before,
      after: { state: 'returned', reason },
    });
    return { ...row, proposal: saved! };
  });
}
