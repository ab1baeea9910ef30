import { inArray, sql } from 'drizzle-orm';
import { issue } from '../../../../../contracts/issues';
import { recordAuditEvents } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import type { Db } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { notFound, validationFailed } from '../../../../platform/errors/appError';
import { proposalAccess } from '../access';
import { recordProposalEvents } from '../events';
import { decidesFinally } from '../policy';
import { compProposals } from '../tables';

/**
 * Approves a set of submitted proposals of one cycle, all or nothing (bulk approval, item 6). Each
 * passes the proposal guard (the caller's turn, the version they saw). A chain approver passes the
 * proposal on to the next one in its chain, or past the chain to the approval team and HR; the
 * approval team and HR approve it for good, at whatever step it waits. Every step lands in the
 * proposal's history and the audit trail with the state and step before and after.
 */
export async function approveProposals(
  db: Db,
  options: { actor: Actor; cycleId: string; items: { participantId: string; version: number }[] },
): Promise<{ approved: number; movedOn: number }> {
  const { actor, cycleId, items } = options;
  const ids = items.map((item) => item.participantId);
  if (new Set(ids).size !== ids.length) throw validationFailed({ items: issue('compProposalDuplicate') });
  return inTransaction(db, async (tx) => {
    const stepped: { id: string; step: number; next: string | null }[] = [];
    for (const item of items) {
      const { row } = await proposalAccess.lockFor(tx, actor, item.participantId, 'approve', item.version);
      const proposal = row.proposal;
      if (row.cycle.id !== cycleId || !proposal) throw notFound('Proposal');
      stepped.push({
        id: proposal.id,
        step: proposal.approvalStep,
        next: proposal.approvalChain[proposal.approvalStep + 1] ?? null,
      });
    }
    const finalDecision = decidesFinally(actor);
    const ids = stepped.map((entry) => entry.id);
    const q = compProposals;
    if (finalDecision) {
      await tx
        .update(q)
        .set({
          state: 'approved',
          approvedAt: sql`now()`,
          approvedByAccountId: actor.accountId,
          awaitingPersonId: null,
          version: sql`${q.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(inArray(q.id, ids));
    } else {
      // The next chain approver, or none (null: the approval team and HR), read from each row's chain.
      await tx
        .update(q)
        .set({
          approvalStep: sql`${q.approvalStep} + 1`,
          awaitingPersonId: sql`${q.approvalChain}[${q.approvalStep} + 2]`,
          version: sql`${q.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(inArray(q.id, ids));
    }
    const after = (entry: (typeof stepped)[number]) =>
      finalDecision
        ? { state: 'approved' }
        : { state: 'submitted', step: entry.step + 1, awaitingPersonId: entry.next };
    await recordProposalEvents(
      tx,
      actor,
      stepped.map((entry) => ({
        proposalId: entry.id,
        kind: 'approved' as const,
        before: { state: 'submitted', step: entry.step },
        after: after(entry),
      })),
    );
    await recordAuditEvents(
      tx,
      actor.organizationId,
      stepped.map((entry) => ({
        organizationId: actor.organizationId,
        actorAccountId: actor.accountId,
        action: finalDecision ? 'comp_proposal.approved' : 'comp_proposal.approval_step',
        targetType: 'comp_proposal',
        targetId: entry.id,
        before: { state: 'submitted', step: entry.step },
        after: after(entry),
      })),
    );
    return finalDecision ? { approved: ids.length, movedOn: 0 } : { approved: 0, movedOn: ids.length };
  });
}
