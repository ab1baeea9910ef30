import { describe, expect, it } from 'vitest';
import { createPipRequest, type PipDetail } from '../../../contracts/improvementPlans';
import { newPlanValues, planContentOf, valuesOfPlan } from './planFormValues';

const plan = {
  employee: { id: 'e', displayName: 'Eli' },
  reason: 'Missed dates',
  reasonVisibleToEmployee: false,
  startDate: '2027-03-01',
  endDate: '2027-04-15',
  durationDays: 45,
  expectations: {
    visibility: 'employee',
    items: [{ id: 'x', statement: 'Ship', measure: 'On time', evidence: '', dueOn: '2027-04-01' }],
  },
  checkIns: {
    visibility: 'manager',
    schedule: 'dates',
    items: [{ id: 'c', scheduledOn: '2027-03-15' }],
  },
} as unknown as PipDetail;

describe('plan editor values', () => {
  it('turns the editor values into the request the server validates', () => {
    const values = { ...newPlanValues('2027-03-01', 'e'), reason: 'Late', durationDays: '30' as const };
    values.expectations = [{ statement: 'Ship', measure: 'On time', evidence: '', dueOn: '2027-03-20' }];
    values.supports = [{ kind: 'training', description: 'Workshop', catalogueItemId: ' ' }];
    const request = { employeeId: '00000000-0000-4000-8000-000000000001', ...planContentOf(values) };
    expect(request).toMatchObject({ durationDays: 30, endDate: null, supports: [{ catalogueItemId: null }] });
    expect(createPipRequest.safeParse(request).success).toBe(true);
  });

  it('reads a plan back with an explicit end date, its explicit check-in days, and no parts it was not sent', () => {
    const values = valuesOfPlan(plan);
    expect(values).toMatchObject({
      durationDays: 'date',
      endDate: '2027-04-15',
      checkInSchedule: { kind: 'dates', dates: ['2027-03-15'] },
      checkInsVisibility: 'manager',
      supportVisibility: 'hr',
      supports: [],
    });
    expect(planContentOf(values)).toMatchObject({ durationDays: null, endDate: '2027-04-15' });
    expect(valuesOfPlan({ ...plan, durationDays: 60 } as PipDetail)).toMatchObject({
      durationDays: '60',
      endDate: '',
    });
  });
});
