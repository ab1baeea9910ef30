import { describe, expect, it } from 'vitest';
import { compensationCodes } from './codes';
import { applyPercent, increasePercentExact } from './percent';
import { rational, toDecimalString } from './rational';

describe('percent arithmetic on minor units', () => {
  it('applies an increase and rounds half to even (or up when asked)', () => {
    expect(applyPercent(10_000_000, '3')).toBe(10_300_000);
    expect(applyPercent(12_345, '2.5')).toBe(12_654); // 12,653.625 → 12,654
    expect(applyPercent(50, '1')).toBe(50); // 50.5 → 50 (even)
    expect(applyPercent(150, '1')).toBe(152); // 151.5 → 152 (even)
    expect(applyPercent(50, '1', 'ceil')).toBe(51);
    expect(applyPercent(100, '-100')).toBe(0);
  });

  it('gives the exact increase between two bases', () => {
    expect(increasePercentExact(10_000_000, 10_350_000)).toEqual(rational(7n, 2n));
    expect(toDecimalString(increasePercentExact(300, 400), 4)).toBe('33.3333');
    expect(() => increasePercentExact(0, 100)).toThrow(
      expect.objectContaining({ code: compensationCodes.amountInvalid }),
    );
  });

  it('refuses an amount past the safe range', () => {
    expect(() => applyPercent(Number.MAX_SAFE_INTEGER, '1')).toThrow(
      expect.objectContaining({ code: compensationCodes.amountUnsafe }),
    );
  });
});
