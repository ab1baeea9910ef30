import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  div,
  mul,
  parseDecimal,
  parseDecimalOrNull,
  rational,
  roundToInteger,
  scaledToString,
  sub,
  toDecimalString,
} from './rational';

describe('parseDecimal', () => {
  it('reads plain decimals exactly, reduced', () => {
    expect(parseDecimalOrNull('1.0834')).toEqual({ n: 5417n, d: 5000n });
    expect(parseDecimalOrNull('-2.50')).toEqual({ n: -5n, d: 2n });
    expect(parseDecimalOrNull('+7')).toEqual({ n: 7n, d: 1n });
    expect(parseDecimalOrNull(' 0.1 ')).toEqual({ n: 1n, d: 10n });
  });

  it('refuses exponents, separators, bare points and overlong input', () => {
    for (const text of ['1e3', '1,5', '.5', '5.', '', '-', 'NaN', 'Infinity', '1 000', '9'.repeat(41)]) {
      expect(parseDecimalOrNull(text)).toBeNull();
    }
    expect(() => parseDecimal('abc', 'percent')).toThrow(
      expect.objectContaining({
        code: 'compensationDecimalInvalid',
        params: { field: 'percent', value: 'abc' },
      }),
    );
  });

  it('0.1 + 0.2 is exactly 0.3 (no binary floating point)', () => {
    const sum = add(parseDecimal('0.1'), parseDecimal('0.2'));
    expect(compare(sum, parseDecimal('0.3'))).toBe(0);
  });
});

describe('roundToInteger', () => {
  it('rounds ties to the even neighbour, both signs', () => {
    const cases: [bigint, bigint, bigint][] = [
      [5n, 2n, 2n], // 2.5 → 2
      [7n, 2n, 4n], // 3.5 → 4
      [-5n, 2n, -2n], // −2.5 → −2
      [-7n, 2n, -4n], // −3.5 → −4
      [1n, 2n, 0n],
      [3n, 2n, 2n],
    ];
    for (const [n, d, expected] of cases) expect(roundToInteger(rational(n, d), 'half_even')).toBe(expected);
  });

  it('rounds off a tie to the nearest, and floor/ceil as named', () => {
    expect(roundToInteger(rational(251n, 100n), 'half_even')).toBe(3n);
    expect(roundToInteger(rational(-251n, 100n), 'half_even')).toBe(-3n);
    expect(roundToInteger(rational(-251n, 100n), 'floor')).toBe(-3n);
    expect(roundToInteger(rational(-251n, 100n), 'ceil')).toBe(-2n);
    expect(roundToInteger(rational(4n), 'ceil')).toBe(4n);
  });

  it('is never more than half away, and floor ≤ value ≤ ceil (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (n, d) => {
          const value = rational(n, d);
          const nearest = roundToInteger(value, 'half_even');
          const distance = sub(value, rational(nearest));
          expect(compare(mul(distance, distance), rational(1n, 4n))).toBeLessThanOrEqual(0);
          expect(compare(rational(roundToInteger(value, 'floor')), value)).toBeLessThanOrEqual(0);
          expect(compare(rational(roundToInteger(value, 'ceil')), value)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('decimal strings', () => {
  it('writes fixed places with sign and leading zeros', () => {
    expect(scaledToString(12345n, 2)).toBe('123.45');
    expect(scaledToString(-5n, 2)).toBe('-0.05');
    expect(scaledToString(7n, 0)).toBe('7');
    expect(toDecimalString(div(rational(915n), rational(365n)), 4)).toBe('2.5068');
    expect(toDecimalString(rational(-1n, 3n), 3, 'ceil')).toBe('-0.333');
  });

  it('round-trips any decimal it writes (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 8 }),
        (scaled, places) => {
          const text = scaledToString(scaled, places);
          expect(toDecimalString(parseDecimal(text), places)).toBe(text);
        },
      ),
    );
  });
});
