import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compensationCodes } from './codes';
import { convertExact, convertMinor, type FxTable, validateFxTable } from './fx';
import { compare, mul, rational, sub } from './rational';

const table: FxTable = Object.freeze({
  base: 'EUR',
  asOf: '2027-03-01',
  source: 'Frozen at launch from the treasury sheet',
  rates: Object.freeze({ USD: '1.0834', JPY: '162.51', BHD: '0.4080' }),
});

describe('convertMinor at the frozen rate', () => {
  it('rounds to each target currency’s minor unit: JPY 0, USD 2, BHD 3 decimals', () => {
    // €1,234.57 → ¥200,629.9707 → ¥200,630
    expect(convertMinor(123457, 'EUR', 'JPY', table)).toBe(200630);
    // €1,234.57 → $1,337.5331… → $1,337.53
    expect(convertMinor(123457, 'EUR', 'USD', table)).toBe(133753);
    // €1,234.57 → BD 503.704… (503.70456) → BD 503.705
    expect(convertMinor(123457, 'EUR', 'BHD', table)).toBe(503705);
  });

  it('converts into the base by dividing by the rate', () => {
    // $100.00 / 1.0834 = €92.3020…
    expect(convertMinor(10000, 'USD', 'EUR', table)).toBe(9230);
    // ¥16,251 / 162.51 = €100.00 exactly
    expect(convertMinor(16251, 'JPY', 'EUR', table)).toBe(10000);
  });

  it('crosses two non-base currencies through the base without rounding in between', () => {
    // $1,234.56 × 0.4080 / 1.0834 = BD 464.92567…
    expect(convertMinor(123456, 'USD', 'BHD', table)).toBe(464926);
    // ¥100,000 × 0.4080 / 162.51 = BD 251.06147…
    expect(convertMinor(100000, 'JPY', 'BHD', table)).toBe(251061);
    // 162.51 / 1.0834 is exactly 150: $1,234.56 → ¥185,184
    expect(convertMinor(123456, 'USD', 'JPY', table)).toBe(185184);
    // Rounding in EUR first would drift: $0.04 → €0.04 (0.0369…) → ¥6.5 → ¥7; exact is ¥6.
    expect(convertMinor(4, 'USD', 'JPY', table)).toBe(6);
  });

  it('breaks exact ties to the even minor unit (banker’s rounding)', () => {
    const ties: FxTable = {
      base: 'USD',
      asOf: '2027-03-01',
      source: 'test',
      rates: { JPY: '250', BHD: '0.45' },
    };
    expect(convertMinor(1, 'USD', 'JPY', ties)).toBe(2); // ¥2.5 → 2
    expect(convertMinor(3, 'USD', 'JPY', ties)).toBe(8); // ¥7.5 → 8
    expect(convertMinor(-1, 'USD', 'JPY', ties)).toBe(-2); // −¥2.5 → −2
    expect(convertMinor(1, 'USD', 'BHD', ties)).toBe(4); // 4.5 fils → 4
    expect(convertMinor(3, 'USD', 'BHD', ties)).toBe(14); // 13.5 fils → 14
  });

  it('leaves an amount in its own currency as it is, with or without a table', () => {
    expect(convertMinor(123, 'USD', 'USD')).toBe(123);
    expect(convertMinor(123, 'EUR', 'EUR', table)).toBe(123);
  });

  it('refuses unknown currencies, missing rates and a missing table by code', () => {
    expect(() => convertMinor(1, 'ZZZ', 'EUR', table)).toThrow(
      expect.objectContaining({ code: compensationCodes.currencyUnknown, params: { currency: 'ZZZ' } }),
    );
    expect(() => convertMinor(1, 'EUR', 'XAU', table)).toThrow(
      expect.objectContaining({ code: compensationCodes.currencyUnknown }),
    );
    expect(() => convertMinor(1, 'EUR', 'GBP', table)).toThrow(
      expect.objectContaining({
        code: compensationCodes.fxRateMissing,
        params: { currency: 'GBP', base: 'EUR', asOf: '2027-03-01' },
      }),
    );
    expect(() => convertMinor(1, 'EUR', 'USD')).toThrow(
      expect.objectContaining({ code: compensationCodes.fxTableRequired }),
    );
    expect(() => convertMinor(1, 'toString', 'EUR', table)).toThrow(
      expect.objectContaining({ code: compensationCodes.currencyUnknown }),
    );
  });

  it('refuses amounts beyond the safe range, in and out', () => {
    expect(() => convertMinor(2 ** 53, 'EUR', 'USD', table)).toThrow(
      expect.objectContaining({ code: compensationCodes.amountUnsafe }),
    );
    expect(() => convertMinor(Number.MAX_SAFE_INTEGER, 'EUR', 'JPY', table)).toThrow(
      expect.objectContaining({ code: compensationCodes.amountUnsafe }),
    );
  });

  it('is within half a minor unit of the exact value, and never decreasing (property)', () => {
    const currency = fc.constantFrom('EUR', 'USD', 'JPY', 'BHD');
    const amount = fc.integer({ min: -1e12, max: 1e12 });
    fc.assert(
      fc.property(amount, amount, currency, currency, (a, b, from, to) => {
        const exact = convertExact(a, from, to, table);
        const distance = sub(exact, rational(BigInt(convertMinor(a, from, to, table))));
        expect(compare(mul(distance, distance), rational(1n, 4n))).toBeLessThanOrEqual(0);
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(convertMinor(low, from, to, table)).toBeLessThanOrEqual(convertMinor(high, from, to, table));
      }),
    );
  });
});

describe('validateFxTable', () => {
  it('accepts a good table', () => {
    expect(validateFxTable(table)).toEqual([]);
    expect(validateFxTable({ ...table, rates: { ...table.rates, EUR: '1.000' } })).toEqual([]);
  });

  it('lists every problem with its code', () => {
    const bad: FxTable = {
      base: 'EUR',
      asOf: '2027-02-30',
      source: '',
      rates: { USD: '0', JPY: '1e2', ZZZ: '1', EUR: '2', BHD: '-0.4' },
    };
    expect(validateFxTable(bad).map((found) => [found.code, found.params?.currency])).toEqual([
      [compensationCodes.dateInvalid, undefined],
      [compensationCodes.fxRateInvalid, 'USD'],
      [compensationCodes.fxRateInvalid, 'JPY'],
      [compensationCodes.currencyUnknown, 'ZZZ'],
      [compensationCodes.fxRateInvalid, 'EUR'],
      [compensationCodes.fxRateInvalid, 'BHD'],
    ]);
  });

  it('refuses a zero or malformed rate at conversion too', () => {
    const broken: FxTable = { base: 'EUR', asOf: '2027-03-01', source: 'x', rates: { USD: '0' } };
    expect(() => convertMinor(1, 'EUR', 'USD', broken)).toThrow(
      expect.objectContaining({ code: compensationCodes.fxRateInvalid }),
    );
  });
});
