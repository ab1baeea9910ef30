import type { CompCycleState } from '../../../../contracts/compensation/cycles';
import type { Actor } from '../../../platform/auth/actor';
import type { Relation } from '../../../platform/policy/relations';

/** What the cycle policy needs to know of a cycle. */
export interface CycleFacts {
  state: CompCycleState;
  sandbox: boolean;
}

/**
 * The moves a cycle may make after launch. Forward only: planning → review (submissions close) →
 * approved → released → archived. A sandbox is a dry run: it never releases, and may be archived
 * from any state (draft included) when the rehearsal is over. A real cycle is archived only after
 * its release, so an archived real cycle always means pay changed. Launch (draft → planning) is
 * its own command, because it computes the snapshot.
 */
export function nextStates(cycle: CycleFacts): CompCycleState[] {
  const forward: Partial<Record<CompCycleState, CompCycleState>> = {
    planning: 'review',
    review: 'approved',
    approved: 'released',
    released: 'archived',
  };
  const next = forward[cycle.state];
  if (!cycle.sandbox) return next ? [next] : [];
  const moves: CompCycleState[] = next && next !== 'released' ? [next] : [];
  if (cycle.state !== 'archived' && !moves.includes('archived')) moves.push('archived');
  return moves;
}

/**
 * Who works on compensation cycles (SPEC S1 `compensation`, issue 12 items 2–5): HR admins — the
 * organisation's compensation admins — set them up, launch them, move them on and override a
 * person's eligibility. Everyone else does not see a cycle at all (404, S1.7): managers and
 * approvers will reach their own scope through proposals and approvals (later), never through
 * these HR routes. The set-up changes only in draft; eligibility only while planning.
 */
export function cyclePolicy(actor: Actor, cycle: CycleFacts) {
  const hr = actor.roles.has('hr_admin');
  return {
    read: hr,
    edit: hr && cycle.state === 'draft',
    launch: hr && cycle.state === 'draft',
    transition: hr && nextStates(cycle).length > 0,
    overrideEligibility: hr && (cycle.state === 'draft' || cycle.state === 'planning'),
    /** A cycle is about no one person: reading it logs nothing; its participants list does. */
    logAccess: false,
  };
}
export type CyclePolicy = ReturnType<typeof cyclePolicy>;

/** HR lists and creates cycles; anyone else is refused (403: the routes exist, the role cannot use them). */
export const cycleListPolicy = (actor: Actor) => {
  const hr = actor.roles.has('hr_admin');
  return { list: hr, create: hr };
};

/**
 * One person's participation, seen by HR through the cycle: read (logged on the person's access
 * log, as every read of their compensation by someone else) and, while the cycle plans, override
 * their eligibility — but never one's own: an HR admin does not decide their own raise.
 */
export function participantPolicy(actor: Actor, row: CycleFacts, relation: Relation | null) {
  const cycle = cyclePolicy(actor, row);
  const inOrganisation = relation !== null;
  const read = cycle.read && inOrganisation;
  return {
    read,
    override: read && cycle.overrideEligibility && relation !== 'self',
    logAccess: read && relation !== 'self',
  };
}
