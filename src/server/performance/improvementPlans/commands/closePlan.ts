import { eq } from 'drizzle-orm';
import type { PipOutcome } from '../../../../contracts/improvementPlans';
import { issue } from '../../../../contracts/issues';
import type { Actor } from '../../../platform/auth/actor';
import { actorToday } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { planAccess } from '../access';
import { settlePlanAgenda } from '../agenda';
import { improvementPlans } from '../tables';
import { planShape, recordPlanEvent } from './audit';
import { dropCheckInsFrom } from './content';
import { employeeOf } from './people';
import { addRevision } from './revisions';

/**
 * Ends a plan with its outcome and the rationale for it. HR admins only, never the manager alone:
 * the outcome of a PIP is a decision about someone's employment, taken by the people who answer for
 * its fairness. A draft can only be cancelled. Check-ins from today on go (there is nothing more to
 * check in on); those missed before stay on the record. The employee and the manager are told, and
 * the plan with its history can then be downloaded as a PDF (`/pdf`, each reader their own view).
 */
export async function closePlan(
  db: Db,
  actor: Actor,
  planId: string,
  input: { version: number; outcome: PipOutcome; rationale: string },
) {
  await inTransaction(db, async (tx) => {
    const { row: plan } = await planAccess.lockFor(tx, actor, planId, 'close', input.version);
    const published = plan.state !== 'draft';
    if (!published && input.outcome !== 'cancelled')
      throw validationFailed({ outcome: issue('pipDraftOnlyCancelled') });
    const dropped = await dropCheckInsFrom(tx, plan.id, await actorToday(tx, actor));
    const now = new Date();
    const revision = published ? plan.revision + 1 : plan.revision;
    const [closed] = await tx
      .update(improvementPlans)
      .set({
        state: 'closed',
        outcome: input.outcome,
        outcomeRationale: input.rationale,
        closedAt: now,
        closedBy: actor.personId,
        revision,
        version: plan.version + 1,
        updatedAt: now,
      })
      .where(eq(improvementPlans.id, plan.id))
      .returning();
    await settlePlanAgenda(tx, plan.organizationId, dropped, 'withdrawn');
    if (published) {
      await addRevision(tx, plan, {
        number: revision,
        kind: 'closed',
        changedById: actor.personId,
        changes: [],
      });
      const employee = await employeeOf(tx, plan.employeeId);
      const link = `/performance/improvement-plans/${plan.id}`;
      await notify(tx, [
        {
          organizationId: plan.organizationId,
          recipientId: plan.employeeId,
          kind: 'improvement_plan.closed',
          params: { owner: null },
          link,
          email: true,
        },
        ...(employee?.managerId && employee.managerId !== actor.personId
          ? [
              {
                organizationId: plan.organizationId,
                recipientId: employee.managerId,
                kind: 'improvement_plan.closed' as const,
                params: { owner: employee.name },
                link,
              },
            ]
          : []),
      ]);
    }
    await recordPlanEvent(tx, actor, {
      action: 'improvement_plan.closed',
      targetId: plan.id,
      before: planShape(plan),
      after: planShape(closed!),
    });
  });
}
