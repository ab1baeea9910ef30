import { issue } from '../../../../contracts/issues';
import { recordAccesses } from '../../../platform/audit/accessLog';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { AppError, notFound } from '../../../platform/errors/appError';
import { defineAccess } from '../../../platform/policy/access';
import { decidesFinally, type ProposalFacts, proposalPolicy, proposalReach } from './policy';
import type { PlannedParticipant } from './queries';
import { findCycleOf, findPlanned, managesInCycle, snapshotRelation } from './queries';

/** The policy's facts of a loaded participant (cycle, eligibility, proposal and whose turn it is). */
export const factsOf = (
  row: Pick<PlannedParticipant, 'cycle' | 'participant' | 'proposal'>,
): ProposalFacts => ({
  cycleState: row.cycle.state,
  eligibility: row.participant.eligibility,
  proposalState: row.proposal?.state ?? null,
  awaitingPersonId: row.proposal?.awaitingPersonId ?? null,
});

/** What the participants' access log calls a read of their pay proposal. */
export const PROPOSAL_RESOURCE = 'comp_proposal';
/** …and a read of its approval history (the approvers' notes about them). */
export const PROPOSAL_HISTORY_RESOURCE = 'comp_proposal_history';

/**
 * The one door to a participant's pay proposal (GUIDE 12): relation by the launch snapshot's
 * manager chain, 404 for anyone the policy does not let read it (the employee themselves included),
 * 409 `invalid_state` when the cycle no longer plans or the person is not eligible, 409 with the
 * newer version on a stale save, and every read on the person's access log.
 */
export const proposalAccess = defineAccess({
  name: 'Proposal',
  dataClass: 'compensation',
  resource: PROPOSAL_RESOURCE,
  load: findPlanned,
  subjectOf: (row) => row.participant.personId,
  relate: snapshotRelation,
  policy: (actor, row, relation) => proposalPolicy(actor, factsOf(row), relation),
  version: (row) => row.proposal?.version ?? 0,
  refusal: (action, _policy, row, _relation, actor) => {
    const state = row.proposal?.state ?? null;
    if (row.participant.eligibility !== 'eligible')
      return new AppError('invalid_state', issue('compProposalIneligible'));
    if (state === 'approved') return new AppError('invalid_state', issue('compProposalApproved'));
    if (action === 'edit' || action === 'submit') {
      if (row.cycle.state !== 'planning' && !(row.cycle.state === 'review' && state === 'returned'))
        return new AppError('invalid_state', issue('compProposalClosed'));
      return undefined;
    }
    if (row.cycle.state !== 'planning' && row.cycle.state !== 'review')
      return new AppError('invalid_state', issue('compProposalClosed'));
    if (state !== 'submitted') return new AppError('invalid_state', issue('compProposalNotSubmitted'));
    // Submitted, and readable by the caller: the chain has someone else's turn (403 with the reason).
    if (!decidesFinally(actor)) return new AppError('forbidden', issue('compProposalNotYourTurn'));
    return undefined;
  },
});

/**
 * The list-side door of a cycle's proposals: its reach for the caller, or 404 when they have none —
 * a cycle that is not the organisation's, not yet launched, or in which they managed nobody.
 */
export async function proposalListAccess(db: Db, actor: Actor, cycleId: string) {
  const cycle = await findCycleOf(db, actor.organizationId, cycleId);
  if (!cycle) throw notFound('Compensation cycle');
  const reach = proposalReach(actor, cycle.state);
  if (reach === 'none') throw notFound('Compensation cycle');
  if (reach === 'subtree' && !(await managesInCycle(db, cycle.id, actor.personId)))
    throw notFound('Compensation cycle');
  return { cycle, reach };
}

/** A page of proposals shows each listed person's compensation: one access-log entry each, one insert. */
export async function logProposalListAccess(db: Db, actor: Actor, personIds: readonly string[]) {
  await recordAccesses(
    db,
    actor,
    [...new Set(personIds)].map((subjectPersonId) => ({
      subjectPersonId,
      dataClass: 'compensation' as const,
      resource: PROPOSAL_RESOURCE,
    })),
  );
}
