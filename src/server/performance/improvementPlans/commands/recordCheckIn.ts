import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { recordPipCheckInRequest } from '../../../../contracts/improvementPlans';
import { issue } from '../../../../contracts/issues';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, notFound, validationFailed, versionConflict } from '../../../platform/errors/appError';
import { planAccess } from '../access';
import { settlePlanAgenda } from '../agenda';
import { improvementPlanCheckIns } from '../tables';
import { recordPlanEvent } from './audit';

/**
 * Records a check-in of a running plan (the employee's direct manager, or HR): a summary the
 * employee reads and notes for the readers their visibility names (HR and the manager chain by
 * default; only HR may keep notes to HR). A check-in is recorded once; its 1:1 agenda item is ticked.
 */
export async function recordCheckIn(
  db: Db,
  actor: Actor,
  ids: { planId: string; checkInId: string },
  input: z.output<typeof recordPipCheckInRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row: plan, policy } = await planAccess.lockFor(tx, actor, ids.planId, 'recordCheckIn');
    const [checkIn] = await tx
      .select()
      .from(improvementPlanCheckIns)
      .where(and(eq(improvementPlanCheckIns.id, ids.checkInId), eq(improvementPlanCheckIns.planId, plan.id)))
      .for('update');
    if (!checkIn) throw notFound('Check-in');
    if (checkIn.version !== input.version) throw versionConflict(checkIn.version);
    if (checkIn.recordedAt !== null) throw new AppError('invalid_state', issue('pipCheckInRecorded'));
    if (input.notesVisibility === 'hr' && !policy.hrChoices)
      throw validationFailed({ notesVisibility: issue('pipHrOnlyVisibility') });
    await tx
      .update(improvementPlanCheckIns)
      .set({
        recordedAt: new Date(),
        recordedById: actor.personId,
        summary: input.summary,
        notes: input.notes,
        notesVisibility: input.notesVisibility,
        version: checkIn.version + 1,
      })
      .where(eq(improvementPlanCheckIns.id, checkIn.id));
    await settlePlanAgenda(tx, plan.organizationId, [checkIn.id], 'discussed');
    await recordPlanEvent(tx, actor, {
      action: 'improvement_plan.check_in_recorded',
      targetType: 'improvement_plan_check_in',
      targetId: checkIn.id,
      before: { recorded: false },
      after: { planId: plan.id, scheduledOn: checkIn.scheduledOn, notesVisibility: input.notesVisibility },
    });
  });
}
