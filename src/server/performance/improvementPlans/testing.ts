import { addDays } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { feedbackItems } from '../feedback/tables';
import { checkInDates } from './schedule';
import {
  improvementPlanCheckIns,
  improvementPlanExpectations,
  improvementPlanRevisions,
  improvementPlanSupports,
  improvementPlans,
  type PipState,
  type PipVisibility,
} from './tables';

/**
 * A plan written straight into the database, for the authorization matrix and tests that need a plan
 * in a given state without walking it there through the API. Published states carry revision 1.
 */
export async function insertTestPlan(
  db: Db,
  input: {
    organizationId: string;
    employeeId: string;
    managerId?: string | null;
    state?: PipState;
    startDate?: string;
    days?: number;
    reason?: string;
    reasonVisibleToEmployee?: boolean;
    visibility?: Partial<Record<'expectations' | 'support' | 'checkIns', PipVisibility>>;
  },
) {
  const state = input.state ?? 'active';
  const startDate = input.startDate ?? '2026-01-05';
  const endDate = addDays(startDate, input.days ?? 60);
  const published = state !== 'draft';
  const [plan] = await db
    .insert(improvementPlans)
    .values({
      organizationId: input.organizationId,
      employeeId: input.employeeId,
      managerId: input.managerId ?? null,
      state,
      reason: input.reason ?? 'Missed release deadlines three times this quarter',
      reasonVisibleToEmployee: input.reasonVisibleToEmployee ?? false,
      startDate,
      endDate,
      originalEndDate: published ? endDate : null,
      checkInSchedule: 'biweekly',
      expectationsVisibility: input.visibility?.expectations ?? 'employee',
      supportVisibility: input.visibility?.support ?? 'employee',
      checkInsVisibility: input.visibility?.checkIns ?? 'employee',
      revision: published ? 1 : 0,
      publishedAt: published ? new Date(`${startDate}T09:00:00Z`) : null,
    })
    .returning();
  await db.insert(improvementPlanExpectations).values({
    organizationId: input.organizationId,
    planId: plan!.id,
    position: 0,
    statement: 'Ship each release on the agreed date',
    measure: 'Releases on time',
    evidence: 'Release log',
    dueOn: addDays(startDate, 30),
  });
  await db.insert(improvementPlanSupports).values({
    organizationId: input.organizationId,
    planId: plan!.id,
    position: 0,
    kind: 'manager_time',
    description: 'A weekly planning session with the manager',
  });
  const checkIns = await db
    .insert(improvementPlanCheckIns)
    .values(
      checkInDates({ kind: 'biweekly', dates: [] }, startDate, endDate).map((scheduledOn) => ({
        organizationId: input.organizationId,
        planId: plan!.id,
        scheduledOn,
      })),
    )
    .returning({ id: improvementPlanCheckIns.id, scheduledOn: improvementPlanCheckIns.scheduledOn });
  if (published)
    await db
      .insert(improvementPlanRevisions)
      .values({ organizationId: input.organizationId, planId: plan!.id, number: 1, kind: 'published' });
  return { plan: plan!, checkIns };
}

/** Feedback to the person that their manager chain reads: what the fairness check looks for. */
export async function insertPriorFeedback(
  db: Db,
  input: { organizationId: string; personId: string; writerId: string; at?: Date },
) {
  await db.insert(feedbackItems).values({
    organizationId: input.organizationId,
    kind: 'feedback',
    writerId: input.writerId,
    recipientId: input.personId,
    body: 'The last two releases slipped; let us talk about planning.',
    visibility: 'recipient_and_manager',
    createdAt: input.at ?? new Date(),
  });
}
