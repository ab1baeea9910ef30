import { describe, expect, it } from 'vitest';
import { overBudgetOf } from './overBudget';

describe('overBudgetOf', () => {
  it('reads the pool, manager, scope and remainder the server sends', () => {
    expect(
      overBudgetOf({
        pool: 'merit',
        managerId: 'm1',
        scope: 'subtree',
        remaining: '-10.00',
        remainingMinor: -1_000,
        currency: 'EUR',
      }),
    ).toEqual({ pool: 'merit', managerId: 'm1', scope: 'subtree', remainingMinor: -1_000, currency: 'EUR' });
  });

  it('is null for anything else', () => {
    expect(overBudgetOf(undefined)).toBeNull();
    expect(
      overBudgetOf({ pool: 'travel', managerId: 'm', scope: 'own', remainingMinor: 1, currency: 'EUR' }),
    ).toBeNull();
    expect(
      overBudgetOf({ pool: 'merit', managerId: 'm', scope: 'all', remainingMinor: 1, currency: 'EUR' }),
    ).toBeNull();
    expect(
      overBudgetOf({ pool: 'merit', managerId: 'm', scope: 'own', remainingMinor: '1', currency: 'EUR' }),
    ).toBeNull();
  });
});
