import { recordAccesses } from '../../../platform/audit/accessLog';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { defineAccess } from '../../../platform/policy/access';
import { findCycle } from '../cycles/queries';
import { equityPolicy } from './policy';

/** What a listed person's access log calls the equity check's read of their pay. */
export const EQUITY_RESOURCE = 'comp_equity_below_minimum';

/**
 * The one door to a cycle's pay-equity check (GUIDE 12): HR and the approval team once launched,
 * 404 for everyone else and for a draft.
 */
export const equityAccess = defineAccess({
  name: 'Compensation cycle',
  dataClass: 'compensation',
  resource: 'comp_equity',
  load: findCycle,
  subjectOf: () => null,
  policy: (actor, row) => equityPolicy(actor, row),
});

/** The people listed below their band minimum: one access-log entry each, in one insert. */
export async function logBelowMinimumAccess(db: Db, actor: Actor, personIds: readonly string[]) {
  await recordAccesses(
    db,
    actor,
    [...new Set(personIds)].map((subjectPersonId) => ({
      subjectPersonId,
      dataClass: 'compensation' as const,
      resource: EQUITY_RESOURCE,
    })),
  );
}
