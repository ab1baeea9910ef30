import { compensationCodes } from './codes';
import { CompensationError, type CompensationIssue, issueOf } from './errors';
import { isIsoDate } from './isoDate';
import { bigintToMinor, isCurrency, minorPerMajor } from './money';
import {
  div,
  fromInteger,
  mul,
  ONE,
  parseDecimalOrNull,
  type Rational,
  rational,
  roundToInteger,
} from './rational';

/**
 * Exchange rates frozen when a cycle launches: `rates[C]` is how many units of C one unit of `base`
 * buys, as a decimal string ("1.0834"). The base itself is 1 and may be left out. `asOf` and
 * `source` record where the figures came from. Treat a table as immutable once built.
 */
export interface FxTable {
  base: string;
  asOf: string;
  source: string;
  rates: Readonly<Record<string, string>>;
}

/** Everything wrong with a table, for the launch check (an empty list when it is usable). */
export function validateFxTable(table: FxTable): CompensationIssue[] {
  const issues: CompensationIssue[] = [];
  if (!isCurrency(table.base)) {
    issues.push(issueOf(compensationCodes.currencyUnknown, 'error', { currency: table.base }));
  }
  if (!isIsoDate(table.asOf)) issues.push(issueOf(compensationCodes.dateInvalid, 'error', { field: 'asOf' }));
  for (const [currency, text] of Object.entries(table.rates)) {
    if (!isCurrency(currency)) {
      issues.push(issueOf(compensationCodes.currencyUnknown, 'error', { currency }));
      continue;
    }
    const rate = parseDecimalOrNull(text);
    const usable = rate !== null && rate.n > 0n && (currency !== table.base || rate.n === rate.d);
    if (!usable)
      issues.push(issueOf(compensationCodes.fxRateInvalid, 'error', { currency, rate: String(text) }));
  }
  return issues;
}

const parsedRates = new WeakMap<FxTable, Map<string, Rational>>();

/** Units of `currency` per one unit of the table's base, exactly. */
export function rateOf(table: FxTable, currency: string): Rational {
  if (!isCurrency(currency)) throw new CompensationError(compensationCodes.currencyUnknown, { currency });
  if (currency === table.base) return ONE;
  let cache = parsedRates.get(table);
  if (!cache) {
    cache = new Map();
    parsedRates.set(table, cache);
  }
  const cached = cache.get(currency);
  if (cached) return cached;
  if (!Object.hasOwn(table.rates, currency)) {
    throw new CompensationError(compensationCodes.fxRateMissing, {
      currency,
      base: table.base,
      asOf: table.asOf,
    });
  }
  const text = table.rates[currency] as string;
  const rate = parseDecimalOrNull(text);
  if (!rate || rate.n <= 0n) {
    throw new CompensationError(compensationCodes.fxRateInvalid, { currency, rate: String(text) });
  }
  cache.set(currency, rate);
  return rate;
}

/**
 * An amount in `from` minor units as exact `to` minor units (a rational, not yet rounded):
 * minor_to = minor_from ÷ 10^e_from ÷ rate_from × rate_to × 10^e_to. A cross rate between two
 * non-base currencies goes through the base without any intermediate rounding.
 */
export function convertExact(amountMinor: number, from: string, to: string, table?: FxTable): Rational {
  const amount = fromInteger(amountMinor);
  if (!isCurrency(from)) throw new CompensationError(compensationCodes.currencyUnknown, { currency: from });
  if (!isCurrency(to)) throw new CompensationError(compensationCodes.currencyUnknown, { currency: to });
  if (from === to) return amount;
  if (!table) throw new CompensationError(compensationCodes.fxTableRequired, { from, to });
  const major = div(amount, rational(minorPerMajor(from)));
  const inTo = mul(div(major, rateOf(table, from)), rateOf(table, to));
  return mul(inTo, rational(minorPerMajor(to)));
}

/**
 * An amount converted at the frozen rate and rounded to the target currency's minor unit.
 *
 * Rounding is banker's rounding (half to even): an exact tie (…,5 of a minor unit) goes to the even
 * neighbour. Over thousands of conversions in one budget the ties then cancel out instead of all
 * pushing the total up, as half-up would; results off a tie are simply the nearest minor unit.
 */
export function convertMinor(amountMinor: number, from: string, to: string, table?: FxTable): number {
  return bigintToMinor(roundToInteger(convertExact(amountMinor, from, to, table), 'half_even'));
}
