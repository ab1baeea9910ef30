import type { z } from 'zod';
import type { createPipRequest } from '../../../../contracts/improvementPlans';
import { issue } from '../../../../contracts/issues';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden, validationFailed } from '../../../platform/errors/appError';
import { planCreationAccess } from '../access';
import { improvementPlans } from '../tables';
import { planShape, recordPlanEvent } from './audit';
import { checkContent, noChoicesYet, syncCheckIns, writeParts } from './content';
import { employeeOf } from './people';

/**
 * Starts a draft plan about an employee: HR admins, or the employee's direct manager. A draft is
 * not there for the employee until HR publishes it. The plan takes an employee and its own content,
 * nothing else — there is no way to start one from a development plan (SPEC S1.1).
 */
export async function createPlan(
  db: Db,
  actor: Actor,
  input: z.output<typeof createPipRequest>,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { reach } = await planCreationAccess.reachFor(tx, actor, input.employeeId);
    if (reach === 'denied') throw forbidden();
    const employee = await employeeOf(tx, input.employeeId);
    if (!employee || employee.status === 'terminated')
      throw validationFailed({ employeeId: issue('pipPersonLeft') });
    const { employeeId: _employeeId, ...requested } = input;
    const content = checkContent(requested, { hrChoices: reach === 'hr', current: noChoicesYet });
    const [plan] = await tx
      .insert(improvementPlans)
      .values({
        organizationId: actor.organizationId,
        employeeId: input.employeeId,
        managerId: employee.managerId,
        createdById: actor.personId,
        reason: content.reason,
        reasonVisibleToEmployee: content.reasonVisibleToEmployee,
        startDate: content.startDate,
        endDate: content.endDate,
        checkInSchedule: content.checkInSchedule.kind,
        expectationsVisibility: content.expectationsVisibility,
        supportVisibility: content.supportVisibility,
        checkInsVisibility: content.checkInsVisibility,
      })
      .returning();
    await writeParts(tx, plan!, content);
    await syncCheckIns(tx, plan!, content.checkInDays);
    await recordPlanEvent(tx, actor, {
      action: 'improvement_plan.created',
      targetId: plan!.id,
      after: {
        ...planShape(plan!, { expectations: content.expectations.length, supports: content.supports.length }),
        employeeId: input.employeeId,
      },
    });
    return plan!.id;
  });
}
