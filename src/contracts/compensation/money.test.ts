import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compensationCodes } from './codes';
import {
  assertMinor,
  bigintToMinor,
  currencyCodes,
  formatMoney,
  isCurrency,
  minorToDecimal,
  minorUnitExponent,
  parseMoney,
} from './money';

describe('currencies', () => {
  it('knows ISO 4217 codes pay can be held in, and nothing else', () => {
    for (const code of ['EUR', 'USD', 'JPY', 'BHD', 'CHF', 'XCG', 'CLF']) expect(isCurrency(code)).toBe(true);
    for (const code of ['usd', 'EU', 'XAU', 'XXX', 'XDR', 'HRK', 'ABC', '', 'toString', '__proto__']) {
      expect(isCurrency(code)).toBe(false);
    }
    expect(currencyCodes()).toContain('EUR');
    expect(currencyCodes().length).toBeGreaterThan(150);
  });

  it('gives the ISO minor-unit exponents', () => {
    const expected = {
      JPY: 0,
      KRW: 0,
      CLP: 0,
      ISK: 0,
      USD: 2,
      EUR: 2,
      HUF: 2,
      IDR: 2,
      BHD: 3,
      KWD: 3,
      IQD: 3,
      CLF: 4,
    };
    for (const [code, exponent] of Object.entries(expected)) expect(minorUnitExponent(code)).toBe(exponent);
  });

  it('matches Intl where Intl agrees with ISO (JPY, USD, BHD, KWD, CLP)', () => {
    for (const code of ['JPY', 'USD', 'BHD', 'KWD', 'CLP']) {
      const digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits;
      expect(minorUnitExponent(code)).toBe(digits);
    }
  });

  it('refuses an unknown currency by code', () => {
    expect(() => minorUnitExponent('ZZZ')).toThrow(
      expect.objectContaining({ code: compensationCodes.currencyUnknown, params: { currency: 'ZZZ' } }),
    );
  });
});

describe('parseMoney', () => {
  it('reads major units into minor units per the currency', () => {
    expect(parseMoney('1234.5', 'USD')).toBe(123450);
    expect(parseMoney('1234', 'USD')).toBe(123400);
    expect(parseMoney('0.125', 'BHD')).toBe(125);
    expect(parseMoney('5000', 'JPY')).toBe(5000);
    expect(parseMoney('5000.00', 'JPY')).toBe(5000);
    expect(parseMoney('-12.05', 'EUR')).toBe(-1205);
    expect(parseMoney(' 7. ', 'EUR')).toBe(700);
  });

  it('refuses more decimals than the currency has, naming the places allowed', () => {
    expect(() => parseMoney('1.005', 'USD')).toThrow(
      expect.objectContaining({
        code: compensationCodes.amountTooPrecise,
        params: { currency: 'USD', places: 2 },
      }),
    );
    expect(() => parseMoney('10.5', 'JPY')).toThrow(
      expect.objectContaining({
        code: compensationCodes.amountTooPrecise,
        params: { currency: 'JPY', places: 0 },
      }),
    );
  });

  it('refuses what is not an amount, and amounts beyond the safe range', () => {
    for (const text of ['', 'abc', '1,000', '1e5', '$5', '--1', '.5']) {
      expect(() => parseMoney(text, 'USD')).toThrow(
        expect.objectContaining({ code: compensationCodes.amountInvalid }),
      );
    }
    expect(() => parseMoney('90071992547409.92', 'USD')).toThrow(
      expect.objectContaining({ code: compensationCodes.amountUnsafe }),
    );
    expect(parseMoney('90071992547409.91', 'USD')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('round-trips with minorToDecimal for every safe amount (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('USD', 'JPY', 'BHD', 'CLF'),
        (minor, currency) => {
          expect(parseMoney(minorToDecimal(minor, currency), currency)).toBe(minor);
        },
      ),
    );
  });
});

describe('safe integers', () => {
  it('accepts safe integers and refuses the rest', () => {
    expect(assertMinor(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    for (const value of [Number.MAX_SAFE_INTEGER + 1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => assertMinor(value)).toThrow(
        expect.objectContaining({ code: compensationCodes.amountUnsafe }),
      );
    }
    expect(() => bigintToMinor(2n ** 53n)).toThrow(
      expect.objectContaining({ code: compensationCodes.amountUnsafe }),
    );
    expect(bigintToMinor(-(2n ** 53n) + 1n)).toBe(Number.MIN_SAFE_INTEGER);
  });
});

describe('formatMoney', () => {
  it('formats in the locale with exactly the ISO digits', () => {
    expect(formatMoney(123450, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(5000, 'JPY', 'en-US')).toBe('¥5,000');
    expect(formatMoney(1250, 'BHD', 'en-US', { currencyDisplay: 'code' })).toMatch(/^BHD\s1\.250$/);
    expect(formatMoney(123450, 'EUR', 'de-DE')).toMatch(/^1\.234,50\s€$/);
    // CLDR would show HUF without its minor unit; the stored fillér must not vanish.
    expect(formatMoney(123456, 'HUF', 'en-US', { currencyDisplay: 'code' })).toMatch(/^HUF\s1,234\.56$/);
  });

  it('keeps the last cent of the largest safe amount (a float would not)', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
    expect(formatMoney(-5, 'USD', 'en-US')).toBe('-$0.05');
  });
});
