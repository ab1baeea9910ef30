import { eq } from 'drizzle-orm';
import type { PipFairness } from '../../../../contracts/improvementPlans';
import type { Actor } from '../../../platform/auth/actor';
import { actorToday } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { planAccess } from '../access';
import { syncPlanAgenda } from '../agenda';
import { evaluateFairness, fairnessIssues, fairnessSettings, monthsBefore, priorRecords } from '../fairness';
import { type PlanParts, type PlanRow, planParts } from '../queries';
import { snapshotOf } from '../sections';
import { improvementPlans } from '../tables';
import { planShape, recordPlanEvent } from './audit';
import { addRevision } from './revisions';

/** The fairness check of a plan as it stands, in the organisation's calendar (also the GET's answer). */
export async function checkFairness(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  parts: Pick<PlanParts, 'expectations'>,
): Promise<PipFairness> {
  const [settings, today] = await Promise.all([
    fairnessSettings(db, plan.organizationId),
    actorToday(db, actor),
  ]);
  const prior = await priorRecords(db, {
    organizationId: plan.organizationId,
    personId: plan.employeeId,
    since: monthsBefore(today, settings.priorFeedbackMonths),
  });
  return evaluateFairness({
    settings,
    today,
    prior,
    plan: {
      startDate: plan.startDate,
      endDate: plan.endDate,
      expectations: parts.expectations.length,
      expectationsVisibility: plan.expectationsVisibility,
    },
  });
}

/**
 * Publishes a draft (HR admins only): the fairness check must pass, else nothing changes and the
 * answer names what is missing (`fairness_check_failed`, the first gap as the reason, every gap by
 * the input it is about). The plan becomes active, awaiting the employee's acknowledgement, and its
 * first revision records what the employee was shown.
 */
export async function publishPlan(db: Db, actor: Actor, planId: string, input: { version: number }) {
  await inTransaction(db, async (tx) => {
    const { row: plan } = await planAccess.lockFor(tx, actor, planId, 'publish', input.version);
    const parts = await planParts(tx, plan.id);
    const fairness = await checkFairness(tx, actor, plan, parts);
    if (!fairness.passed) {
      const gaps = fairnessIssues(fairness);
      throw new AppError('fairness_check_failed', Object.values(gaps)[0], { fieldIssues: gaps });
    }
    const now = new Date();
    const [published] = await tx
      .update(improvementPlans)
      .set({
        state: 'active',
        revision: 1,
        publishedAt: now,
        publishedBy: actor.personId,
        originalEndDate: plan.endDate,
        version: plan.version + 1,
        updatedAt: now,
      })
      .where(eq(improvementPlans.id, plan.id))
      .returning();
    const snapshot = snapshotOf(plan, parts);
    await addRevision(tx, plan, {
      number: 1,
      kind: 'published',
      changedById: actor.personId,
      changes: Object.entries(snapshot).map(([section, { visibility, content }]) => ({
        section: section as keyof typeof snapshot,
        beforeVisibility: visibility,
        afterVisibility: visibility,
        before: null,
        after: content,
      })),
    });
    await notify(tx, [
      {
        organizationId: plan.organizationId,
        recipientId: plan.employeeId,
        kind: 'improvement_plan.published',
        params: {},
        link: `/performance/improvement-plans/${plan.id}`,
        email: true,
      },
    ]);
    await syncPlanAgenda(tx, published!);
    await recordPlanEvent(tx, actor, {
      action: 'improvement_plan.published',
      targetId: plan.id,
      before: planShape(plan),
      after: {
        ...planShape(published!),
        fairness: {
          priorFeedbackRequired: fairness.priorFeedback.required,
          priorRecords:
            fairness.priorFeedback.feedback +
            fairness.priorFeedback.goalCheckIns +
            fairness.priorFeedback.reviews,
          durationDays: fairness.minimumDuration.durationDays,
        },
      },
    });
  });
}
