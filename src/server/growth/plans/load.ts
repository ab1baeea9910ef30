import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { planAccess } from './access';
import { presentPlanDetail } from './present';

/** The plan as the caller may see it, or 404. A shared-plan read by the manager is logged (S1.5). */
export async function presentVisiblePlan(db: Db, actor: Actor, planId: string) {
  const { row, policy } = await planAccess.readFor(db, actor, planId);
  return presentPlanDetail(db, row, policy);
}
