import { describe, expect, it } from 'vitest';
import type { FxTable } from '../../../../contracts/compensation';
import { fromInteger } from '../../../../contracts/compensation/rational';
import { allocateTopDown, type BudgetPerson, budgetTree, chainUp } from './budgets';

const fx: FxTable = { base: 'EUR', asOf: '2026-12-01', source: 'Test', rates: { USD: '1.25', JPY: '160' } };

const person = (
  personId: string,
  managerId: string | null,
  extra: Partial<BudgetPerson> = {},
): BudgetPerson => ({
  participantId: `p-${personId}`,
  personId,
  managerId,
  eligible: true,
  baseMinor: 10_000_000,
  currency: 'EUR',
  state: null,
  meritNewBaseMinor: null,
  promotionNewBaseMinor: null,
  marketMinor: null,
  bonusMinor: null,
  ...extra,
});

describe('allocateTopDown', () => {
  it('shares an amount by base to the minor unit, largest remainder first, ties by id', () => {
    const shares = allocateTopDown(
      100,
      new Map([
        ['a', fromInteger(1)],
        ['b', fromInteger(1)],
        ['c', fromInteger(1)],
      ]),
    );
    expect([...shares.values()].reduce((sum, value) => sum + value, 0)).toBe(100);
    expect(Object.fromEntries(shares)).toEqual({ a: 34, b: 33, c: 33 });
    expect(Object.fromEntries(allocateTopDown(7, new Map([['x', fromInteger(0)]])))).toEqual({ x: 0 });
  });
});

describe('budgetTree', () => {
  it('builds own budgets bottom-up at the frozen rates and rolls spend up the snapshot tree', () => {
    const people = [
      person('top', null, { eligible: false }),
      person('mid', 'top', { eligible: false }),
      // 125,000.00 USD at 1.25 is 100,000.00 EUR; ¥16,000,000 at 160 is 100,000.00 EUR.
      person('a', 'mid', {
        currency: 'USD',
        baseMinor: 12_500_000,
        state: 'submitted',
        meritNewBaseMinor: 12_875_000,
      }),
      person('b', 'top', {
        currency: 'JPY',
        baseMinor: 16_000_000,
        state: 'draft',
        meritNewBaseMinor: 16_480_000,
      }),
      person('c', 'top', { eligible: false, state: 'submitted', bonusMinor: 50_000 }),
    ];
    const tree = budgetTree(people, { merit: { kind: 'bottom_up', percent: '3' } }, 'EUR', fx);
    expect(Object.fromEntries(tree.parents)).toEqual({ mid: 'top', top: null });
    expect(tree.pools.map((pool) => pool.pool)).toEqual(['merit']);
    const merit = tree.pools[0]!;
    // mid: 3 % of 100,000 EUR = 3,000.00; spend 3 % of 125,000 USD = 3,750 USD = 3,000.00 EUR.
    expect(merit.figures.get('mid')).toEqual({
      own: { budget: 300_000, spend: 300_000, remaining: 0 },
      subtree: { budget: 300_000, spend: 300_000, remaining: 0 },
    });
    // top: own 3 % of b (c is ineligible) = 3,000.00 EUR; subtree adds mid's.
    expect(merit.figures.get('top')!.subtree).toEqual({
      budget: 600_000,
      spend: 300_000,
      remaining: 300_000,
    });
    // b's draft of ¥480,000 = 3,000.00 EUR shows as live spend, apart from the submitted.
    expect(merit.draft.get('top')).toEqual({ own: 300_000, subtree: 300_000 });
    expect(chainUp(tree.parents, 'mid')).toEqual(['mid', 'top']);
  });
});
