import { issue } from '../../../../contracts/issues';
import { recordAccesses } from '../../../platform/audit/accessLog';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { AppError, notFound } from '../../../platform/errors/appError';
import { defineAccess } from '../../../platform/policy/access';
import { proposalPolicy, proposalReach } from './policy';
import { findCycleOf, findPlanned, managesInCycle, snapshotRelation } from './queries';

/** What the participants' access log calls a read of their pay proposal. */
export const PROPOSAL_RESOURCE = 'comp_proposal';

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
  policy: (actor, row, relation) =>
    proposalPolicy(
      actor,
      { cycleState: row.cycle.state, eligibility: row.participant.eligibility },
      relation,
    ),
  version: (row) => row.proposal?.version ?? 0,
  refusal: (_action, _policy, row) => {
    if (row.cycle.state !== 'planning') return new AppError('invalid_state', issue('compProposalClosed'));
    if (row.participant.eligibility !== 'eligible')
      return new AppError('invalid_state', issue('compProposalIneligible'));
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
