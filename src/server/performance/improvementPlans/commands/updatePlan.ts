import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { updatePipRequest } from '../../../../contracts/improvementPlans';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { notify } from '../../../platform/notifications/notify';
import { planAccess } from '../access';
import { settlePlanAgenda, syncPlanAgenda } from '../agenda';
import { seesVisibility } from '../policy';
import { planParts } from '../queries';
import { diffSnapshots, snapshotOf } from '../sections';
import { improvementPlanCheckIns, improvementPlans } from '../tables';
import { planShape, recordPlanEvent } from './audit';
import { checkContent, syncCheckIns, withHrChoicesKept, writeParts } from './content';
import { addRevision } from './revisions';

/**
 * Changes a plan's content (HR, or the employee's direct manager). A draft simply changes. A
 * published plan keeps a revision with a per-section diff; when the change touches anything the
 * employee reads, the plan pauses until they acknowledge it again (an edit of parts they cannot read
 * is recorded but does not ask them to acknowledge what they are not shown). Returns whether
 * anything changed.
 */
export async function updatePlan(
  db: Db,
  actor: Actor,
  planId: string,
  input: z.output<typeof updatePipRequest>,
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const { row: plan, policy } = await planAccess.lockFor(tx, actor, planId, 'edit', input.version);
    const parts = await planParts(tx, plan.id);
    const { version: _version, ...requested } = input;
    const kept = withHrChoicesKept(requested, { plan, parts }, policy.hrChoices);
    const content = checkContent(kept, { hrChoices: policy.hrChoices, current: plan });
    const before = snapshotOf(plan, parts);
    await writeParts(tx, plan, content);
    const dropped = await syncCheckIns(tx, plan, content.checkInDays);
    const fields = {
      reason: content.reason,
      reasonVisibleToEmployee: content.reasonVisibleToEmployee,
      startDate: content.startDate,
      endDate: content.endDate,
      checkInSchedule: content.checkInSchedule.kind,
      expectationsVisibility: content.expectationsVisibility,
      supportVisibility: content.supportVisibility,
      checkInsVisibility: content.checkInsVisibility,
    };
    const after = snapshotOf({ ...plan, ...fields }, await planParts(tx, plan.id));
    const changes = diffSnapshots(before, after);
    if (changes.length === 0) return false;
    const published = plan.state !== 'draft';
    const employeeSees = changes.some(
      (change) =>
        seesVisibility('employee', change.beforeVisibility) ||
        seesVisibility('employee', change.afterVisibility),
    );
    const revision = published ? plan.revision + 1 : plan.revision;
    const state = published && employeeSees ? 'paused' : plan.state;
    const [updated] = await tx
      .update(improvementPlans)
      .set({ ...fields, state, revision, version: plan.version + 1, updatedAt: new Date() })
      .where(eq(improvementPlans.id, plan.id))
      .returning();
    if (published) {
      await addRevision(tx, plan, { number: revision, kind: 'edited', changedById: actor.personId, changes });
      if (employeeSees)
        await notify(tx, [
          {
            organizationId: plan.organizationId,
            recipientId: plan.employeeId,
            kind: 'improvement_plan.changed',
            params: { extended: false, endDate: content.endDate },
            link: `/performance/improvement-plans/${plan.id}`,
            email: true,
          },
        ]);
    }
    await settleAgenda(tx, updated!, dropped);
    await recordPlanEvent(tx, actor, {
      action: 'improvement_plan.updated',
      targetId: plan.id,
      before: planShape(plan, { expectations: parts.expectations.length, supports: parts.supports.length }),
      after: {
        ...planShape(updated!, {
          expectations: content.expectations.length,
          supports: content.supports.length,
        }),
        sectionsChanged: changes.map((change) => change.section),
      },
    });
    return true;
  });
}

/** Withdraws the 1:1 items of check-ins that went (or all, once the employee no longer reads them). */
async function settleAgenda(tx: Db, plan: typeof improvementPlans.$inferSelect, dropped: string[]) {
  let withdrawn = dropped;
  if (plan.checkInsVisibility !== 'employee') {
    const open = await tx
      .select({ id: improvementPlanCheckIns.id })
      .from(improvementPlanCheckIns)
      .where(eq(improvementPlanCheckIns.planId, plan.id));
    withdrawn = [...dropped, ...open.map((row) => row.id)];
  }
  await settlePlanAgenda(tx, plan.organizationId, withdrawn, 'withdrawn');
  await syncPlanAgenda(tx, plan);
}
