import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compaRatio } from './bandPosition';
import { compensationCodes } from './codes';
import { isRefused } from './errors';
import {
  checkMeritProposal,
  columnIndex,
  guideline,
  lookupCell,
  type MeritCell,
  type MeritMatrix,
  matrixColumns,
  QUARTILE_THRESHOLDS,
  validateMatrix,
} from './meritMatrix';
import { prorateExact } from './proration';
import { rational, toDecimalString } from './rational';

const cell = (minPct: string, targetPct: string, maxPct: string): MeritCell => ({
  minPct,
  targetPct,
  maxPct,
});

/** Ratings 1..5 (1 = Below, 3 = Meets, 4 = Exceeds …) × compa-ratio <0.90 | 0.90–<1.00 | 1.00–<1.10 | ≥1.10. */
const matrix: MeritMatrix = {
  axis: 'compa_ratio',
  thresholds: ['0.90', '1.00', '1.10'],
  rows: [
    {
      rating: 1,
      cells: [cell('0', '0', '0'), cell('0', '0', '0'), cell('0', '0', '0'), cell('0', '0', '0')],
    },
    {
      rating: 2,
      cells: [cell('1', '1.5', '2'), cell('0.5', '1', '1.5'), cell('0', '0.5', '1'), cell('0', '0', '0.5')],
    },
    {
      rating: 3,
      cells: [cell('3', '4', '5'), cell('2.5', '3', '4'), cell('2', '2.5', '3'), cell('1', '1.5', '2')],
    },
    {
      rating: 4,
      cells: [cell('5', '6', '7'), cell('4', '5', '6'), cell('3', '4', '5'), cell('2', '3', '4')],
    },
    {
      rating: 5,
      cells: [cell('7', '8.5', '10'), cell('6', '7', '8'), cell('5', '6', '7'), cell('3', '4', '5')],
    },
  ],
};
const scale = [1, 2, 3, 4, 5];
const hiredSecondOfJuly = { eligibleDays: 183, periodDays: 365 };

describe('merit matrix acceptance (issue 12, anchors §1.3)', () => {
  it('"Exceeds" at compa-ratio 0.85, cell 5–7 %, factor 183/365 → guideline ≈ 2.5–3.5 %; 9 % refused unless justified', () => {
    const band = { currency: 'EUR', minMinor: 8_000_000, targetMinor: 10_000_000, maxMinor: 12_000_000 };
    const ratio = compaRatio(8_500_000, band);
    expect(ratio.decimal).toBe('0.8500');

    const found = lookupCell(matrix, 4, ratio.decimal);
    expect(found).toEqual(cell('5', '6', '7'));

    const range = guideline(found, hiredSecondOfJuly);
    expect(range).toEqual({ minPct: '2.50', targetPct: '3.01', maxPct: '3.51' });
    expect(Number(range.minPct)).toBeCloseTo(2.5, 1);
    expect(Number(range.maxPct)).toBeCloseTo(3.5, 1);

    const refused = checkMeritProposal({
      percent: '9',
      cell: found,
      factor: hiredSecondOfJuly,
      justification: '',
    });
    expect(refused).toEqual([
      {
        code: compensationCodes.outsideGuideline,
        level: 'error',
        params: { percent: '9', minPct: '2.50', maxPct: '3.51' },
      },
    ]);
    expect(isRefused(refused)).toBe(true);

    const justified = checkMeritProposal({
      percent: '9',
      cell: found,
      factor: hiredSecondOfJuly,
      justification: 'Retention: matched an external offer.',
    });
    expect(justified).toEqual([
      {
        code: compensationCodes.outsideGuidelineJustified,
        level: 'warning',
        params: { percent: '9', minPct: '2.50', maxPct: '3.51' },
      },
    ]);
    expect(isRefused(justified)).toBe(false);

    expect(checkMeritProposal({ percent: '3', cell: found, factor: hiredSecondOfJuly })).toEqual([]);
  });
});

