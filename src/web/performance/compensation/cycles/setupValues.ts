import { type BudgetPool, budgetPools } from '../../../../contracts/compensation/budgetPools';
import type { UpdateCompCycleRequest } from '../../../../contracts/compensation/cycles';

/** The matrix as the set-up form edits it (the contract's shape, arrays mutable). */
export type MeritMatrix = NonNullable<UpdateCompCycleRequest['meritMatrix']>;

import { minorToDecimal, parseMoney } from '../../../../contracts/compensation/money';
import type { CompCycle } from './api';

export type PoolKind = 'none' | 'bottom_up' | 'top_down';

/** A pool as its inputs hold it: a percent of eligible base, or an amount typed in major units. */
export interface PoolValues {
  kind: PoolKind;
  percent: string;
  amount: string;
}

/** A draft cycle's set-up as its form holds it (text where people type, '' for "none"). */
export interface SetupValues {
  name: string;
  periodStart: string;
  periodEnd: string;
  effectiveDate: string;
  visibilityDate: string;
  planningCurrency: string;
  fxTable: { asOf: string; source: string; rates: Record<string, string> };
  eligibilityRules: {
    hiredOnOrBefore: string;
    excludeTerminated: boolean;
    minMonthsSinceLastIncrease: number | string;
    levelIds: string[];
    excludedPersonIds: string[];
  };
  reviewCycleId: string | null;
  approvalDepth: number | string;
  meritMatrix: MeritMatrix | null;
  budget: Record<BudgetPool, PoolValues>;
}

const minorToText = (minor: number, currency: string) => {
  try {
    return minorToDecimal(minor, currency);
  } catch {
    return String(minor);
  }
};

export function setupValuesOf(cycle: CompCycle): SetupValues {
  const budget = Object.fromEntries(
    budgetPools.map((pool): [BudgetPool, PoolValues] => {
      const rule = cycle.budget[pool];
      if (!rule) return [pool, { kind: 'none', percent: '', amount: '' }];
      return rule.kind === 'bottom_up'
        ? [pool, { kind: 'bottom_up', percent: rule.percent, amount: '' }]
        : [
            pool,
            { kind: 'top_down', percent: '', amount: minorToText(rule.amountMinor, cycle.planningCurrency) },
          ];
    }),
  ) as Record<BudgetPool, PoolValues>;
  return {
    name: cycle.name,
    periodStart: cycle.periodStart,
    periodEnd: cycle.periodEnd,
    effectiveDate: cycle.effectiveDate,
    visibilityDate: cycle.visibilityDate,
    planningCurrency: cycle.planningCurrency,
    fxTable: { asOf: cycle.fxTable.asOf, source: cycle.fxTable.source, rates: { ...cycle.fxTable.rates } },
    eligibilityRules: {
      hiredOnOrBefore: cycle.eligibilityRules.hiredOnOrBefore ?? '',
      excludeTerminated: cycle.eligibilityRules.excludeTerminated,
      minMonthsSinceLastIncrease: cycle.eligibilityRules.minMonthsSinceLastIncrease ?? '',
      levelIds: cycle.eligibilityRules.levelIds,
      excludedPersonIds: cycle.eligibilityRules.excludedPersonIds,
    },
    reviewCycleId: cycle.reviewCycleId,
    approvalDepth: cycle.approvalDepth,
    meritMatrix: cycle.meritMatrix
      ? { ...cycle.meritMatrix, thresholds: [...cycle.meritMatrix.thresholds], rows: cycle.meritMatrix.rows }
      : null,
    budget,
  };
}

/** An amount typed for a top-down pool, in the planning currency's minor units; NaN when unreadable. */
export function poolAmountMinor(amount: string, currency: string): number {
  try {
    return parseMoney(amount, currency);
  } catch {
    return Number.NaN;
  }
}

export function setupRequestOf(values: SetupValues, version: number): UpdateCompCycleRequest {
  const budget: UpdateCompCycleRequest['budget'] = {};
  for (const pool of budgetPools) {
    const rule = values.budget[pool];
    if (rule.kind === 'bottom_up') budget[pool] = { kind: 'bottom_up', percent: rule.percent.trim() };
    if (rule.kind === 'top_down')
      budget[pool] = { kind: 'top_down', amountMinor: poolAmountMinor(rule.amount, values.planningCurrency) };
  }
  const months = values.eligibilityRules.minMonthsSinceLastIncrease;
  return {
    name: values.name,
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
    effectiveDate: values.effectiveDate,
    visibilityDate: values.visibilityDate,
    planningCurrency: values.planningCurrency,
    fxTable: { ...values.fxTable, base: values.planningCurrency },
    eligibilityRules: {
      ...values.eligibilityRules,
      hiredOnOrBefore: values.eligibilityRules.hiredOnOrBefore || null,
      minMonthsSinceLastIncrease: months === '' ? null : Number(months),
    },
    reviewCycleId: values.reviewCycleId,
    approvalDepth: Number(values.approvalDepth),
    meritMatrix: values.meritMatrix,
    budget,
    version,
  };
}

/**
 * A first matrix to adjust: five ratings, three compa-ratio columns (below 0.90, to 1.10, above).
 * The lowest rating gets nothing; each higher one more, and more where pay sits low in its band.
 */
export function starterMatrix(ratings: number[] = [1, 2, 3, 4, 5]): MeritMatrix {
  const fixed = (value: number) => value.toFixed(2);
  const cell = (rating: number, column: number) => {
    if (rating === ratings[0]) return { minPct: '0.00', targetPct: '0.00', maxPct: '0.00' };
    const target = (rating - 1) * 1.25 + (1 - column) * 0.75;
    return { minPct: fixed(Math.max(0, target - 1)), targetPct: fixed(target), maxPct: fixed(target + 1) };
  };
  return {
    axis: 'compa_ratio',
    thresholds: ['0.90', '1.10'],
    rows: ratings.map((rating) => ({ rating, cells: [0, 1, 2].map((column) => cell(rating, column)) })),
  };
}

/** The matrix with its cells resized to the new thresholds (new columns copy their left neighbour). */
export function withThresholds(matrix: MeritMatrix, thresholds: string[]): MeritMatrix {
  const columns = thresholds.length + 1;
  return {
    ...matrix,
    thresholds,
    rows: matrix.rows.map((row) => ({
      ...row,
      cells: Array.from({ length: columns }, (_, index) => {
        const cell = row.cells[index] ?? row.cells.at(-1) ?? { minPct: '0', targetPct: '0', maxPct: '0' };
        return { ...cell };
      }),
    })),
  };
}
