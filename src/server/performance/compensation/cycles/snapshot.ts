import {
  bigintToMinor,
  compaRatio,
  type FxTable,
  isCompensationError,
  positionInRange,
  prorationFactor,
} from '../../../../contracts/compensation';
import type {
  Eligibility,
  EligibilityReason,
  EligibilityRules,
} from '../../../../contracts/compensation/cycles';
import type { compCycleParticipants } from './tables';

/** One person as the launch reads them: directory facts, current pay and band, rating, last increase. */
export interface LaunchSource {
  personId: string;
  managerId: string | null;
  departmentId: string | null;
  levelId: string | null;
  hireDate: string;
  status: string;
  terminatedOn: string | null;
  payRecordId: string | null;
  baseMinor: number | null;
  payCurrency: string | null;
  payFrequency: 'annual' | 'monthly' | 'hourly' | null;
  ftePermille: number | null;
  jobFamily: string | null;
  payZone: string | null;
  bandId: string | null;
  bandCurrency: string | null;
  bandMinMinor: number | null;
  bandTargetMinor: number | null;
  bandMaxMinor: number | null;
  lastIncreaseDate: string | null;
  calibratedRating: number | null;
}

/** What of the cycle the snapshot needs. */
export interface SnapshotCycle {
  periodStart: string;
  periodEnd: string;
  effectiveDate: string;
  eligibilityRules: EligibilityRules;
  fxTable: FxTable;
}

/** The date `months` calendar months before `isoDate`, clamped to the month's end (31 Aug − 6 → 28/29 Feb). */
export function monthsBefore(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * The rules' verdict for one person; the first rule that applies names the reason, in the order of
 * `eligibilityReasons`. HR's list of people left out makes them `excluded`; any other rule makes
 * them `ineligible`. "Months since the last increase" counts to the cycle's effective date: someone
 * last raised on 1 Oct with a 6-month rule and an effective date of 1 Apr is eligible (exactly 6).
 */
export function ruleEligibility(
  person: Pick<LaunchSource, 'personId' | 'levelId' | 'hireDate' | 'status' | 'lastIncreaseDate'>,
  cycle: Pick<SnapshotCycle, 'effectiveDate' | 'eligibilityRules'>,
): { eligibility: Eligibility; reason: EligibilityReason | null } {
  const rules = cycle.eligibilityRules;
  if (rules.excludedPersonIds.includes(person.personId))
    return { eligibility: 'excluded', reason: 'excluded_by_hr' };
  const ineligible = (reason: EligibilityReason) => ({ eligibility: 'ineligible' as const, reason });
  if (rules.excludeTerminated && person.status === 'terminated') return ineligible('terminated');
  if (rules.hiredOnOrBefore && person.hireDate > rules.hiredOnOrBefore)
    return ineligible('hired_after_cutoff');
  if (rules.levelIds.length > 0 && !(person.levelId && rules.levelIds.includes(person.levelId)))
    return ineligible('level_not_included');
  if (
    rules.minMonthsSinceLastIncrease !== null &&
    person.lastIncreaseDate !== null &&
    person.lastIncreaseDate > monthsBefore(cycle.effectiveDate, rules.minMonthsSinceLastIncrease)
  )
    return ineligible('recent_increase');
  return { eligibility: 'eligible', reason: null };
}

/** Months in a year: a monthly base compares with an annual band as twelve of it (as `placeInBand`). */
const MONTHS = 12n;

/**
 * Compa-ratio and position in range at the frozen rates, as the exact core computes them (4-place
 * decimals, half to even). Not placed — nulls — without pay or band, for an hourly rate (no agreed
 * yearly hours), or when a currency has no frozen rate (the launch check refuses that beforehand).
 */
export function bandPlacement(source: LaunchSource, fx: FxTable) {
  const none = { compaRatio: null, positionInRange: null };
  if (
    source.baseMinor === null ||
    source.payCurrency === null ||
    source.payFrequency === null ||
    source.payFrequency === 'hourly' ||
    source.bandCurrency === null ||
    source.bandMinMinor === null ||
    source.bandMaxMinor === null
  )
    return none;
  const annual =
    source.payFrequency === 'monthly' ? bigintToMinor(BigInt(source.baseMinor) * MONTHS) : source.baseMinor;
  const band = {
    currency: source.bandCurrency,
    minMinor: source.bandMinMinor,
    targetMinor: source.bandTargetMinor,
    maxMinor: source.bandMaxMinor,
  };
  const options = { currency: source.payCurrency, fx };
  try {
    return {
      compaRatio: compaRatio(annual, band, options).decimal,
      positionInRange: positionInRange(annual, band, options).decimal,
    };
  } catch (error) {
    if (isCompensationError(error)) return none;
    throw error;
  }
}

/** Eligible days of the period (employment, hire and leaving date counted); 0 for impossible dates. */
function proration(source: LaunchSource, cycle: SnapshotCycle) {
  try {
    return prorationFactor({
      periodStart: cycle.periodStart,
      periodEnd: cycle.periodEnd,
      hireDate: source.hireDate,
      terminatedOn: source.terminatedOn,
    });
  } catch (error) {
    if (!isCompensationError(error)) throw error;
    return prorationFactor({
      periodStart: cycle.periodStart,
      periodEnd: cycle.periodEnd,
      hireDate: '9999-12-31',
    });
  }
}

export type ParticipantInsert = typeof compCycleParticipants.$inferInsert;

/** One participant row of the launch snapshot (pure: the same source always gives the same row). */
export function participantSnapshot(
  source: LaunchSource,
  cycle: SnapshotCycle,
  ids: { organizationId: string; cycleId: string },
): ParticipantInsert {
  const verdict = ruleEligibility(source, cycle);
  const factor = proration(source, cycle);
  return {
    organizationId: ids.organizationId,
    cycleId: ids.cycleId,
    personId: source.personId,
    managerId: source.managerId,
    departmentId: source.departmentId,
    levelId: source.levelId,
    hireDate: source.hireDate,
    eligibility: verdict.eligibility,
    ruleEligibility: verdict.eligibility,
    ruleReason: verdict.reason,
    payRecordId: source.payRecordId,
    baseMinor: source.baseMinor,
    payCurrency: source.payCurrency,
    payFrequency: source.payFrequency,
    ftePermille: source.ftePermille,
    jobFamily: source.jobFamily,
    payZone: source.payZone,
    bandId: source.bandId,
    bandCurrency: source.bandCurrency,
    bandMinMinor: source.bandMinMinor,
    bandTargetMinor: source.bandTargetMinor,
    bandMaxMinor: source.bandMaxMinor,
    ...bandPlacement(source, cycle.fxTable),
    eligibleDays: factor.eligibleDays,
    periodDays: factor.periodDays,
    calibratedRating: source.calibratedRating,
    lastIncreaseDate: source.lastIncreaseDate,
  };
}
