import { issue } from '../../../contracts/issues';
import { recordAccess } from '../../platform/audit/accessLog';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { AppError, notFound } from '../../platform/errors/appError';
import { defineAccess } from '../../platform/policy/access';
import { relationTo } from '../../platform/policy/relations';
import { planPolicy, planReach } from './policy';
import { findPlan, listOwnPlans, type PlanRow } from './queries';

/**
 * The one door to a development plan (GUIDE 12). Its goals, actions and progress notes are the
 * plan's own rows: commands pass the plan's guard, then load the child inside the plan.
 * The owner is refused by state, not by role: an archived plan cannot be edited until reactivated,
 * a shared plan is not shared again, an unshared one not revoked (409 `invalid_state`).
 */
export const planAccess = defineAccess({
  name: 'Development plan',
  dataClass: 'development',
  resource: 'development plan',
  load: findPlan,
  subjectOf: (row) => row.ownerId,
  policy: planPolicy,
  version: (row) => row.version,
  refusal: (action, policy) => {
    if (!policy.changeStatus) return undefined;
    if (action === 'edit') return new AppError('invalid_state', issue('planArchived'));
    if (action === 'share') return new AppError('invalid_state', issue('planNotShareable'));
    if (action === 'revoke') return new AppError('invalid_state', issue('planNotShared'));
    return undefined;
  },
});

/**
 * A person's plans as their profile's "Next" side shows them. Anyone in the organisation gets an
 * answer (another organisation 404): the owner their plans that are not archived, the direct manager
 * the active ones shared with them, anyone else nothing. Logged for the owner when it shows them
 * something.
 */
export async function profilePlansOf(db: Db, actor: Actor, personId: string): Promise<PlanRow[]> {
  const relation = await relationTo(db, actor, personId);
  if (relation === null) throw notFound('Person');
  if (planReach(relation) === 'none') return [];
  const { rows } = await listOwnPlans(db, actor.organizationId, personId, 1, 20);
  const shown = rows.filter(
    (row) =>
      row.status !== 'archived' &&
      planPolicy(actor, row, relation).read &&
      (relation === 'self' || row.status === 'active'),
  );
  if (shown.some((row) => planPolicy(actor, row, relation).logAccess))
    await recordAccess(db, actor, {
      subjectPersonId: personId,
      dataClass: 'development',
      resource: 'development plan progress',
    });
  return shown;
}

/** Plans listed as shared with the caller (their direct reports'): a read on each owner's log. */
export async function recordSharedPlansListed(db: Db, actor: Actor, rows: PlanRow[]) {
  for (const ownerId of new Set(rows.map((row) => row.ownerId)))
    await recordAccess(db, actor, {
      subjectPersonId: ownerId,
      dataClass: 'development',
      resource: 'development plan (list)',
    });
}
