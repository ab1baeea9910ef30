import { recordAccess } from '../../platform/audit/accessLog';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors/appError';
import { relationTo } from '../../platform/policy/relations';
import { planPolicy } from './policy';
import { presentPlanDetail } from './present';
import { findPlan } from './queries';

/** The plan as the caller may see it, or 404. A shared-plan read by the manager is logged (S1.5). */
export async function presentVisiblePlan(db: Db, actor: Actor, planId: string) {
  const row = await findPlan(db, actor.organizationId, planId);
  if (!row) throw notFound('Development plan');
  const policy = planPolicy(actor, row, await relationTo(db, actor, row.ownerId));
  if (!policy.read) throw notFound('Development plan');
  if (policy.logAccess) {
    await recordAccess(db, actor, {
      subjectPersonId: row.ownerId,
      dataClass: 'development',
      resource: 'development plan',
    });
  }
  return presentPlanDetail(db, row, policy);
}
