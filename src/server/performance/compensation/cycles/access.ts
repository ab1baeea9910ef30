import { issue } from '../../../../contracts/issues';
import { recordAccesses } from '../../../platform/audit/accessLog';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors/appError';
import { defineAccess } from '../../../platform/policy/access';
import { cyclePolicy, participantPolicy } from './policy';
import { findCycle, findParticipant } from './queries';

/** What the participants' access log calls a read of their place in a cycle. */
export const PARTICIPATION_RESOURCE = 'comp_cycle_participation';

/**
 * The one door to a compensation cycle (GUIDE 12). HR only; anyone else gets 404. HR asking for a
 * change the cycle's state does not allow gets 409 `invalid_state` with the reason.
 */
export const cycleAccess = defineAccess({
  name: 'Compensation cycle',
  dataClass: 'compensation',
  resource: 'comp_cycle',
  load: findCycle,
  subjectOf: () => null,
  policy: cyclePolicy,
  version: (row) => row.version,
  refusal: (action) => {
    if (action === 'edit' || action === 'launch')
      return new AppError('invalid_state', issue('compCycleNotDraft'));
    if (action === 'overrideEligibility')
      return new AppError('invalid_state', issue('compCycleOverrideClosed'));
    return undefined;
  },
});

/**
 * The door to one person's place in a cycle: HR reads it (logged for the person) and overrides the
 * eligibility while the cycle plans — not their own (403).
 */
export const participantAccess = defineAccess({
  name: 'Participant',
  dataClass: 'compensation',
  resource: PARTICIPATION_RESOURCE,
  load: findParticipant,
  subjectOf: (row) => row.personId,
  policy: participantPolicy,
  version: (row) => row.version,
  refusal: (_action, _policy, row, relation) =>
    relation !== 'self' && row.state !== 'draft' && row.state !== 'planning'
      ? new AppError('invalid_state', issue('compCycleOverrideClosed'))
      : undefined,
});

/**
 * A page of participants shows each listed person's compensation: one access-log entry per person,
 * in one insert (the guard's log for a list).
 */
export async function logParticipantListAccess(db: Db, actor: Actor, personIds: readonly string[]) {
  await recordAccesses(
    db,
    actor,
    [...new Set(personIds)].map((subjectPersonId) => ({
      subjectPersonId,
      dataClass: 'compensation' as const,
      resource: PARTICIPATION_RESOURCE,
    })),
  );
}
