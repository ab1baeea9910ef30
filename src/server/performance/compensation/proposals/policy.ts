import {
  type CompCycleState,
  compCycleStates,
  type Eligibility,
} from '../../../../contracts/compensation/cycles';
import type { ProposalState } from '../../../../contracts/compensation/proposalStates';
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
  /** Null before the first save. */
  proposalState?: ProposalState | null;
  /** Whose turn it is while submitted: a chain approver, or null for the approval team and HR. */
  awaitingPersonId?: string | null;
}

const hrOf = (actor: Actor) => actor.roles.has('hr_admin');

/** The end of every approval chain (item 6): the approval team and HR decide for the organisation. */
export const decidesFinally = (actor: Actor) => hrOf(actor) || actor.roles.has('approver');

/** The states in which the snapshot chain reads its subtree's proposals: planning to release. */
const chainStates: readonly CompCycleState[] = ['planning', 'review', 'approved', 'released'];
/** Approvals happen while planning (as proposals arrive) and in review (submissions closed). */
const decidingStates: readonly CompCycleState[] = ['planning', 'review'];

/**
 * Who works on pay proposals (SPEC S1 `compensation`, S3.6; issue 12 items 4–6).
 *
 * - Reading: the snapshot chain above a participant from planning to release; the approval team and
 *   HR every launched proposal. Never one's own: nobody sees or decides their own raise, and the
 *   employee sees nothing here (404, S1.7) — their outcome reaches them as a letter.
 * - Planning: the chain and HR edit and submit while the cycle plans; in review only a proposal
 *   sent back may change and go in again. An approved proposal is final.
 * - Approving: a submitted proposal waits for one chain approver at a time (`awaitingPersonId`) and
 *   then for the approval team or HR, who may also decide it at any step. Whoever may approve may
 *   adjust it (with a note) or send it back (with a reason). Only eligible participants take part.
 */
export function proposalPolicy(actor: Actor, row: ProposalFacts, relation: ProposalRelation) {
  const finalDecider = decidesFinally(actor);
  const state = row.proposalState ?? null;
  const read =
    relation !== 'self' &&
    ((finalDecider && row.cycleState !== 'draft') ||
      (relation === 'subtree' && chainStates.includes(row.cycleState)));
  const eligible = row.eligibility === 'eligible';
  const planner = relation === 'subtree' || hrOf(actor);
  const edit =
    read &&
    planner &&
    eligible &&
    ((row.cycleState === 'planning' && state !== 'approved') ||
      (row.cycleState === 'review' && state === 'returned'));
  const awaitsCaller =
    finalDecider || (row.awaitingPersonId != null && row.awaitingPersonId === actor.personId);
  const approve =
    read && eligible && state === 'submitted' && decidingStates.includes(row.cycleState) && awaitsCaller;
  return { read, edit, submit: edit, approve, adjust: approve, sendBack: approve, logAccess: read };
}
export type ProposalPolicy = ReturnType<typeof proposalPolicy>;

/**
 * The list-side twin of `proposalPolicy` (GUIDE 12): which participants of a cycle the caller's
 * list shows — every one but themselves (approval team, HR), their snapshot subtree (a manager), or
 * none (404). The policy test holds the two equal for every role, relation and state.
 */
export type ProposalReach = 'all' | 'subtree' | 'none';

export function proposalReach(actor: Actor, cycleState: CompCycleState): ProposalReach {
  if (decidesFinally(actor) && cycleState !== 'draft') return 'all';
  return chainStates.includes(cycleState) ? 'subtree' : 'none';
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

/**
 * The approvers of a submission, in order (item 6): the snapshot chain above the participant's
 * manager (`chain[0]`) and above whoever submitted, up to `depth` levels above that manager ("stop
 * at VP"); the approval team and HR come after them. A planner never approves their own submission,
 * and nobody below the submitter is asked to approve their decision.
 */
export function chainApprovers(
  chain: readonly string[],
  depth: number,
  submitterPersonId: string | null,
): string[] {
  const submitterAt = submitterPersonId ? chain.indexOf(submitterPersonId) : -1;
  return chain.slice(Math.max(1, submitterAt + 1), 1 + depth);
}
