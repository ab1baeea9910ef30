import { compensationCodes } from './codes';
import { CompensationError } from './errors';

/**
 * Exact rational numbers on BigInt, for percentages, FX rates and ratios: no binary floating point
 * ever touches money. Always reduced, with a positive denominator. BigInt is plain ES2020, so the
 * web bundle runs this too.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

/** How a value is brought to a fixed number of decimal places. */
export type RoundingMode = 'half_even' | 'floor' | 'ceil';

const abs = (value: bigint) => (value < 0n ? -value : value);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new RangeError('rational: zero denominator');
  const sign = d < 0n ? -1n : 1n;
  const divisor = gcd(n, d) || 1n;
  return { n: (sign * n) / divisor, d: (sign * d) / divisor };
}

export const ZERO = rational(0n);
export const ONE = rational(1n);
export const HUNDRED = rational(100n);

export const pow10 = (places: number) => 10n ** BigInt(places);

/** A safe integer (money in minor units, a day count) as a rational. */
export function fromInteger(value: number): Rational {
  if (!Number.isSafeInteger(value)) {
    throw new CompensationError(compensationCodes.amountUnsafe, { value: String(value) });
  }
  return rational(BigInt(value));
}

/** Plain decimals only: optional sign, digits, optional fraction. No exponents, no separators. */
const decimalPattern = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const maxDecimalLength = 40;

/** A decimal string ("1.0834", "-2.5", "7") exactly, or null when it is not one. */
export function parseDecimalOrNull(text: string): Rational | null {
  if (typeof text !== 'string' || text.length > maxDecimalLength) return null;
  const match = decimalPattern.exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const digits = BigInt(`${whole}${fraction}`);
  return rational(sign === '-' ? -digits : digits, pow10(fraction.length));
}

/** A decimal string exactly; `compensationDecimalInvalid` when it is not one. */
export function parseDecimal(text: string, field = 'value'): Rational {
  const value = parseDecimalOrNull(text);
  if (!value) throw new CompensationError(compensationCodes.decimalInvalid, { field, value: String(text) });
  return value;
}

/** A decimal string or an already exact value. */
export const toRational = (value: string | Rational, field?: string): Rational =>
  typeof value === 'string' ? parseDecimal(value, field) : value;

export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('rational: division by zero');
  return rational(a.n * b.d, a.d * b.n);
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export const min = (a: Rational, b: Rational) => (compare(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational) => (compare(a, b) >= 0 ? a : b);

/** The integer nearest to the value by the given mode (half_even: ties to the even neighbour). */
export function roundToInteger(value: Rational, mode: RoundingMode): bigint {
  const { n, d } = value;
  // BigInt division truncates toward zero; floor is one below for negative non-integers.
  let floor = n / d;
  if (n % d !== 0n && n < 0n) floor -= 1n;
  const remainder = n - floor * d; // 0 ≤ remainder < d
  if (remainder === 0n) return floor;
  if (mode === 'floor') return floor;
  if (mode === 'ceil') return floor + 1n;
  const twice = 2n * remainder;
  if (twice < d) return floor;
  if (twice > d) return floor + 1n;
  return floor % 2n === 0n ? floor : floor + 1n;
}

/** The value × 10^places rounded to an integer: a fixed-point decimal with `places` digits. */
export const toScaled = (value: Rational, places: number, mode: RoundingMode) =>
  roundToInteger(mul(value, rational(pow10(places))), mode);

/** A scaled integer written as a decimal: (12345n, 2) → "123.45", (-5n, 2) → "-0.05". */
export function scaledToString(scaled: bigint, places: number): string {
  const negative = scaled < 0n;
  const digits = abs(scaled)
    .toString()
    .padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  return `${negative ? '-' : ''}${whole}${places > 0 ? `.${fraction}` : ''}`;
}

/** The value as a decimal with exactly `places` digits after the point. */
export const toDecimalString = (value: Rational, places: number, mode: RoundingMode = 'half_even') =>
  scaledToString(toScaled(value, places, mode), places);

/** A number for charts and display only; never feed it back into money math. */
export const toDisplayNumber = (value: Rational, places = 6) => Number(toDecimalString(value, places));
