import { compensationCodes } from './codes';
import { CompensationError } from './errors';
import { bigintToMinor } from './money';
import {
  add,
  div,
  fromInteger,
  HUNDRED,
  mul,
  ONE,
  type Rational,
  type RoundingMode,
  roundToInteger,
  sub,
  toRational,
} from './rational';

/**
 * Percentages are decimal strings in percent units: "5" is 5 %, "2.75" is 2.75 %. They are parsed
 * exactly (see rational.ts) and never pass through a binary float.
 */

/** The base after an increase of `percent`, exactly (minor units, not yet rounded). */
export const increasedExact = (baseMinor: number, percent: string | Rational): Rational =>
  mul(fromInteger(baseMinor), add(ONE, div(toRational(percent, 'percent'), HUNDRED)));

/**
 * The base after an increase of `percent`, in whole minor units: 100,000 + 3 % → 103,000. Half to
 * even by default, like every other rounding of money here; `ceil` for a floor that must be met.
 */
export const applyPercent = (
  baseMinor: number,
  percent: string | Rational,
  mode: RoundingMode = 'half_even',
) => bigintToMinor(roundToInteger(increasedExact(baseMinor, percent), mode));

/** The increase from one base to another, in percent, exactly: 100,000 → 103,500 is 7/2 (3.5 %). */
export function increasePercentExact(currentMinor: number, newMinor: number): Rational {
  const current = fromInteger(currentMinor);
  if (current.n <= 0n) throw new CompensationError(compensationCodes.amountInvalid, { field: 'currentBase' });
  return mul(div(sub(fromInteger(newMinor), current), current), HUNDRED);
}
