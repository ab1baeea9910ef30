import { eq } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { planAccess } from '../access';
import { settlePlanAgenda, syncPlanAgenda } from '../agenda';
import { planParts } from '../queries';
import { checkInDates, daysBetween, isCalendarDay, MAX_PLAN_DAYS } from '../schedule';
import { diffSnapshots, snapshotOf } from '../sections';
import { improvementPlans } from '../tables';
import { planShape, recordPlanEvent } from './audit';
import { syncCheckIns } from './content';
import { addRevision } from './revisions';

/**
 * Gives a running plan more time (HR admins only): the end date moves later, weekly or biweekly
 * check-ins continue to the new end, and the employee acknowledges the extension like any change
 * (state `extended` until they do).
 */
export async function extendPlan(
  db: Db,
  actor: Actor,
  planId: string,
  input: { version: number; endDate: string },
) {
  await inTransaction(db, async (tx) => {
    const { row: plan } = await planAccess.lockFor(tx, actor, planId, 'extend', input.version);
    if (!isCalendarDay(input.endDate)) throw validationFailed({ endDate: issue('dateInvalid') });
    if (input.endDate <= plan.endDate)
      throw validationFailed({ endDate: issue('pipExtendAfter', { date: plan.endDate }) });
    if (daysBetween(plan.startDate, input.endDate) > MAX_PLAN_DAYS)
      throw validationFailed({ endDate: issue('pipTooLong', { max: MAX_PLAN_DAYS }) });
    const parts = await planParts(tx, plan.id);
    const explicit = parts.checkIns.map((c) => c.scheduledOn);
    const days = checkInDates({ kind: plan.checkInSchedule, dates: explicit }, plan.startDate, input.endDate);
    const dropped = await syncCheckIns(tx, plan, days);
    const revision = plan.revision + 1;
    const [extended] = await tx
      .update(improvementPlans)
      .set({
        endDate: input.endDate,
        state: 'extended',
        revision,
        version: plan.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(improvementPlans.id, plan.id))
      .returning();
    const changes = diffSnapshots(
      snapshotOf(plan, parts),
      snapshotOf(extended!, await planParts(tx, plan.id)),
    );
    await addRevision(tx, plan, { number: revision, kind: 'extended', changedById: actor.personId, changes });
    await notify(tx, [
      {
        organizationId: plan.organizationId,
        recipientId: plan.employeeId,
        kind: 'improvement_plan.changed',
        params: { extended: true, endDate: input.endDate },
        link: `/performance/improvement-plans/${plan.id}`,
        email: true,
      },
    ]);
    await settlePlanAgenda(tx, plan.organizationId, dropped, 'withdrawn');
    await syncPlanAgenda(tx, extended!);
    await recordPlanEvent(tx, actor, {
      action: 'improvement_plan.extended',
      targetId: plan.id,
      before: planShape(plan),
      after: planShape(extended!),
    });
  });
}
