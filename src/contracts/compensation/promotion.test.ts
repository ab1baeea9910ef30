import { describe, expect, it } from 'vitest';
import type { Band } from './bandPosition';
import { compensationCodes } from './codes';
import type { FxTable } from './fx';
import { checkPromotionProposal, promotionGuideline } from './promotion';

const seniorBand: Band = {
  currency: 'USD',
  minMinor: 10_000_000,
  targetMinor: 12_000_000,
  maxMinor: 14_000_000,
};
const fx: FxTable = { base: 'EUR', asOf: '2027-03-01', source: 'test', rates: { USD: '1.0834' } };

describe('promotionGuideline', () => {
  it('is the configured increase when that is above the new band minimum', () => {
    expect(
      promotionGuideline({ currentBaseMinor: 9_500_000, newBand: seniorBand, minIncreasePct: '8' }),
    ).toEqual({
      currency: 'USD',
      minimumMinor: 10_260_000,
      bandMinMinor: 10_000_000,
      increasedMinor: 10_260_000,
      binding: 'increase',
    });
  });

  it('is the new band minimum when the increase falls short of it', () => {
    const found = promotionGuideline({
      currentBaseMinor: 8_000_000,
      newBand: seniorBand,
      minIncreasePct: '8',
    });
    expect(found).toMatchObject({ minimumMinor: 10_000_000, increasedMinor: 8_640_000, binding: 'band_min' });
  });

  it('rounds the increased base up to the minor unit (a floor must be met in full)', () => {
    const tiny: Band = { currency: 'USD', minMinor: 1, maxMinor: 1_000 };
    // 50 × 1.01 = 50.5 → 51 (half to even would give 50, below the configured 1 %)
    expect(
      promotionGuideline({ currentBaseMinor: 50, newBand: tiny, minIncreasePct: '1' }).minimumMinor,
    ).toBe(51);
    expect(
      promotionGuideline({ currentBaseMinor: 100, newBand: tiny, minIncreasePct: '1' }).minimumMinor,
    ).toBe(101);
  });

  it('converts a current base in another currency at the frozen rate first', () => {
    // €100,000.00 = $108,340.00; + 5 % = $113,757.00
    const found = promotionGuideline({
      currentBaseMinor: 10_000_000,
      currentCurrency: 'EUR',
      newBand: seniorBand,
      minIncreasePct: '5',
      fx,
    });
    expect(found).toMatchObject({ currency: 'USD', minimumMinor: 11_375_700, binding: 'increase' });
    expect(() =>
      promotionGuideline({
        currentBaseMinor: 1,
        currentCurrency: 'EUR',
        newBand: seniorBand,
        minIncreasePct: '5',
      }),
    ).toThrow(expect.objectContaining({ code: compensationCodes.fxTableRequired }));
  });
});

describe('checkPromotionProposal', () => {
  const guideline = promotionGuideline({
    currentBaseMinor: 9_500_000,
    newBand: seniorBand,
    minIncreasePct: '8',
  });

  it('accepts a new base at or above the guideline', () => {
    expect(checkPromotionProposal({ newBaseMinor: 10_260_000, guideline })).toEqual([]);
    expect(checkPromotionProposal({ newBaseMinor: 11_000_000, guideline, newBand: seniorBand })).toEqual([]);
  });

  it('refuses below the guideline without a justification, flags it with one', () => {
    expect(checkPromotionProposal({ newBaseMinor: 10_259_999, guideline, justification: ' ' })).toEqual([
      {
        code: compensationCodes.promotionBelowGuideline,
        level: 'error',
        params: { minimum: '102600.00', currency: 'USD' },
      },
    ]);
    expect(
      checkPromotionProposal({
        newBaseMinor: 10_000_000,
        guideline,
        justification: 'Agreed step plan: +4 % now.',
      }),
    ).toEqual([
      {
        code: compensationCodes.promotionBelowGuidelineJustified,
        level: 'warning',
        params: { minimum: '102600.00', currency: 'USD' },
      },
    ]);
  });

  it('flags a new base above the new band maximum, and not twice below its minimum', () => {
    expect(checkPromotionProposal({ newBaseMinor: 15_000_000, guideline, newBand: seniorBand })).toEqual([
      {
        code: compensationCodes.aboveBandMax,
        level: 'warning',
        params: { bound: '140000.00', currency: 'USD' },
      },
    ]);
    const below = checkPromotionProposal({ newBaseMinor: 9_000_000, guideline, newBand: seniorBand });
    expect(below.map((found) => found.code)).toEqual([compensationCodes.promotionBelowGuideline]);
  });
});
