import { eq, sql } from 'drizzle-orm';
import type { AdjustProposalRequest } from '../../../../../contracts/compensation/proposals';
import { recordAuditEvent } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import type { Db } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { proposalAccess } from '../access';
import type { EvaluatedProposal } from '../evaluate';
import { recordProposalEvents } from '../events';
import type { PlannedParticipant, ProposalRow } from '../queries';
import { compProposals } from '../tables';
import { checkedProposal } from './saveProposal';

/** The figures of a stored proposal, as the history shows them before an adjustment. */
const storedFigures = (proposal: ProposalRow) => ({
  meritPercent: proposal.meritPct,
  promotionBandId: proposal.promotionBandId,
  promotionNewBase: proposal.promotionNewBaseMinor,
  bonus: proposal.bonusMinor,
  market: proposal.marketMinor,
});

/**
 * An approver changes a submitted proposal with a note for the approvers after them (item 6): the
 * whole proposal is checked by the core as a planner's save is (a change outside the guideline
 * needs the justification), stays submitted at the same step — the approver still decides it — and
 * the history and audit trail keep the figures before and after with the note.
 */
export async function adjustProposal(
  db: Db,
  options: { actor: Actor; participantId: string; input: AdjustProposalRequest },
): Promise<{ planned: PlannedParticipant; evaluated: EvaluatedProposal }> {
  const { actor, participantId, input } = options;
  return inTransaction(db, async (tx) => {
    const { row } = await proposalAccess.lockFor(tx, actor, participantId, 'adjust', input.version);
    const proposal = row.proposal!;
    const { evaluated, columns } = await checkedProposal(tx, {
      organizationId: actor.organizationId,
      row,
      input,
    });
    const [saved] = await tx
      .update(compProposals)
      .set({
        ...columns,
        updatedByAccountId: actor.accountId,
        version: sql`${compProposals.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(compProposals.id, proposal.id))
      .returning();
    const before = storedFigures(proposal);
    const after = storedFigures(saved!);
    await recordProposalEvents(tx, actor, [
      { proposalId: proposal.id, kind: 'adjusted', note: input.note, before, after },
    ]);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'comp_proposal.adjusted',
      targetType: 'comp_proposal',
      targetId: proposal.id,
      before,
      after: { ...after, note: input.note },
    });
    return { planned: { ...row, proposal: saved! }, evaluated };
  });
}
