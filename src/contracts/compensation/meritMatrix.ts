import { compensationCodes } from './codes';
import { CompensationError, type CompensationIssue, issueOf } from './errors';
import { FULL_PERIOD, type ProrationFactor, prorateExact } from './proration';
import { compare, parseDecimalOrNull, type Rational, toDecimalString, toRational } from './rational';

/**
 * The merit matrix: one row per calibrated rating (the integer values of the organisation's rating
 * scale; labels live with the scale), one column per range of the person's compa-ratio or position
 * in range. Thresholds [0.90, 1.00, 1.10] make 4 columns: <0.90, 0.90–<1.00, 1.00–<1.10, ≥1.10.
 * A cell is a guideline range in percent, as decimal strings ("5", "6.5").
 */
export type MatrixAxis = 'compa_ratio' | 'position_in_range';

export interface MeritCell {
  minPct: string;
  targetPct: string;
  maxPct: string;
}

export interface MeritMatrix {
  axis: MatrixAxis;
  /** Ascending column boundaries; a value equal to one belongs to the column it starts. */
  thresholds: readonly string[];
  rows: readonly { rating: number; cells: readonly MeritCell[] }[];
}

/** Position-in-range quartiles. */
export const QUARTILE_THRESHOLDS: readonly string[] = Object.freeze(['0.25', '0.5', '0.75']);

/** Decimal places of a prorated guideline: what the planner sees is what the check compares. */
export const GUIDELINE_PLACES = 2;

function cellIssue(cell: MeritCell, rating: number, column: number): CompensationIssue | null {
  const [min, target, max] = [cell.minPct, cell.targetPct, cell.maxPct].map(parseDecimalOrNull);
  const ordered = min && target && max && compare(min, target) <= 0 && compare(target, max) <= 0;
  return ordered ? null : issueOf(compensationCodes.matrixCellInvalid, 'error', { rating, column });
}

/**
 * Everything wrong with a matrix against the rating scale: thresholds not strictly ascending
 * decimals, a rating of the scale without a row (or a row for none, or twice), a row with the wrong
 * number of cells, a cell whose min ≤ target ≤ max does not hold.
 */
export function validateMatrix(matrix: MeritMatrix, ratingScale: readonly number[]): CompensationIssue[] {
  const issues: CompensationIssue[] = [];
  let previous: Rational | null = null;
  for (const [index, text] of matrix.thresholds.entries()) {
    const value = parseDecimalOrNull(text);
    if (!value || (previous && compare(previous, value) >= 0)) {
      issues.push(issueOf(compensationCodes.matrixThresholdsInvalid, 'error', { index }));
    }
    previous = value ?? previous;
  }
  const columns = matrix.thresholds.length + 1;
  const scale = new Set(ratingScale);
  const seen = new Set<number>();
  for (const row of matrix.rows) {
    const { rating } = row;
    if (seen.has(rating)) issues.push(issueOf(compensationCodes.matrixRatingDuplicate, 'error', { rating }));
    else if (!scale.has(rating))
      issues.push(issueOf(compensationCodes.matrixRatingUnknown, 'error', { rating }));
    seen.add(rating);
    if (row.cells.length !== columns) {
      const params = { rating, expected: columns, actual: row.cells.length };
      issues.push(issueOf(compensationCodes.matrixColumnsMismatch, 'error', params));
    }
    for (const [column, cell] of row.cells.entries()) {
      const found = cellIssue(cell, rating, column);
      if (found) issues.push(found);
    }
  }
  for (const rating of scale) {
    if (!seen.has(rating)) issues.push(issueOf(compensationCodes.matrixRatingMissing, 'error', { rating }));
  }
  return issues;
}

/** Each column's range: `from` inclusive, `to` exclusive, null where open (for headers such as "<0.90"). */
export const matrixColumns = (matrix: MeritMatrix) =>
  [null, ...matrix.thresholds].map((from, index) => ({ from, to: matrix.thresholds[index] ?? null }));

/**
 * The column of a compa-ratio or position in range. Pass the value as shown and snapshotted (the
 * 4-place decimal), so a person shown at "0.9000" is never placed in the "<0.90" column.
 */
export function columnIndex(matrix: MeritMatrix, bandValue: string | Rational): number {
  const value = toRational(bandValue, 'bandValue');
  let column = 0;
  for (const [index, threshold] of matrix.thresholds.entries()) {
    if (compare(value, toRational(threshold, `thresholds.${index}`)) >= 0) column = index + 1;
    else break;
  }
  return column;
}

/** The cell for a calibrated rating and a compa-ratio / position in range. */
export function lookupCell(matrix: MeritMatrix, rating: number, bandValue: string | Rational): MeritCell {
  const row = matrix.rows.find((candidate) => candidate.rating === rating);
  if (!row) throw new CompensationError(compensationCodes.matrixRatingUnknown, { rating });
  const column = columnIndex(matrix, bandValue);
  const cell = row.cells[column];
  if (!cell) {
    const params = { rating, expected: matrix.thresholds.length + 1, actual: row.cells.length };
    throw new CompensationError(compensationCodes.matrixColumnsMismatch, params);
  }
  return cell;
}

/**
 * A cell prorated by the factor, to `places` decimals: the minimum rounded down and the maximum
 * up, so every increase inside the exact prorated range passes, and the bounds shown are exactly
 * the bounds checked. 5–7 % × 183/365 → "2.50"–"3.51", target 6 % → "3.01".
 */
export function guideline(cell: MeritCell, factor: ProrationFactor = FULL_PERIOD, places = GUIDELINE_PLACES) {
  return {
    minPct: toDecimalString(prorateExact(cell.minPct, factor), places, 'floor'),
    targetPct: toDecimalString(prorateExact(cell.targetPct, factor), places, 'half_even'),
    maxPct: toDecimalString(prorateExact(cell.maxPct, factor), places, 'ceil'),
  } satisfies MeritCell;
}

export interface MeritProposal {
  /** The proposed increase in percent ("3.25"), or exactly (see increasePercentExact). */
  percent: string | Rational;
  cell: MeritCell;
  factor?: ProrationFactor;
  justification?: string | null;
  places?: number;
}

/**
 * A merit proposal against its prorated guideline. Outside [min, max] without a justification is
 * refused (`compensationOutsideGuideline`, error); with one it passes, flagged for approvers
 * (`compensationOutsideGuidelineJustified`, warning). Inside the range: no issue.
 */
export function checkMeritProposal(proposal: MeritProposal): CompensationIssue[] {
  const range = guideline(proposal.cell, proposal.factor, proposal.places);
  const percent = toRational(proposal.percent, 'percent');
  const outside =
    compare(percent, toRational(range.minPct)) < 0 || compare(percent, toRational(range.maxPct)) > 0;
  if (!outside) return [];
  const params = {
    percent: typeof proposal.percent === 'string' ? proposal.percent : toDecimalString(percent, 4),
    minPct: range.minPct,
    maxPct: range.maxPct,
  };
  return hasText(proposal.justification)
    ? [issueOf(compensationCodes.outsideGuidelineJustified, 'warning', params)]
    : [issueOf(compensationCodes.outsideGuideline, 'error', params)];
}

export const hasText = (value: string | null | undefined) => typeof value === 'string' && value.trim() !== '';
