import { and, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { createPipRequest } from '../../../../contracts/improvementPlans';
import { type Issue, issue } from '../../../../contracts/issues';
import type { Db } from '../../../platform/db/client';
import { validationFailed } from '../../../platform/errors/appError';
import type { PlanParts, PlanRow } from '../queries';
import { checkInDates, daysBetween, endDateOf, isCalendarDay, MAX_PLAN_DAYS } from '../schedule';
import {
  improvementPlanCheckIns,
  improvementPlanExpectations,
  improvementPlanSupports,
  type PipVisibility,
} from '../tables';

/** The editable content of a plan as a request carries it (the same for a new draft and an edit). */
export type PlanContentInput = Omit<z.output<typeof createPipRequest>, 'employeeId'>;

/** Content checked and completed: the end date settled, the check-in days worked out. */
export interface PlanContent extends PlanContentInput {
  endDate: string;
  checkInDays: string[];
}

const sectionFields = ['expectationsVisibility', 'supportVisibility', 'checkInsVisibility'] as const;

/** HR's choices as they stand (a new draft: nothing HR-only, the reason not shown to the employee). */
export type CurrentChoices = { reasonVisibleToEmployee: boolean } & Record<
  (typeof sectionFields)[number],
  PipVisibility
>;
export const noChoicesYet: CurrentChoices = {
  reasonVisibleToEmployee: false,
  expectationsVisibility: 'employee',
  supportVisibility: 'employee',
  checkInsVisibility: 'employee',
};

/**
 * What a non-HR editor (the direct manager) cannot see they cannot change: a section HR keeps to
 * itself stays as it is, whatever the manager's request says about it, and so does HR's choice to
 * show the employee the reason. Everything else is the request's.
 */
export function withHrChoicesKept(
  input: PlanContentInput,
  current: { plan: PlanRow; parts: PlanParts } | null,
  hrChoices: boolean,
): PlanContentInput {
  if (hrChoices || !current) return input;
  const { plan, parts } = current;
  const kept = { ...input, reasonVisibleToEmployee: plan.reasonVisibleToEmployee };
  if (plan.expectationsVisibility === 'hr') {
    kept.expectationsVisibility = 'hr';
    kept.expectations = parts.expectations.map(({ statement, measure, evidence, dueOn }) => ({
      statement,
      measure,
      evidence,
      dueOn,
    }));
  }
  if (plan.supportVisibility === 'hr') {
    kept.supportVisibility = 'hr';
    kept.supports = parts.supports.map(({ kind, description, learningItemId }) => ({
      kind,
      description,
      catalogueItemId: learningItemId,
    }));
  }
  if (plan.checkInsVisibility === 'hr') {
    kept.checkInsVisibility = 'hr';
    kept.checkInSchedule = {
      kind: plan.checkInSchedule,
      dates: plan.checkInSchedule === 'dates' ? parts.checkIns.map((c) => c.scheduledOn) : [],
    };
  }
  return kept;
}

/**
 * Checks what one field cannot check alone, naming every field that is wrong at once: exactly one of
 * duration and end date, an end after the start, due days and check-in days inside the plan, HR's
 * choices (an HR-only section, the reason shown to the employee) made by HR only.
 */
export function checkContent(
  input: PlanContentInput,
  options: { hrChoices: boolean; current: CurrentChoices },
): PlanContent {
  const days: [string, string | null][] = [
    ['startDate', input.startDate],
    ['endDate', input.endDate],
    ...input.expectations.map((e, i): [string, string] => [`expectations.${i}.dueOn`, e.dueOn]),
    ...input.checkInSchedule.dates.map((d, i): [string, string] => [`checkInSchedule.dates.${i}`, d]),
  ];
  const notDays = days.filter(([, day]) => day !== null && !isCalendarDay(day));
  if (notDays.length > 0)
    throw validationFailed(Object.fromEntries(notDays.map(([field]) => [field, issue('dateInvalid')])));
  const issues: Record<string, Issue> = {};
  if ((input.durationDays === null) === (input.endDate === null))
    issues.durationDays = issue('pipDurationChoice');
  const endDate = endDateOf(input) ?? input.startDate;
  if (input.durationDays === null && input.endDate !== null && input.endDate <= input.startDate)
    issues.endDate = issue('pipEndAfterStart');
  else if (daysBetween(input.startDate, endDate) > MAX_PLAN_DAYS)
    issues.endDate = issue('pipTooLong', { max: MAX_PLAN_DAYS });
  const within = issue('pipDueWithinPlan', { start: input.startDate, end: endDate });
  input.expectations.forEach((expectation, index) => {
    if (expectation.dueOn < input.startDate || expectation.dueOn > endDate)
      issues[`expectations.${index}.dueOn`] = within;
  });
  if (input.checkInSchedule.kind === 'dates') {
    if (input.checkInSchedule.dates.length === 0)
      issues['checkInSchedule.dates'] = issue('pipCheckInDatesRequired');
    input.checkInSchedule.dates.forEach((day, index) => {
      if (day <= input.startDate || day > endDate) issues[`checkInSchedule.dates.${index}`] = within;
    });
  }
  if (!options.hrChoices) {
    for (const field of sectionFields) {
      if (input[field] === 'hr' && options.current[field] !== 'hr')
        issues[field] = issue('pipHrOnlyVisibility');
    }
    if (input.reasonVisibleToEmployee !== options.current.reasonVisibleToEmployee)
      issues.reasonVisibleToEmployee = issue('pipReasonVisibilityHr');
  }
  if (Object.keys(issues).length > 0) throw validationFailed(issues);
  return { ...input, endDate, checkInDays: checkInDates(input.checkInSchedule, input.startDate, endDate) };
}

/** Replaces the plan's expectations and support with the content's, in the order given. */
export async function writeParts(
  tx: Db,
  plan: { id: string; organizationId: string },
  content: Pick<PlanContent, 'expectations' | 'supports'>,
) {
  await tx.delete(improvementPlanExpectations).where(eq(improvementPlanExpectations.planId, plan.id));
  await tx.delete(improvementPlanSupports).where(eq(improvementPlanSupports.planId, plan.id));
  if (content.expectations.length > 0)
    await tx.insert(improvementPlanExpectations).values(
      content.expectations.map((expectation, position) => ({
        ...expectation,
        organizationId: plan.organizationId,
        planId: plan.id,
        position,
      })),
    );
  if (content.supports.length > 0)
    await tx.insert(improvementPlanSupports).values(
      content.supports.map(({ catalogueItemId, ...support }, position) => ({
        ...support,
        learningItemId: catalogueItemId,
        organizationId: plan.organizationId,
        planId: plan.id,
        position,
      })),
    );
}

/**
 * Brings the plan's check-ins in line with its days: recorded check-ins always stay (they happened);
 * unrecorded ones on days no longer in the schedule go, new days are added. Returns the ids of the
 * check-ins that went, so their 1:1 agenda items can be withdrawn.
 */
export async function syncCheckIns(
  tx: Db,
  plan: { id: string; organizationId: string },
  days: string[],
): Promise<string[]> {
  const stale = await tx
    .delete(improvementPlanCheckIns)
    .where(
      and(
        eq(improvementPlanCheckIns.planId, plan.id),
        isNull(improvementPlanCheckIns.recordedAt),
        days.length > 0 ? notInArray(improvementPlanCheckIns.scheduledOn, days) : undefined,
      ),
    )
    .returning({ id: improvementPlanCheckIns.id });
  if (days.length > 0)
    await tx
      .insert(improvementPlanCheckIns)
      .values(
        days.map((scheduledOn) => ({ organizationId: plan.organizationId, planId: plan.id, scheduledOn })),
      )
      .onConflictDoNothing();
  return stale.map((row) => row.id);
}

/** Unrecorded check-ins from a day on (a closed plan has no more of them); returns their ids. */
export async function dropCheckInsFrom(tx: Db, planId: string, fromDay: string): Promise<string[]> {
  const open = await tx
    .select({ id: improvementPlanCheckIns.id, scheduledOn: improvementPlanCheckIns.scheduledOn })
    .from(improvementPlanCheckIns)
    .where(and(eq(improvementPlanCheckIns.planId, planId), isNull(improvementPlanCheckIns.recordedAt)));
  const ids = open.filter((row) => row.scheduledOn >= fromDay).map((row) => row.id);
  if (ids.length > 0)
    await tx.delete(improvementPlanCheckIns).where(inArray(improvementPlanCheckIns.id, ids));
  return ids;
}
