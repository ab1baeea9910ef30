import { describe, expect, it } from 'vitest';
import { bottomUpBudget, bottomUpBudgetsByManager, poolBudget, sumInCurrency } from './budgetPools';
import { compensationCodes } from './codes';
import type { FxTable } from './fx';

const fx: FxTable = {
  base: 'EUR',
  asOf: '2027-03-01',
  source: 'test',
  rates: { USD: '1.0834', JPY: '162.51' },
};

describe('bottom-up budgets', () => {
  it('is Σ eligible base in the planning currency × pool %, rounded once', () => {
    const people = [
      { baseMinor: 10_000_000, currency: 'EUR', eligible: true }, // €100,000
      { baseMinor: 10_834_000, currency: 'USD', eligible: true }, // $108,340 = €100,000
      { baseMinor: 1_625_100_000, currency: 'JPY', eligible: false }, // not eligible
      { baseMinor: 16_251_000, currency: 'JPY', eligible: true }, // ¥16,251,000 = €100,000
    ];
    expect(bottomUpBudget(people, '3.5', 'EUR', fx)).toBe(1_050_000); // 3.5 % of €300,000
    expect(poolBudget({ kind: 'bottom_up', percent: '3.5' }, people, 'EUR', fx)).toBe(1_050_000);
  });

  it('rounds the total, not each person (no drift over many people)', () => {
    // 1,000 people at $1.00 each: each is €0.923020… (€0.92 rounded); the total is €923.02
    const people = Array.from({ length: 1000 }, () => ({ baseMinor: 100, currency: 'USD', eligible: true }));
    expect(bottomUpBudget(people, '100', 'EUR', fx)).toBe(92_302);
  });

  it('takes a top-down amount as given', () => {
    expect(poolBudget({ kind: 'top_down', amountMinor: 5_000_000 }, [], 'EUR')).toBe(5_000_000);
    expect(() => poolBudget({ kind: 'top_down', amountMinor: 1.5 }, [], 'EUR')).toThrow(
      expect.objectContaining({ code: compensationCodes.amountUnsafe }),
    );
  });

  it('computes every manager’s budget for their direct reports in one pass', () => {
    const people = [
      { managerId: 'a', baseMinor: 10_000_000, currency: 'EUR', eligible: true },
      { managerId: 'a', baseMinor: 10_834_000, currency: 'USD', eligible: true },
      { managerId: 'b', baseMinor: 5_000_000, currency: 'EUR', eligible: true },
      { managerId: 'c', baseMinor: 5_000_000, currency: 'EUR', eligible: false },
    ];
    expect(bottomUpBudgetsByManager(people, '4', 'EUR', fx)).toEqual(
      new Map([
        ['a', 800_000],
        ['b', 200_000],
        ['c', 0],
      ]),
    );
  });

  it('refuses a missing rate by code', () => {
    const people = [{ baseMinor: 100, currency: 'GBP', eligible: true }];
    expect(() => bottomUpBudget(people, '3', 'EUR', fx)).toThrow(
      expect.objectContaining({
        code: compensationCodes.fxRateMissing,
        params: expect.objectContaining({ currency: 'GBP' }),
      }),
    );
  });
});

describe('sumInCurrency', () => {
  it('adds spend in several currencies as one planning-currency total', () => {
    const spend = [
      { minor: 300_000, currency: 'EUR' },
      { minor: 325_020, currency: 'USD' }, // $3,250.20 = €3,000.00
      { minor: 0, currency: 'JPY' },
    ];
    expect(sumInCurrency(spend, 'EUR', fx)).toBe(600_000);
    expect(sumInCurrency([], 'EUR')).toBe(0);
  });
});
