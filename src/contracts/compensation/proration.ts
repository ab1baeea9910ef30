import { compensationCodes } from './codes';
import { CompensationError } from './errors';
import { dayNumber } from './isoDate';
import { div, fromInteger, mul, type Rational, toDecimalString, toRational } from './rational';

export interface ProrationInput {
  /** First and last day of the review period, both counted. */
  periodStart: string;
  periodEnd: string;
  hireDate: string;
  /** Last day employed, counted; absent or null while employed. */
  terminatedOn?: string | null;
  /** Unpaid leave, both ends counted; overlapping spells count once. */
  unpaidLeave?: readonly { from: string; to: string }[];
}

/** Eligible days of the period over its days: `{ eligibleDays: 183, periodDays: 365 }`. */
export interface ProrationFactor {
  eligibleDays: number;
  periodDays: number;
}

/** The factor of someone eligible for the whole period (no proration). */
export const FULL_PERIOD: ProrationFactor = Object.freeze({ eligibleDays: 1, periodDays: 1 });

/**
 * Days of the period the person was employed and not on unpaid leave, over the period's days. All
 * counts are inclusive whole UTC days: 2026-01-01..2026-12-31 is 365 days; hired 2026-07-02, 183.
 */
export function prorationFactor(input: ProrationInput): ProrationFactor {
  const periodStart = dayNumber(input.periodStart, 'periodStart');
  const periodEnd = dayNumber(input.periodEnd, 'periodEnd');
  if (periodEnd < periodStart) throw new CompensationError(compensationCodes.periodInvalid);
  const periodDays = periodEnd - periodStart + 1;

  const hired = dayNumber(input.hireDate, 'hireDate');
  let left = periodEnd;
  if (input.terminatedOn) {
    left = dayNumber(input.terminatedOn, 'terminatedOn');
    if (left < hired) throw new CompensationError(compensationCodes.periodInvalid, { field: 'terminatedOn' });
  }
  const from = Math.max(periodStart, hired);
  const to = Math.min(periodEnd, left);
  if (to < from) return { eligibleDays: 0, periodDays };

  // Leave spells clipped to the employed window, sorted, and merged so overlaps count once.
  const spells: [number, number][] = [];
  for (const [index, leave] of (input.unpaidLeave ?? []).entries()) {
    const start = dayNumber(leave.from, `unpaidLeave.${index}.from`);
    const end = dayNumber(leave.to, `unpaidLeave.${index}.to`);
    if (end < start) throw new CompensationError(compensationCodes.leaveInvalid, { index });
    const clippedStart = Math.max(start, from);
    const clippedEnd = Math.min(end, to);
    if (clippedStart <= clippedEnd) spells.push([clippedStart, clippedEnd]);
  }
  spells.sort((a, b) => a[0] - b[0]);
  let leaveDays = 0;
  let coveredUntil = from - 1;
  for (const [start, end] of spells) {
    const countFrom = Math.max(start, coveredUntil + 1);
    if (end >= countFrom) leaveDays += end - countFrom + 1;
    coveredUntil = Math.max(coveredUntil, end);
  }
  return { eligibleDays: to - from + 1 - leaveDays, periodDays };
}

/** The factor as an exact fraction. */
export function factorValue(factor: ProrationFactor): Rational {
  if (
    !Number.isSafeInteger(factor.periodDays) ||
    factor.periodDays <= 0 ||
    !Number.isSafeInteger(factor.eligibleDays) ||
    factor.eligibleDays < 0 ||
    factor.eligibleDays > factor.periodDays
  ) {
    throw new CompensationError(compensationCodes.periodInvalid, { field: 'factor' });
  }
  return div(fromInteger(factor.eligibleDays), fromInteger(factor.periodDays));
}

/** A percentage scaled by the factor, exactly: ("5", 183/365) → 915/365. */
export const prorateExact = (percent: string | Rational, factor: ProrationFactor): Rational =>
  mul(toRational(percent, 'percent'), factorValue(factor));

/** A percentage scaled by the factor, as a decimal with `places` digits (half to even): "2.5068". */
export const prorate = (percent: string | Rational, factor: ProrationFactor, places = 4): string =>
  toDecimalString(prorateExact(percent, factor), places, 'half_even');
