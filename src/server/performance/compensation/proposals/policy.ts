import {
  type CompCycleState,
  compCycleStates,
  type Eligibility,
} from '../../../../contracts/compensation/cycles';
import type { Actor } from '../../../platform/auth/actor';

/**
 * How the caller stands to a participant of a cycle, by the reporting lines snapshotted at launch
 * (`comp_cycle_participants.manager_id`), never today's: a proposal belongs to the manager chain
 * the budget was built on. `self` the participant themselves; `subtree` anyone above them in that
 * chain; `outside` everyone else in the organisation.
 */
export type ProposalRelation = 'self' | 'subtree' | 'outside';

/** What the policy needs to know of a participant's proposal. */
export interface ProposalFacts {
  cycleState: CompCycleState;
  eligibility: Eligibility;
}

const hrOf = (actor: Actor) => actor.roles.has('hr_admin');

/**
 * Who works on pay proposals (SPEC S1 `compensation`, S3.6; issue 12 items 4–5). A manager reads
 * and edits the proposals of their snapshot subtree while the cycle plans (approvals, a later part,
 * carry them on from there). HR admins read every proposal of a launched cycle and edit while it
 * plans — never their own: nobody decides their own raise. The employee sees nothing (404, S1.7).
 * Only eligible participants take a proposal.
 */
export function proposalPolicy(actor: Actor, row: ProposalFacts, relation: ProposalRelation) {
  const hr = hrOf(actor);
  const planning = row.cycleState === 'planning';
  const launched = row.cycleState !== 'draft';
  const read = relation !== 'self' && ((hr && launched) || (relation === 'subtree' && planning));
  const edit = read && planning && row.eligibility === 'eligible';
  return { read, edit, submit: edit, logAccess: read };
}
export type ProposalPolicy = ReturnType<typeof proposalPolicy>;

/**
 * The list-side twin of `proposalPolicy` (GUIDE 12): which participants of a cycle the caller's
 * list shows — every one but themselves (HR), their snapshot subtree (a manager), or none (404).
 * The policy test holds the two equal for every role, relation and state.
 */
export type ProposalReach = 'all' | 'subtree' | 'none';

export function proposalReach(actor: Actor, cycleState: CompCycleState): ProposalReach {
  if (hrOf(actor) && cycleState !== 'draft') return 'all';
  return cycleState === 'planning' ? 'subtree' : 'none';
}

/** Whether a reach lists a participant the caller stands to in this relation. */
export const reachIncludes = (reach: ProposalReach, relation: ProposalRelation) =>
  relation !== 'self' && (reach === 'all' || (reach === 'subtree' && relation === 'subtree'));

/**
 * The cycle states in which the caller has a reach at all — the planning list's filter, taken from
 * `proposalReach` so the list never offers a grid that would answer 404. A non-HR caller must also
 * have managed someone in the cycle's snapshot (`managesInCycle`, the list's EXISTS).
 */
export const planningStatesFor = (actor: Actor): CompCycleState[] =>
  compCycleStates.filter((state) => proposalReach(actor, state) !== 'none');
