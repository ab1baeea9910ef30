import { describe, expect, it } from 'vitest';
import type { BudgetView, ManagerBudget } from './api';
import { burnBars, poolStrips } from './budgetStrip';

const figures = (budget: number, spend: number) => ({ budget, spend, remaining: budget - spend });
const manager = (
  managerId: string,
  parentManagerId: string | null,
  own: [number, number],
  subtree: [number, number],
  drafts: [number, number] = [0, 0],
): ManagerBudget => ({
  managerId,
  givenName: managerId,
  familyName: 'M',
  parentManagerId,
  pools: [
    {
      pool: 'merit',
      own: figures(...own),
      subtree: figures(...subtree),
      draftOwn: drafts[0],
      draftSubtree: drafts[1],
    },
  ],
});

const view = (managers: ManagerBudget[]): BudgetView => ({
  cycleId: 'c',
  currency: 'EUR',
  overBudgetPolicy: 'warn',
  managers,
});

describe('poolStrips', () => {
  it("shows the caller's own and subtree figures when they manage in the cycle", () => {
    const strips = poolStrips(
      view([
        manager('mid', 'top', [100, 20], [300, 1_300], [5, 50]),
        manager('leaf', 'mid', [200, 1_280], [200, 1_280]),
      ]),
      'mid',
    );
    expect(strips).toEqual([
      {
        pool: 'merit',
        own: { budget: 100, spent: 20, drafts: 5, remaining: 80 },
        subtree: { budget: 300, spent: 1_300, drafts: 50, remaining: -1_000 },
      },
    ]);
  });

  it('adds up the top managers only for HR, so nobody is counted twice', () => {
    const strips = poolStrips(
      view([
        manager('top', null, [0, 0], [500, 100], [0, 10]),
        manager('mid', 'top', [100, 50], [300, 100], [0, 10]),
        manager('other', null, [50, 0], [50, 0]),
      ]),
      'hr',
    );
    expect(strips).toEqual([
      { pool: 'merit', own: null, subtree: { budget: 550, spent: 100, drafts: 10, remaining: 450 } },
    ]);
  });

  it('is empty when the caller sees no manager', () => {
    expect(poolStrips(view([]), 'someone')).toEqual([]);
  });
});

describe('burnBars', () => {
  it('stacks spent and drafts within the budget, what is left, and the overrun, in major units', () => {
    expect(burnBars([manager('a', null, [0, 0], [10_000, 4_000], [0, 1_000])], 'merit', 'EUR')).toEqual([
      { manager: 'a M', spent: 40, drafts: 10, left: 50, over: 0 },
    ]);
    expect(burnBars([manager('b', null, [0, 0], [10_000, 9_000], [0, 2_000])], 'merit', 'EUR')).toEqual([
      { manager: 'b M', spent: 90, drafts: 10, left: 0, over: 10 },
    ]);
    // JPY has no minor unit: the amounts are whole yen already.
    expect(burnBars([manager('c', null, [0, 0], [500, 0])], 'merit', 'JPY')[0]?.left).toBe(500);
  });

  it('leaves out managers with nothing in the pool', () => {
    expect(burnBars([manager('a', null, [0, 0], [0, 0])], 'merit', 'EUR')).toEqual([]);
    expect(burnBars([manager('a', null, [0, 0], [10, 0])], 'bonus', 'EUR')).toEqual([]);
  });
});
