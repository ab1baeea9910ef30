import { compensationCodes } from './codes';
import { CompensationError } from './errors';
import { iso4217Exponents } from './iso4217';
import { pow10, scaledToString } from './rational';

/**
 * Money is an integer count of the currency's minor unit (cents, fils, yen) in a plain number, kept
 * within Number.MAX_SAFE_INTEGER; anything beyond is refused, never silently rounded.
 */

/** Whether this is an ISO 4217 currency pay can be held in (upper case, e.g. "EUR"). */
export const isCurrency = (code: string): boolean => iso4217Exponents.has(code);

/** Digits after the point in the currency's minor unit: JPY 0, USD 2, BHD 3, CLF 4. */
export function minorUnitExponent(code: string): number {
  const exponent = iso4217Exponents.get(code);
  if (exponent === undefined)
    throw new CompensationError(compensationCodes.currencyUnknown, { currency: code });
  return exponent;
}

/** The currency codes, sorted (for pickers). */
export const currencyCodes = (): string[] => [...iso4217Exponents.keys()].sort();

/** An amount in minor units, refused unless it is a safe integer. */
export function assertMinor(value: number, field = 'amount'): number {
  if (!Number.isSafeInteger(value)) {
    throw new CompensationError(compensationCodes.amountUnsafe, { field, value: String(value) });
  }
  return value;
}

/** A BigInt result back to a minor-unit number, refused beyond the safe range. */
export function bigintToMinor(value: bigint, field = 'amount'): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new CompensationError(compensationCodes.amountUnsafe, { field, value: value.toString() });
  }
  return Number(value);
}

const moneyPattern = /^(-?)(\d+)(?:\.(\d*))?$/;

/**
 * A typed amount ("1234.5", "-12", "0.125") in minor units of the currency: "1234.5" USD → 123450.
 * Digits beyond the currency's exponent are refused (`compensationAmountTooPrecise`, with the
 * allowed `places`), never rounded away; trailing zeros beyond it are fine ("100.00" JPY).
 */
export function parseMoney(text: string, currency: string): number {
  const exponent = minorUnitExponent(currency);
  const match = moneyPattern.exec(String(text).trim());
  if (!match) throw new CompensationError(compensationCodes.amountInvalid, { value: String(text) });
  const [, sign, whole, rawFraction = ''] = match;
  const fraction = rawFraction.replace(/0+$/, '');
  if (fraction.length > exponent) {
    throw new CompensationError(compensationCodes.amountTooPrecise, { currency, places: exponent });
  }
  const minor = BigInt(`${whole}${fraction.padEnd(exponent, '0')}`);
  return bigintToMinor(sign === '-' ? -minor : minor);
}

/** Minor units as an exact decimal string in major units: 123450 USD → "1234.50", 5 JPY → "5". */
export function minorToDecimal(minor: number, currency: string): string {
  return scaledToString(BigInt(assertMinor(minor)), minorUnitExponent(currency));
}

/** Minor units per major unit: USD 100n, JPY 1n, BHD 1000n. */
export const minorPerMajor = (currency: string) => pow10(minorUnitExponent(currency));

/**
 * An amount for people to read, in their locale: (123450, "USD", "en-US") → "$1,234.50". Shows
 * exactly the ISO digits (CLDR would show HUF and IDR without their minor unit) and hands Intl a
 * decimal string, which it formats exactly; a number would lose cents above 2^53 / 100.
 */
export function formatMoney(
  minor: number,
  currency: string,
  locale: string | readonly string[] = 'en',
  options: { currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name' } = {},
): string {
  const exponent = minorUnitExponent(currency);
  const format = new Intl.NumberFormat(locale as string | string[], {
    style: 'currency',
    currency,
    currencyDisplay: options.currencyDisplay ?? 'symbol',
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  return format.format(minorToDecimal(minor, currency) as Intl.StringNumericLiteral);
}
