import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { notify } from '../../../platform/notifications/notify';
import { planAccess } from '../access';
import { improvementPlanAcknowledgements, improvementPlanResponses, improvementPlans } from '../tables';
import { planShape, recordPlanEvent } from './audit';
import { employeeOf } from './people';

/** Tells the employee's current manager, by name only, that they acknowledged or responded. */
async function tellManager(
  tx: Db,
  plan: { id: string; organizationId: string; employeeId: string },
  withResponse: boolean | null,
) {
  const employee = await employeeOf(tx, plan.employeeId);
  if (!employee?.managerId) return;
  const link = `/performance/improvement-plans/${plan.id}`;
  await notify(tx, [
    withResponse === null
      ? {
          organizationId: plan.organizationId,
          recipientId: employee.managerId,
          kind: 'improvement_plan.response_added',
          params: { name: employee.name },
          link,
        }
      : {
          organizationId: plan.organizationId,
          recipientId: employee.managerId,
          kind: 'improvement_plan.acknowledged',
          params: { name: employee.name, withResponse },
          link,
        },
  ]);
}

/**
 * The employee acknowledges the plan as it now stands (its latest revision). Acknowledging says they
 * have read it, not that they agree: they may attach a response in their own words, which becomes
 * part of the record and which nobody, themselves included, can change afterwards.
 */
export async function acknowledgePlan(
  db: Db,
  actor: Actor,
  planId: string,
  input: { version: number; response: string },
) {
  await inTransaction(db, async (tx) => {
    const { row: plan } = await planAccess.lockFor(tx, actor, planId, 'acknowledge', input.version);
    const now = new Date();
    await tx.insert(improvementPlanAcknowledgements).values({
      organizationId: plan.organizationId,
      planId: plan.id,
      revision: plan.revision,
      personId: plan.employeeId,
      at: now,
    });
    const withResponse = input.response !== '';
    if (withResponse)
      await tx.insert(improvementPlanResponses).values({
        organizationId: plan.organizationId,
        planId: plan.id,
        authorId: plan.employeeId,
        body: input.response,
        withRevision: plan.revision,
        createdAt: now,
      });
    const [acknowledged] = await tx
      .update(improvementPlans)
      .set({
        state: 'acknowledged',
        acknowledgedRevision: plan.revision,
        acknowledgedAt: now,
        version: plan.version + 1,
        updatedAt: now,
      })
      .where(eq(improvementPlans.id, plan.id))
      .returning();
    await tellManager(tx, plan, withResponse);
    await recordPlanEvent(tx, actor, {
      action: 'improvement_plan.acknowledged',
      targetId: plan.id,
      before: planShape(plan),
      after: { ...planShape(acknowledged!), withResponse },
    });
  });
}

/**
 * A further response by the employee, any time after publishing (also after the plan closed): a
 * new entry beside the earlier ones, which stay as they were written.
 */
export async function addResponse(db: Db, actor: Actor, planId: string, input: { body: string }) {
  return inTransaction(db, async (tx) => {
    const { row: plan } = await planAccess.lockFor(tx, actor, planId, 'respond');
    const [response] = await tx
      .insert(improvementPlanResponses)
      .values({
        organizationId: plan.organizationId,
        planId: plan.id,
        authorId: plan.employeeId,
        body: input.body,
      })
      .returning({
        id: improvementPlanResponses.id,
        body: improvementPlanResponses.body,
        withRevision: improvementPlanResponses.withRevision,
        createdAt: improvementPlanResponses.createdAt,
      });
    await tellManager(tx, plan, null);
    await recordPlanEvent(tx, actor, {
      action: 'improvement_plan.response_added',
      targetType: 'improvement_plan_response',
      targetId: response!.id,
      after: { planId: plan.id, length: input.body.length },
    });
    return response!;
  });
}
