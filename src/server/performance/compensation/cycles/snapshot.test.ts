import { describe, expect, it } from 'vitest';
import type { EligibilityRules } from '../../../../contracts/compensation/cycles';
import { type LaunchSource, monthsBefore, participantSnapshot, ruleEligibility } from './snapshot';

const rules = (overrides: Partial<EligibilityRules> = {}): EligibilityRules => ({
  hiredOnOrBefore: null,
  excludeTerminated: true,
  minMonthsSinceLastIncrease: null,
  levelIds: [],
  excludedPersonIds: [],
  ...overrides,
});

const cycle = (overrides: Partial<EligibilityRules> = {}) => ({
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  effectiveDate: '2027-04-01',
  eligibilityRules: rules(overrides),
  fxTable: { base: 'EUR', asOf: '2026-12-01', source: 'Test', rates: { USD: '1.25', JPY: '160' } },
});

const person = (overrides: Partial<LaunchSource> = {}): LaunchSource => ({
  personId: 'p1',
  managerId: 'm1',
  departmentId: 'd1',
  levelId: 'l1',
  hireDate: '2020-03-01',
  status: 'active',
  terminatedOn: null,
  payRecordId: 'r1',
  baseMinor: 8_500_000,
  payCurrency: 'EUR',
  payFrequency: 'annual',
  ftePermille: 1000,
  jobFamily: 'Engineering',
  payZone: null,
  bandId: 'b1',
  bandCurrency: 'EUR',
  bandMinMinor: 8_000_000,
  bandTargetMinor: 10_000_000,
  bandMaxMinor: 12_000_000,
  lastIncreaseDate: null,
  calibratedRating: 4,
  ...overrides,
});

const ids = { organizationId: 'o', cycleId: 'c' };

describe('eligibility rules', () => {
  it('takes everyone in when no rule applies', () => {
    expect(ruleEligibility(person(), cycle())).toEqual({ eligibility: 'eligible', reason: null });
  });

  it('leaves out the people HR names, before any other rule', () => {
    const verdict = ruleEligibility(person({ status: 'terminated' }), cycle({ excludedPersonIds: ['p1'] }));
    expect(verdict).toEqual({ eligibility: 'excluded', reason: 'excluded_by_hr' });
  });

  it('makes leavers ineligible unless the rule is off', () => {
    expect(ruleEligibility(person({ status: 'terminated' }), cycle())).toEqual({
      eligibility: 'ineligible',
      reason: 'terminated',
    });
    expect(
      ruleEligibility(person({ status: 'terminated' }), cycle({ excludeTerminated: false })).eligibility,
    ).toBe('eligible');
  });

  it('counts the hire cut-off day itself as in time', () => {
    const cutOff = cycle({ hiredOnOrBefore: '2026-10-01' });
    expect(ruleEligibility(person({ hireDate: '2026-10-01' }), cutOff).eligibility).toBe('eligible');
    expect(ruleEligibility(person({ hireDate: '2026-10-02' }), cutOff)).toEqual({
      eligibility: 'ineligible',
      reason: 'hired_after_cutoff',
    });
  });

  it('keeps to the listed levels, and a person without a level is outside them', () => {
    const filtered = cycle({ levelIds: ['l2'] });
    expect(ruleEligibility(person(), filtered).reason).toBe('level_not_included');
    expect(ruleEligibility(person({ levelId: null }), filtered).reason).toBe('level_not_included');
    expect(ruleEligibility(person({ levelId: 'l2' }), filtered).eligibility).toBe('eligible');
  });

  it('counts months since the last increase up to the effective date', () => {
    const sixMonths = cycle({ minMonthsSinceLastIncrease: 6 });
    // Effective 2027-04-01: six months before is 2026-10-01, which still counts as six months.
    expect(ruleEligibility(person({ lastIncreaseDate: '2026-10-01' }), sixMonths).eligibility).toBe(
      'eligible',
    );
    expect(ruleEligibility(person({ lastIncreaseDate: '2026-10-02' }), sixMonths)).toEqual({
      eligibility: 'ineligible',
      reason: 'recent_increase',
    });
    expect(ruleEligibility(person({ lastIncreaseDate: null }), sixMonths).eligibility).toBe('eligible');
  });

  it('steps back whole months, clamped to the end of a shorter month', () => {
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2028-08-31', 6)).toBe('2028-02-29');
    expect(monthsBefore('2027-01-15', 13)).toBe('2025-12-15');
  });
});

describe('participant snapshot', () => {
  it('prorates by eligible days: hired 2 July in a calendar year → 183/365', () => {
    const row = participantSnapshot(person({ hireDate: '2026-07-02' }), cycle(), ids);
    expect(row).toMatchObject({ eligibleDays: 183, periodDays: 365 });
  });

  it('counts a leaver to their last day, and someone hired after the period as 0 days', () => {
    const leaver = participantSnapshot(
      person({ status: 'terminated', terminatedOn: '2026-01-31' }),
      cycle({ excludeTerminated: false }),
      ids,
    );
    expect(leaver).toMatchObject({ eligibleDays: 31, periodDays: 365, eligibility: 'eligible' });
    expect(participantSnapshot(person({ hireDate: '2027-02-01' }), cycle(), ids).eligibleDays).toBe(0);
  });

  it('computes compa-ratio and position in range exactly, a monthly base as twelve months', () => {
    expect(participantSnapshot(person(), cycle(), ids)).toMatchObject({
      compaRatio: '0.8500',
      positionInRange: '0.1250',
    });
    const monthly = participantSnapshot(
      person({ baseMinor: 750_000, payFrequency: 'monthly' }),
      cycle(),
      ids,
    );
    expect(monthly).toMatchObject({ compaRatio: '0.9000', positionInRange: '0.2500' });
  });

  it('compares pay in another currency with the band at the frozen rate', () => {
    // 125,000 USD at 1.25 USD per EUR is 100,000 EUR: exactly the target.
    const row = participantSnapshot(person({ baseMinor: 12_500_000, payCurrency: 'USD' }), cycle(), ids);
    expect(row).toMatchObject({ compaRatio: '1.0000', positionInRange: '0.5000' });
  });

  it('leaves placement empty for an hourly rate, no band, no pay or a currency without a rate', () => {
    for (const source of [
      person({ payFrequency: 'hourly', baseMinor: 4500 }),
      person({
        bandId: null,
        bandCurrency: null,
        bandMinMinor: null,
        bandTargetMinor: null,
        bandMaxMinor: null,
      }),
      person({ payRecordId: null, baseMinor: null, payCurrency: null, payFrequency: null }),
      person({ payCurrency: 'GBP' }),
    ]) {
      expect(participantSnapshot(source, cycle(), ids)).toMatchObject({
        compaRatio: null,
        positionInRange: null,
      });
    }
  });

  it('keeps what the rules said beside the eligibility, and the rating as given', () => {
    const row = participantSnapshot(person({ status: 'terminated' }), cycle(), ids);
    expect(row).toMatchObject({
      eligibility: 'ineligible',
      ruleEligibility: 'ineligible',
      ruleReason: 'terminated',
      calibratedRating: 4,
    });
  });
});
