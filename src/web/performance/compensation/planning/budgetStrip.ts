import type { BudgetPool } from '../../../../contracts/compensation/budgetPools';
import { minorUnitExponent } from '../../../../contracts/compensation/money';
import type { BudgetView, ManagerBudget } from './api';

export interface PoolLine {
  budget: number;
  spent: number;
  drafts: number;
  remaining: number;
}

export interface PoolStrip {
  pool: BudgetPool;
  own: PoolLine | null;
  subtree: PoolLine;
}

const line = (figures: { budget: number; spend: number; remaining: number }, drafts: number): PoolLine => ({
  budget: figures.budget,
  spent: figures.spend,
  drafts,
  remaining: figures.remaining,
});

/**
 * The strip above the grid, per pool: the caller's own and subtree figures when they manage in the
 * cycle; otherwise (HR reading every manager) the organisation's, added up over the top managers
 * — each one's subtree already holds everyone below, so adding any other would count people twice.
 */
export function poolStrips(view: BudgetView, viewerPersonId: string | null): PoolStrip[] {
  const mine = view.managers.find((manager) => manager.managerId === viewerPersonId);
  if (mine) {
    return mine.pools.map((pool) => ({
      pool: pool.pool,
      own: line(pool.own, pool.draftOwn),
      subtree: line(pool.subtree, pool.draftSubtree),
    }));
  }
  const listed = new Set(view.managers.map((manager) => manager.managerId));
  const tops = view.managers.filter(
    (manager) => manager.parentManagerId === null || !listed.has(manager.parentManagerId),
  );
  const pools = view.managers[0]?.pools.map((pool) => pool.pool) ?? [];
  return pools.map((pool) => {
    const total = { budget: 0, spent: 0, drafts: 0, remaining: 0 };
    for (const manager of tops) {
      const figures = manager.pools.find((entry) => entry.pool === pool);
      if (!figures) continue;
      total.budget += figures.subtree.budget;
      total.spent += figures.subtree.spend;
      total.remaining += figures.subtree.remaining;
      total.drafts += figures.draftSubtree;
    }
    return { pool, own: null, subtree: total };
  });
}

export interface BurnBar {
  manager: string;
  spent: number;
  drafts: number;
  left: number;
  over: number;
}

/**
 * One stacked bar per manager for a pool, in major units of the planning currency (a chart's
 * axis): spent and drafts as far as the subtree budget goes, what is left of it, and the overrun
 * past it — so the bar is as long as the budget, or as the plan where the plan is longer.
 */
export function burnBars(managers: readonly ManagerBudget[], pool: BudgetPool, currency: string): BurnBar[] {
  const scale = 10 ** minorUnitExponent(currency);
  return managers.flatMap((manager) => {
    const figures = manager.pools.find((entry) => entry.pool === pool);
    if (
      !figures ||
      (figures.subtree.budget === 0 && figures.subtree.spend === 0 && figures.draftSubtree === 0)
    )
      return [];
    const { budget, spend } = figures.subtree;
    const drafts = figures.draftSubtree;
    const room = Math.max(0, budget);
    const spentWithin = Math.min(spend, room);
    const draftsWithin = Math.min(drafts, room - spentWithin);
    const left = Math.max(0, budget - spend - drafts);
    const over = Math.max(0, spend + drafts - room);
    return [
      {
        manager: `${manager.givenName} ${manager.familyName}`.trim(),
        spent: spentWithin / scale,
        drafts: draftsWithin / scale,
        left: left / scale,
        over: over / scale,
      },
    ];
  });
}