describe('checkMeritProposal', () => {
  const found = cell('5', '6', '7');

  it('takes the shown bounds as inclusive, and refuses just outside them', () => {
    const at = (percent: string) => checkMeritProposal({ percent, cell: found, factor: hiredSecondOfJuly });
    expect(at('2.50')).toEqual([]);
    expect(at('3.51')).toEqual([]);
    expect(at('2.49')[0]?.code).toBe(compensationCodes.outsideGuideline);
    expect(at('3.5101')[0]?.code).toBe(compensationCodes.outsideGuideline);
    expect(at('-1')[0]?.code).toBe(compensationCodes.outsideGuideline);
  });

  it('treats a blank justification as none', () => {
    const issues = checkMeritProposal({ percent: '12', cell: found, justification: '  \n ' });
    expect(issues[0]?.code).toBe(compensationCodes.outsideGuideline);
  });

  it('takes an exact percentage computed from amounts', () => {
    const issues = checkMeritProposal({ percent: rational(15n, 2n), cell: found, justification: null });
    expect(issues[0]?.params?.percent).toBe('7.5000');
  });

  it('passes every increase inside the exact prorated range (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: 0, max: 1000 }),
        (eligibleDays, share) => {
          const factor = { eligibleDays, periodDays: 365 };
          // a point between the exact prorated min and max
          const low = prorateExact(found.minPct, factor);
          const high = prorateExact(found.maxPct, factor);
          const point = rational(
            low.n * high.d * BigInt(1000 - share) + high.n * low.d * BigInt(share),
            low.d * high.d * 1000n,
          );
          expect(checkMeritProposal({ percent: point, cell: found, factor })).toEqual([]);
          const shown = guideline(found, factor);
          expect(Number(shown.minPct)).toBeLessThanOrEqual(Number(toDecimalString(low, 6)));
          expect(Number(shown.maxPct)).toBeGreaterThanOrEqual(Number(toDecimalString(high, 6)));
        },
      ),
    );
  });
});

describe('lookupCell and columns', () => {
  it('places a value equal to a threshold in the column it starts', () => {
    expect(columnIndex(matrix, '0.8999')).toBe(0);
    expect(columnIndex(matrix, '0.9000')).toBe(1);
    expect(columnIndex(matrix, '0.99995')).toBe(1);
    expect(columnIndex(matrix, '1.00')).toBe(2);
    expect(columnIndex(matrix, '1.10')).toBe(3);
    expect(columnIndex(matrix, '2')).toBe(3);
    expect(columnIndex(matrix, '-0.5')).toBe(0);
    expect(lookupCell(matrix, 5, '1.05')).toEqual(cell('5', '6', '7'));
  });

  it('names the columns for headers', () => {
    expect(matrixColumns(matrix)).toEqual([
      { from: null, to: '0.90' },
      { from: '0.90', to: '1.00' },
      { from: '1.00', to: '1.10' },
      { from: '1.10', to: null },
    ]);
  });

  it('works on position-in-range quartiles, outside the band included', () => {
    const quartiles: MeritMatrix = { ...matrix, axis: 'position_in_range', thresholds: QUARTILE_THRESHOLDS };
    expect(validateMatrix(quartiles, scale)).toEqual([]);
    expect(columnIndex(quartiles, '-0.2500')).toBe(0);
    expect(columnIndex(quartiles, '0.2500')).toBe(1);
    expect(columnIndex(quartiles, '0.7499')).toBe(2);
    expect(columnIndex(quartiles, '1.3000')).toBe(3);
  });

  it('refuses a rating without a row', () => {
    expect(() => lookupCell(matrix, 6, '1')).toThrow(
      expect.objectContaining({ code: compensationCodes.matrixRatingUnknown, params: { rating: 6 } }),
    );
  });
});

describe('validateMatrix', () => {
  it('accepts a complete, ordered matrix', () => {
    expect(validateMatrix(matrix, scale)).toEqual([]);
  });

  it('lists unordered thresholds, missing/extra/duplicate rows, wrong widths and disordered cells', () => {
    const broken: MeritMatrix = {
      axis: 'compa_ratio',
      thresholds: ['0.90', '0.90', 'x'],
      rows: [
        { rating: 1, cells: [cell('0', '0', '0')] },
        { rating: 1, cells: matrix.rows[0]!.cells },
        { rating: 9, cells: matrix.rows[0]!.cells },
        {
          rating: 3,
          cells: [cell('3', '2', '4'), cell('1', '1', '1'), cell('2', '2', 'two'), cell('1', '1', '1')],
        },
      ],
    };
    const codes = validateMatrix(broken, scale).map((found) => [found.code, found.params]);
    expect(codes).toEqual([
      [compensationCodes.matrixThresholdsInvalid, { index: 1 }],
      [compensationCodes.matrixThresholdsInvalid, { index: 2 }],
      [compensationCodes.matrixColumnsMismatch, { rating: 1, expected: 4, actual: 1 }],
      [compensationCodes.matrixRatingDuplicate, { rating: 1 }],
      [compensationCodes.matrixRatingUnknown, { rating: 9 }],
      [compensationCodes.matrixCellInvalid, { rating: 3, column: 0 }],
      [compensationCodes.matrixCellInvalid, { rating: 3, column: 2 }],
      [compensationCodes.matrixRatingMissing, { rating: 2 }],
      [compensationCodes.matrixRatingMissing, { rating: 4 }],
      [compensationCodes.matrixRatingMissing, { rating: 5 }],
    ]);
  });
});
