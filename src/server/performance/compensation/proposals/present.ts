import type { CompProposal } from '../../../../contracts/compensation/proposals';
import { snapshotBand } from '../cycles/present';
import { meritGuidelineOf, type ProposalSnapshot } from './evaluate';
import { resultingBaseOf } from './outcome';
import type { ProposalPolicy } from './policy';
import type { PlannedParticipant } from './queries';

/** The snapshot figures a proposal is checked against, from the participant row. */
export function snapshotOf(row: PlannedParticipant['participant']): ProposalSnapshot {
  return {
    baseMinor: row.baseMinor,
    currency: row.payCurrency,
    band: snapshotBand(row),
    compaRatio: row.compaRatio,
    positionInRange: row.positionInRange,
    calibratedRating: row.calibratedRating,
    eligibleDays: row.eligibleDays,
    periodDays: row.periodDays,
  };
}

/** A proposal shown for reading only (the personal export's HR file). */
export const NO_ABILITIES = { edit: false, submit: false, approve: false, adjust: false, sendBack: false };

/**
 * A participant's row of the planning grid: only what the launch snapshot holds (the calibrated
 * rating is the one performance input, S1.6) and the proposal. Who saved or submitted it stays in
 * the audit trail.
 */
export function presentProposal(
  planned: PlannedParticipant,
  abilities: Pick<ProposalPolicy, 'edit' | 'submit' | 'approve' | 'adjust' | 'sendBack'>,
): CompProposal {
  const { participant: p, proposal: q, cycle } = planned;
  const snapshot = snapshotOf(p);
  const resulting = q && p.baseMinor !== null ? resultingBaseOf(p.baseMinor, q) : null;
  return {
    participantId: p.id,
    cycleId: p.cycleId,
    personId: p.personId,
    givenName: planned.givenName,
    familyName: planned.familyName,
    managerId: p.managerId,
    eligibility: p.eligibility,
    currentBaseMinor: p.baseMinor,
    currency: p.payCurrency,
    band: snapshot.band ? { ...snapshot.band, targetMinor: snapshot.band.targetMinor ?? null } : null,
    compaRatio: p.compaRatio,
    positionInRange: p.positionInRange,
    calibratedRating: p.calibratedRating,
    proration: { eligibleDays: p.eligibleDays, periodDays: p.periodDays },
    guideline: meritGuidelineOf(snapshot, cycle),
    state: q?.state ?? null,
    merit:
      q?.meritInput && q.meritPct !== null && q.meritNewBaseMinor !== null
        ? { input: q.meritInput, percent: q.meritPct, newBaseMinor: q.meritNewBaseMinor }
        : null,
    bonusMinor: q?.bonusMinor ?? null,
    marketMinor: q?.marketMinor ?? null,
    promotion:
      q?.promotionLevelId && q.promotionBandId && q.promotionNewBaseMinor !== null
        ? { levelId: q.promotionLevelId, bandId: q.promotionBandId, newBaseMinor: q.promotionNewBaseMinor }
        : null,
    resultingBaseMinor: resulting,
    justification: q?.justification ?? null,
    flags: {
      outsideGuideline: q?.outsideGuideline ?? false,
      promotionBelowGuideline: q?.promotionBelowGuideline ?? false,
      band: q?.bandFlag ?? null,
    },
    submittedAt: q?.submittedAt?.toISOString() ?? null,
    approval: {
      step: q?.approvalStep ?? 0,
      chainLength: q?.approvalChain.length ?? 0,
      awaitingPersonId: q?.state === 'submitted' ? q.awaitingPersonId : null,
      returnedReason: q?.state === 'returned' ? q.returnedReason : null,
      approvedAt: q?.approvedAt?.toISOString() ?? null,
    },
    version: q?.version ?? 0,
    abilities: {
      edit: abilities.edit,
      submit: abilities.submit && q !== null && q.state !== 'submitted',
      approve: abilities.approve,
      adjust: abilities.adjust,
      sendBack: abilities.sendBack,
    },
  };
}
