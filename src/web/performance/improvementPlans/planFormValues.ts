import type {
  CreatePipRequest,
  PipDetail,
  PipScheduleKind,
  PipSupportKind,
  PipVisibility,
} from '../../../contracts/improvementPlans';

/**
 * The plan editor's values, named like the request's fields so the server's field errors find their
 * inputs (`expectations.0.dueOn`, `checkInSchedule.dates.1`, `durationDays`). Only the duration is a
 * string: "30", "60", "90", or "date" for an explicit end date.
 */
export interface PlanFormValues {
  employeeId: string | null;
  reason: string;
  reasonVisibleToEmployee: boolean;
  startDate: string;
  durationDays: '30' | '60' | '90' | 'date';
  endDate: string;
  checkInSchedule: { kind: PipScheduleKind; dates: string[] };
  expectationsVisibility: PipVisibility;
  supportVisibility: PipVisibility;
  checkInsVisibility: PipVisibility;
  expectations: { statement: string; measure: string; evidence: string; dueOn: string }[];
  supports: { kind: PipSupportKind; description: string; catalogueItemId: string }[];
}

export const blankExpectation = (dueOn: string) => ({ statement: '', measure: '', evidence: '', dueOn });
export const blankSupport = () => ({ kind: 'manager_time' as const, description: '', catalogueItemId: '' });

export function newPlanValues(today: string, employeeId: string | null): PlanFormValues {
  return {
    employeeId,
    reason: '',
    reasonVisibleToEmployee: false,
    startDate: today,
    durationDays: '60',
    endDate: '',
    checkInSchedule: { kind: 'biweekly', dates: [] },
    expectationsVisibility: 'employee',
    supportVisibility: 'employee',
    checkInsVisibility: 'employee',
    expectations: [blankExpectation('')],
    supports: [],
  };
}

/**
 * The editor's values for a plan as the caller reads it. A part the caller may not read (HR-only,
 * for a manager) comes back empty; the server keeps it as it was whatever the edit says.
 */
export function valuesOfPlan(plan: PipDetail): PlanFormValues {
  const preset = (['30', '60', '90'] as const).find((days) => Number(days) === plan.durationDays);
  return {
    employeeId: plan.employee.id,
    reason: plan.reason ?? '',
    reasonVisibleToEmployee: plan.reasonVisibleToEmployee,
    startDate: plan.startDate,
    durationDays: preset ?? 'date',
    endDate: preset ? '' : plan.endDate,
    checkInSchedule: {
      kind: plan.checkIns?.schedule ?? 'biweekly',
      dates: plan.checkIns?.schedule === 'dates' ? plan.checkIns.items.map((c) => c.scheduledOn) : [],
    },
    expectationsVisibility: plan.expectations?.visibility ?? 'hr',
    supportVisibility: plan.support?.visibility ?? 'hr',
    checkInsVisibility: plan.checkIns?.visibility ?? 'hr',
    expectations: (plan.expectations?.items ?? []).map(({ statement, measure, evidence, dueOn }) => ({
      statement,
      measure,
      evidence,
      dueOn,
    })),
    supports: (plan.support?.items ?? []).map(({ kind, description, catalogueItemId }) => ({
      kind,
      description,
      catalogueItemId: catalogueItemId ?? '',
    })),
  };
}

/** The request body of the editor's values (without the employee or version). */
export function planContentOf(values: PlanFormValues): Omit<CreatePipRequest, 'employeeId'> {
  const explicitEnd = values.durationDays === 'date';
  return {
    reason: values.reason,
    reasonVisibleToEmployee: values.reasonVisibleToEmployee,
    startDate: values.startDate,
    durationDays: explicitEnd ? null : (Number(values.durationDays) as 30 | 60 | 90),
    endDate: explicitEnd ? values.endDate : null,
    checkInSchedule: {
      kind: values.checkInSchedule.kind,
      dates: values.checkInSchedule.kind === 'dates' ? values.checkInSchedule.dates.filter(Boolean) : [],
    },
    expectationsVisibility: values.expectationsVisibility,
    supportVisibility: values.supportVisibility,
    checkInsVisibility: values.checkInsVisibility,
    expectations: values.expectations,
    supports: values.supports.map((support) => ({
      ...support,
      catalogueItemId: support.catalogueItemId.trim() || null,
    })),
  };
}
