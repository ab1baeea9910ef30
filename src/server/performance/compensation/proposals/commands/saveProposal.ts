import { eq, sql } from 'drizzle-orm';
import type { SaveProposalRequest } from '../../../../../contracts/compensation/proposals';
import { issue } from '../../../../../contracts/issues';
import { recordAuditEvent } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import type { Db } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { validationFailed } from '../../../../platform/errors/appError';
import { proposalAccess } from '../access';
import { type EvaluatedProposal, evaluateProposal } from '../evaluate';
import { snapshotOf } from '../present';
import { findBand, type PlannedParticipant, promotionMinIncreaseOf } from '../queries';
import { compProposals } from '../tables';

/** The promotion's band, of the organisation and of the level it names, with the configured minimum. */
async function promotionRules(db: Db, organizationId: string, input: SaveProposalRequest) {
  if (!input.promotion) return null;
  const band = await findBand(db, organizationId, input.promotion.bandId);
  if (!band) throw validationFailed({ 'promotion.bandId': issue('compProposalBandForeign') });
  if (band.levelId !== input.promotion.levelId)
    throw validationFailed({ 'promotion.bandId': issue('compProposalBandLevelMismatch') });
  return { band, minIncreasePct: await promotionMinIncreaseOf(db, organizationId) };
}

const auditFigures = (input: SaveProposalRequest, evaluated: EvaluatedProposal) => ({
  meritPercent: evaluated.meritPct,
  promotionBandId: input.promotion?.bandId ?? null,
  bonus: input.bonusMinor,
  market: input.marketMinor,
  resulting: evaluated.resultingBaseMinor,
});

/**
 * A whole proposal checked by the core against the launch snapshot, as the columns it is stored in
 * and the figures the audit trail records: what a planner's save and an approver's adjustment share.
 */
export async function checkedProposal(
  tx: Db,
  options: { organizationId: string; row: PlannedParticipant; input: SaveProposalRequest },
) {
  const { row, input } = options;
  const promotion = await promotionRules(tx, options.organizationId, input);
  const evaluated = evaluateProposal(snapshotOf(row.participant), row.cycle, input, promotion);
  const columns = {
    meritInput: evaluated.meritInput,
    meritPct: evaluated.meritPct,
    meritNewBaseMinor: evaluated.meritNewBaseMinor,
    bonusMinor: input.bonusMinor,
    marketMinor: input.marketMinor,
    promotionLevelId: input.promotion?.levelId ?? null,
    promotionBandId: input.promotion?.bandId ?? null,
    promotionNewBaseMinor: input.promotion?.newBaseMinor ?? null,
    justification: input.justification || null,
    outsideGuideline: evaluated.outsideGuideline,
    promotionBelowGuideline: evaluated.promotionBelowGuideline,
    bandFlag: evaluated.bandFlag,
  };
  return { evaluated, columns, figures: auditFigures(input, evaluated) };
}

/**
 * Saves a participant's whole proposal as a draft (creating it on the first save, `version` 0),
 * checked by the core against the launch snapshot: refused (400, naming the field) when outside the
 * merit guideline or below the promotion guideline without a justification; band placement flagged.
 * Saving a submitted proposal takes it back to draft: its figures leave the spent budget and the
 * approvers' queues until it is submitted again; a sent-back one keeps its reason until then. Audited with the figures before and after.
 */
export async function saveProposal(
  db: Db,
  options: { actor: Actor; participantId: string; input: SaveProposalRequest },
): Promise<{ planned: PlannedParticipant; evaluated: EvaluatedProposal }> {
  const { actor, participantId, input } = options;
  return inTransaction(db, async (tx) => {
    const { row } = await proposalAccess.lockFor(tx, actor, participantId, 'edit', input.version);
    const { evaluated, columns, figures } = await checkedProposal(tx, {
      organizationId: actor.organizationId,
      row,
      input,
    });
    // A change takes a submitted proposal back to draft, out of its approvers' queues; a sent-back
    // one stays sent back (with its reason) until it is submitted again.
    const state = row.proposal?.state === 'returned' ? ('returned' as const) : ('draft' as const);
    const values = {
      ...columns,
      state,
      submittedAt: null,
      submittedByAccountId: null,
      approvalChain: [],
      approvalStep: 0,
      awaitingPersonId: null,
      updatedByAccountId: actor.accountId,
    };
    const [saved] = row.proposal
      ? await tx
          .update(compProposals)
          .set({ ...values, version: sql`${compProposals.version} + 1`, updatedAt: sql`now()` })
          .where(eq(compProposals.id, row.proposal.id))
          .returning()
      : await tx
          .insert(compProposals)
          .values({
            ...values,
            organizationId: actor.organizationId,
            cycleId: row.cycle.id,
            participantId,
          })
          .returning();
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: row.proposal ? 'comp_proposal.updated' : 'comp_proposal.created',
      targetType: 'comp_proposal',
      targetId: saved!.id,
      before: row.proposal ? { state: row.proposal.state, version: row.proposal.version } : null,
      after: { state, version: saved!.version, ...figures },
    });
    return { planned: { ...row, proposal: saved! }, evaluated };
  });
}
