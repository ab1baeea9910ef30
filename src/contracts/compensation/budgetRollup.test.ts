import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BudgetNode, overBudgetIssues, overBudgetOutcome, rollUpBudgets } from './budgetRollup';
import { compensationCodes } from './codes';

const node = (
  managerId: string,
  parentManagerId: string | null,
  budget: number,
  spend: number,
): BudgetNode => ({
  managerId,
  parentManagerId,
  ownBudgetMinor: budget,
  ownSpendMinor: spend,
});

describe('rollUpBudgets', () => {
  it('a leaf manager overspending by 1,000 shows −1,000 at the leaf and every ancestor (acceptance)', () => {
    const nodes = [
      node('ceo', null, 50_000, 50_000),
      node('vp-eng', 'ceo', 40_000, 40_000),
      node('vp-sales', 'ceo', 30_000, 30_000),
      node('lead-web', 'vp-eng', 20_000, 21_000), // the overspend
      node('lead-data', 'vp-eng', 25_000, 25_000),
      node('lead-emea', 'vp-sales', 10_000, 10_000),
    ];
    const rolled = rollUpBudgets(nodes);
    expect(rolled.get('lead-web')).toEqual({
      own: { budget: 20_000, spend: 21_000, remaining: -1_000 },
      subtree: { budget: 20_000, spend: 21_000, remaining: -1_000 },
    });
    expect(rolled.get('vp-eng')).toEqual({
      own: { budget: 40_000, spend: 40_000, remaining: 0 },
      subtree: { budget: 85_000, spend: 86_000, remaining: -1_000 },
    });
    expect(rolled.get('ceo')).toEqual({
      own: { budget: 50_000, spend: 50_000, remaining: 0 },
      subtree: { budget: 175_000, spend: 176_000, remaining: -1_000 },
    });
    // the other branch is exactly on budget
    expect(rolled.get('vp-sales')?.subtree.remaining).toBe(0);
    expect(rolled.get('lead-data')?.subtree.remaining).toBe(0);
    expect([...rolled.keys()]).toEqual(nodes.map((item) => item.managerId));
  });

  it('takes several tops (a forest) and an absent parent as a top', () => {
    const rolled = rollUpBudgets([
      { managerId: 'a', ownBudgetMinor: 5, ownSpendMinor: 1 },
      node('b', null, 7, 7),
      node('c', 'b', 1, 0),
    ]);
    expect(rolled.get('a')?.subtree).toEqual({ budget: 5, spend: 1, remaining: 4 });
    expect(rolled.get('b')?.subtree).toEqual({ budget: 8, spend: 7, remaining: 1 });
  });

  it('refuses a repeated manager, an unknown parent and a cycle by code', () => {
    expect(() => rollUpBudgets([node('a', null, 1, 0), node('a', null, 1, 0)])).toThrow(
      expect.objectContaining({ code: compensationCodes.budgetManagerDuplicate, params: { managerId: 'a' } }),
    );
    expect(() => rollUpBudgets([node('a', 'ghost', 1, 0)])).toThrow(
      expect.objectContaining({ code: compensationCodes.budgetParentUnknown }),
    );
    expect(() =>
      rollUpBudgets([node('top', null, 1, 0), node('a', 'b', 1, 0), node('b', 'a', 1, 0)]),
    ).toThrow(expect.objectContaining({ code: compensationCodes.budgetTreeCycle }));
    expect(() => rollUpBudgets([node('self', 'self', 1, 0)])).toThrow(
      expect.objectContaining({ code: compensationCodes.budgetTreeCycle }),
    );
  });

  it('refuses figures that are not safe integers, and sums that leave the safe range', () => {
    expect(() => rollUpBudgets([node('a', null, 0.5, 0)])).toThrow(
      expect.objectContaining({ code: compensationCodes.amountUnsafe }),
    );
    const huge = Number.MAX_SAFE_INTEGER;
    expect(() => rollUpBudgets([node('a', null, huge, 0), node('b', 'a', huge, 0)])).toThrow(
      expect.objectContaining({ code: compensationCodes.amountUnsafe }),
    );
  });

  it('equals own + Σ children’s subtrees on any tree (property)', () => {
    const tree = fc
      .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 })), {
        minLength: 1,
        maxLength: 60,
      })
      .map((rows) =>
        rows.map(([pick, budget, spend], index) =>
          node(`m${index}`, index === 0 ? null : `m${pick % index}`, budget, spend),
        ),
      );
    fc.assert(
      fc.property(tree, (nodes) => {
        const rolled = rollUpBudgets(nodes);
        for (const item of nodes) {
          const children = nodes.filter((other) => other.parentManagerId === item.managerId);
          const subtree = rolled.get(item.managerId)!.subtree;
          const budget = children.reduce(
            (sum, child) => sum + rolled.get(child.managerId)!.subtree.budget,
            0,
          );
          const spend = children.reduce((sum, child) => sum + rolled.get(child.managerId)!.subtree.spend, 0);
          expect(subtree.budget).toBe(item.ownBudgetMinor + budget);
          expect(subtree.spend).toBe(item.ownSpendMinor + spend);
          expect(subtree.remaining).toBe(subtree.budget - subtree.spend);
        }
        const total = nodes.reduce((sum, item) => sum + item.ownBudgetMinor, 0);
        expect(rolled.get('m0')!.subtree.budget).toBe(total);
      }),
    );
  });

  it('handles 10,000 managers, flat or as one 10,000-deep chain, in linear time without recursion', () => {
    const count = 10_000;
    const chain = Array.from({ length: count }, (_, index) =>
      node(`c${index}`, index === 0 ? null : `c${index - 1}`, 100, index === count - 1 ? 101 : 100),
    );
    const wide = Array.from({ length: count }, (_, index) =>
      node(`w${index}`, index === 0 ? null : `w${Math.floor((index - 1) / 8)}`, 100, 100),
    );
    const started = performance.now();
    const rolledChain = rollUpBudgets(chain.slice().reverse());
    const rolledWide = rollUpBudgets(wide);
    const elapsed = performance.now() - started;
    expect(rolledChain.get('c0')?.subtree).toEqual({ budget: 1_000_000, spend: 1_000_001, remaining: -1 });
    expect(rolledChain.get('c5000')?.subtree.remaining).toBe(-1);
    expect(rolledWide.get('w0')?.subtree).toEqual({ budget: 1_000_000, spend: 1_000_000, remaining: 0 });
    expect(elapsed).toBeLessThan(2_000); // ~10 ms here; generous for a shared machine
  });
});

describe('over budget', () => {
  it('is ok at zero or above, else what the organisation chose', () => {
    expect(overBudgetOutcome('warn', 0)).toBe('ok');
    expect(overBudgetOutcome('block', 10)).toBe('ok');
    expect(overBudgetOutcome('warn', -1)).toBe('warn');
    expect(overBudgetOutcome('block', -1)).toBe('block');
  });

  it('becomes a warning or a refusal naming the overspend', () => {
    expect(overBudgetIssues('warn', 5, 'EUR')).toEqual([]);
    expect(overBudgetIssues('warn', -1_000, 'EUR')).toEqual([
      { code: compensationCodes.overBudget, level: 'warning', params: { over: '10.00', currency: 'EUR' } },
    ]);
    expect(overBudgetIssues('block', -1_000, 'JPY')).toEqual([
      {
        code: compensationCodes.overBudgetBlocked,
        level: 'error',
        params: { over: '1000', currency: 'JPY' },
      },
    ]);
  });
});
