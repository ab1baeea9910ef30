import { describe, expect, it } from 'vitest';
import { updateCompCycleRequest } from '../../../../contracts/compensation/cycles';
import { validateMatrix } from '../../../../contracts/compensation/meritMatrix';
import type { CompCycle } from './api';
import { poolAmountMinor, setupRequestOf, setupValuesOf, starterMatrix, withThresholds } from './setupValues';

const cycle = {
  id: 'c1',
  name: 'Merit 2026',
  state: 'draft',
  sandbox: false,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  effectiveDate: '2027-01-01',
  visibilityDate: '2027-01-15',
  planningCurrency: 'EUR',
  fxTable: { base: 'EUR', asOf: '2026-12-07', source: 'ECB', rates: { USD: '1.08' } },
  fxFrozenAt: null,
  eligibilityRules: {
    hiredOnOrBefore: null,
    excludeTerminated: true,
    minMonthsSinceLastIncrease: 6,
    levelIds: [],
    excludedPersonIds: [],
  },
  reviewCycleId: null,
  meritMatrix: null,
  budget: {
    merit: { kind: 'bottom_up', percent: '3' },
    bonus: { kind: 'top_down', amountMinor: 25_000_050 },
  },
  approvalDepth: 1,
  overBudgetPolicy: 'warn',
  launchedAt: null,
  releasedAt: null,
  archivedAt: null,
  version: 4,
  createdAt: '2026-12-07T00:00:00Z',
  updatedAt: '2026-12-07T00:00:00Z',
  counts: null,
  abilities: { edit: true, launch: true, overrideEligibility: false, transitions: [] },
} as CompCycle;

describe('the set-up form’s values', () => {
  it('round-trip a saved cycle into a request the contract accepts, amounts exact', () => {
    const values = setupValuesOf(cycle);
    expect(values.budget.bonus).toEqual({ kind: 'top_down', percent: '', amount: '250000.50' });
    expect(values.eligibilityRules.hiredOnOrBefore).toBe('');
    const request = setupRequestOf(values, cycle.version);
    expect(updateCompCycleRequest.safeParse(request).success).toBe(true);
    expect(request).toMatchObject({
      version: 4,
      fxTable: { base: 'EUR', rates: { USD: '1.08' } },
      eligibilityRules: { hiredOnOrBefore: null, minMonthsSinceLastIncrease: 6 },
      budget: {
        merit: { kind: 'bottom_up', percent: '3' },
        bonus: { kind: 'top_down', amountMinor: 25_000_050 },
      },
    });
    expect(request.budget).not.toHaveProperty('promotion');
  });

  it('empty rules become "none", and a pool switched off leaves the request', () => {
    const values = setupValuesOf(cycle);
    values.eligibilityRules.minMonthsSinceLastIncrease = '';
    values.budget.merit.kind = 'none';
    const request = setupRequestOf(values, 4);
    expect(request.eligibilityRules?.minMonthsSinceLastIncrease).toBeNull();
    expect(request.budget).not.toHaveProperty('merit');
  });

  it('reads typed amounts exactly per currency and refuses the unreadable', () => {
    expect(poolAmountMinor('1234.56', 'EUR')).toBe(123_456);
    expect(poolAmountMinor('1234', 'JPY')).toBe(1234);
    expect(poolAmountMinor('1.5', 'JPY')).toBeNaN();
    expect(poolAmountMinor('twelve', 'EUR')).toBeNaN();
  });

  it('starts a matrix the core accepts for a five-point scale, lowest rating at zero', () => {
    const matrix = starterMatrix();
    expect(validateMatrix(matrix, [1, 2, 3, 4, 5])).toEqual([]);
    expect(matrix.rows[0]!.cells.every((cell) => cell.maxPct === '0.00')).toBe(true);
  });

  it('resizes every row when a threshold is added or removed', () => {
    const wider = withThresholds(starterMatrix(), ['0.85', '1.00', '1.15']);
    expect(wider.rows.every((row) => row.cells.length === 4)).toBe(true);
    expect(validateMatrix(wider, [1, 2, 3, 4, 5])).toEqual([]);
    const narrower = withThresholds(wider, ['1.00']);
    expect(narrower.rows.every((row) => row.cells.length === 2)).toBe(true);
  });
});
