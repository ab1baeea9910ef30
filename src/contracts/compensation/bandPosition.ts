import { compensationCodes } from './codes';
import { CompensationError, type CompensationIssue, issueOf } from './errors';
import { convertExact, type FxTable } from './fx';
import { isCurrency, minorToDecimal } from './money';
import { add, compare, div, fromInteger, type Rational, rational, sub, toDecimalString } from './rational';

/** A salary band in one currency, amounts in its minor units; target optional. */
export interface Band {
  currency: string;
  minMinor: number;
  targetMinor?: number | null;
  maxMinor: number;
}

/** The base's currency when it differs from the band's, and the frozen rates to compare with. */
export interface BaseCurrencyOptions {
  currency?: string;
  fx?: FxTable;
}

/** A ratio as an exact decimal rounded to 4 places (half to even), and a number for charts. */
export interface Ratio {
  decimal: string;
  value: number;
}

export type BandFlag = 'below_min' | 'within' | 'above_max';

const ratioPlaces = 4;

const isAmount = (value: number) => Number.isSafeInteger(value) && value >= 0;

/** What is wrong with a band: unknown currency, amounts not whole minor units, not min < max, target outside. */
export function validateBand(band: Band): CompensationIssue[] {
  const issues: CompensationIssue[] = [];
  const invalid = (reason: string) =>
    issues.push(issueOf(compensationCodes.bandInvalid, 'error', { reason }));
  if (!isCurrency(band.currency)) {
    issues.push(issueOf(compensationCodes.currencyUnknown, 'error', { currency: band.currency }));
  }
  const target = band.targetMinor ?? null;
  if (!isAmount(band.minMinor) || !isAmount(band.maxMinor) || (target !== null && !isAmount(target))) {
    invalid('amount');
  } else if (band.minMinor >= band.maxMinor) {
    invalid('min_not_below_max');
  } else if (target !== null && (target < band.minMinor || target > band.maxMinor || target === 0)) {
    invalid('target_outside');
  }
  return issues;
}

function checked(band: Band): Band {
  const [first] = validateBand(band);
  if (first) throw new CompensationError(first.code, first.params);
  return band;
}

/** The band's reference point: its target, or the midpoint (min + max) / 2 when it has none. */
export function bandReference(band: Band): Rational {
  checked(band);
  if (band.targetMinor != null) return fromInteger(band.targetMinor);
  return div(add(fromInteger(band.minMinor), fromInteger(band.maxMinor)), rational(2n));
}

/** A base in the band's minor units, exactly (converted at the frozen rate when currencies differ). */
function baseInBand(baseMinor: number, band: Band, options: BaseCurrencyOptions): Rational {
  return convertExact(baseMinor, options.currency ?? band.currency, band.currency, options.fx);
}

const asRatio = (exact: Rational): Ratio => {
  const decimal = toDecimalString(exact, ratioPlaces, 'half_even');
  return { decimal, value: Number(decimal) };
};

/** Base ÷ band target (or midpoint), exactly. */
export const compaRatioExact = (baseMinor: number, band: Band, options: BaseCurrencyOptions = {}) =>
  div(baseInBand(baseMinor, checked(band), options), bandReference(band));

/** Base ÷ band target (or midpoint): 85,000 against a 100,000 target → { decimal: "0.8500", value: 0.85 }. */
export const compaRatio = (baseMinor: number, band: Band, options: BaseCurrencyOptions = {}): Ratio =>
  asRatio(compaRatioExact(baseMinor, band, options));

/** (Base − min) ÷ (max − min), exactly; below 0 under the minimum, above 1 over the maximum. */
export function positionInRangeExact(
  baseMinor: number,
  band: Band,
  options: BaseCurrencyOptions = {},
): Rational {
  const min = fromInteger(checked(band).minMinor);
  const width = sub(fromInteger(band.maxMinor), min);
  return div(sub(baseInBand(baseMinor, band, options), min), width);
}

/** (Base − min) ÷ (max − min), as a 4-place decimal and a number. */
export const positionInRange = (baseMinor: number, band: Band, options: BaseCurrencyOptions = {}): Ratio =>
  asRatio(positionInRangeExact(baseMinor, band, options));

/** Where a (new) base falls against the band, compared exactly; the bounds themselves are within. */
export function bandFlag(newBaseMinor: number, band: Band, options: BaseCurrencyOptions = {}): BandFlag {
  const base = baseInBand(newBaseMinor, checked(band), options);
  if (compare(base, fromInteger(band.minMinor)) < 0) return 'below_min';
  if (compare(base, fromInteger(band.maxMinor)) > 0) return 'above_max';
  return 'within';
}

/** The flag as a warning for approvers (a base outside its band is allowed, and shown). */
export function bandIssues(
  newBaseMinor: number,
  band: Band,
  options: BaseCurrencyOptions = {},
): CompensationIssue[] {
  const flag = bandFlag(newBaseMinor, band, options);
  if (flag === 'within') return [];
  const below = flag === 'below_min';
  const bound = minorToDecimal(below ? band.minMinor : band.maxMinor, band.currency);
  const code = below ? compensationCodes.belowBandMin : compensationCodes.aboveBandMax;
  return [issueOf(code, 'warning', { bound, currency: band.currency })];
}
