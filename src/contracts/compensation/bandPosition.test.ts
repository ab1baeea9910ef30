import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Band,
  bandFlag,
  bandIssues,
  bandReference,
  compaRatio,
  compaRatioExact,
  positionInRange,
  validateBand,
} from './bandPosition';
import { compensationCodes } from './codes';
import type { FxTable } from './fx';
import { rational } from './rational';

const band: Band = { currency: 'USD', minMinor: 8_000_000, targetMinor: 10_000_000, maxMinor: 12_000_000 };
const fx: FxTable = {
  base: 'EUR',
  asOf: '2027-03-01',
  source: 'test',
  rates: { USD: '1.0834', JPY: '162.51' },
};

describe('compaRatio', () => {
  it('is base ÷ target, as a 4-place decimal and a display number', () => {
    expect(compaRatio(8_500_000, band)).toEqual({ decimal: '0.8500', value: 0.85 });
    expect(compaRatio(10_000_000, band)).toEqual({ decimal: '1.0000', value: 1 });
    expect(compaRatio(3_333_350, { ...band, minMinor: 0 })).toEqual({ decimal: '0.3333', value: 0.3333 });
  });

  it('falls back to the midpoint (min + max) / 2 when the band has no target', () => {
    const noTarget = { currency: 'USD', minMinor: 8_000_000, maxMinor: 13_000_000 };
    expect(bandReference(noTarget)).toEqual(rational(10_500_000n));
    expect(compaRatio(8_400_000, noTarget).decimal).toBe('0.8000');
    expect(compaRatio(8_400_000, { ...noTarget, targetMinor: null }).decimal).toBe('0.8000');
    // an odd sum keeps its half: (1 + 4) / 2 = 2.5
    expect(compaRatioExact(5, { currency: 'JPY', minMinor: 1, maxMinor: 4 })).toEqual(rational(2n));
  });

  it('rounds half to even at the fourth place', () => {
    // 10,001,000 / 20,000,000 = 0.50005 → 0.5000; 10,003,000 / 20,000,000 = 0.50015 → 0.5002
    const wide = { currency: 'USD', minMinor: 0, targetMinor: 20_000_000, maxMinor: 40_000_000 };
    expect(compaRatio(10_001_000, wide).decimal).toBe('0.5000');
    expect(compaRatio(10_003_000, wide).decimal).toBe('0.5002');
    expect(compaRatio(10_001_001, wide).decimal).toBe('0.5001');
  });

  it('compares a base in another currency at the frozen rate', () => {
    const euroBand: Band = {
      currency: 'EUR',
      minMinor: 8_000_000,
      targetMinor: 10_000_000,
      maxMinor: 12_000_000,
    };
    // $108,340.00 = €100,000.00
    expect(compaRatio(10_834_000, euroBand, { currency: 'USD', fx }).decimal).toBe('1.0000');
    // ¥16,251,000 = €100,000.00
    expect(compaRatio(16_251_000, euroBand, { currency: 'JPY', fx }).decimal).toBe('1.0000');
    expect(() => compaRatio(10_834_000, euroBand, { currency: 'USD' })).toThrow(
      expect.objectContaining({ code: compensationCodes.fxTableRequired }),
    );
  });
});

describe('positionInRange', () => {
  it('is (base − min) / (max − min), below 0 and above 1 outside the band', () => {
    expect(positionInRange(9_000_000, band)).toEqual({ decimal: '0.2500', value: 0.25 });
    expect(positionInRange(8_000_000, band).decimal).toBe('0.0000');
    expect(positionInRange(12_000_000, band).decimal).toBe('1.0000');
    expect(positionInRange(7_000_000, band).decimal).toBe('-0.2500');
    expect(positionInRange(13_000_000, band).decimal).toBe('1.2500');
  });
});

describe('bandFlag', () => {
  it('flags below the minimum and above the maximum; the bounds are within', () => {
    expect(bandFlag(7_999_999, band)).toBe('below_min');
    expect(bandFlag(8_000_000, band)).toBe('within');
    expect(bandFlag(12_000_000, band)).toBe('within');
    expect(bandFlag(12_000_001, band)).toBe('above_max');
  });

  it('compares a converted base exactly, not after rounding', () => {
    const euroBand: Band = { currency: 'EUR', minMinor: 9_968_622, maxMinor: 20_000_000 };
    // $108,000.05 = €99,686.2193… : rounded to the cent it would meet the €99,686.22 minimum
    expect(bandFlag(10_800_005, euroBand, { currency: 'USD', fx })).toBe('below_min');
    expect(bandFlag(10_800_006, euroBand, { currency: 'USD', fx })).toBe('within');
  });

  it('agrees with positionInRange (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000_000 }), (base) => {
        const position = positionInRange(base, band).value;
        const flag = bandFlag(base, band);
        if (flag === 'below_min') expect(position).toBeLessThan(0);
        else if (flag === 'above_max') expect(position).toBeGreaterThan(1);
        else expect(position >= 0 && position <= 1).toBe(true);
      }),
    );
  });

  it('turns into a warning for approvers, naming the bound', () => {
    expect(bandIssues(10_000_000, band)).toEqual([]);
    expect(bandIssues(12_500_000, band)).toEqual([
      {
        code: compensationCodes.aboveBandMax,
        level: 'warning',
        params: { bound: '120000.00', currency: 'USD' },
      },
    ]);
    expect(bandIssues(100, band)).toEqual([
      {
        code: compensationCodes.belowBandMin,
        level: 'warning',
        params: { bound: '80000.00', currency: 'USD' },
      },
    ]);
  });
});

describe('validateBand', () => {
  it('refuses unknown currencies, fractional amounts, min ≥ max and a target outside', () => {
    expect(validateBand(band)).toEqual([]);
    const reasons = (candidate: Band) =>
      validateBand(candidate).map((found) => found.params?.reason ?? found.code);
    expect(reasons({ ...band, currency: 'ZZZ' })).toEqual([compensationCodes.currencyUnknown]);
    expect(reasons({ ...band, minMinor: 1.5 })).toEqual(['amount']);
    expect(reasons({ ...band, minMinor: -1 })).toEqual(['amount']);
    expect(reasons({ ...band, minMinor: 12_000_000 })).toEqual(['min_not_below_max']);
    expect(reasons({ ...band, targetMinor: 13_000_000 })).toEqual(['target_outside']);
    expect(reasons({ ...band, minMinor: 0, targetMinor: 0 })).toEqual(['target_outside']);
    expect(() => compaRatio(1, { ...band, maxMinor: 1 })).toThrow(
      expect.objectContaining({ code: compensationCodes.bandInvalid }),
    );
  });
});
