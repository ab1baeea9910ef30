import type { CompCycleState } from '../../../../contracts/compensation/cycles';
import type { Actor } from '../../../platform/auth/actor';

/** What the equity policy needs to know of a cycle. */
export interface EquityCycleFacts {
  state: CompCycleState;
}

/**
 * Who reads a cycle's pay-equity check (SPEC S1 `compensation`, S3.6; issue 12 item 8): HR admins
 * and the approval team, once the cycle is launched — it is what they look at before approving.
 * Both see the figures by group with small groups withheld; only HR sees who is left below their
 * band minimum by name (each listed person's access log records it), and the full histogram.
 * Everyone else, and anyone before launch, does not see it at all (404, S1.7).
 */
export function equityPolicy(actor: Actor, cycle: EquityCycleFacts) {
  const hr = actor.roles.has('hr_admin');
  const approver = actor.roles.has('approver');
  const read = (hr || approver) && cycle.state !== 'draft';
  return {
    read,
    /** The names of the people below their band minimum. */
    names: read && hr,
    /** Histogram counts of one to four people withheld, as small groups are. */
    suppressDistribution: !hr,
    /** The check is about no one person; its list of names logs each listed person itself. */
    logAccess: false,
  };
}
export type EquityPolicy = ReturnType<typeof equityPolicy>;
